// `npm test`'s steps that need nothing of one another, run side by side on the machine's cores:
// `node scripts/together.mjs typecheck lint` runs `npm run typecheck` and `npm run lint` at once,
// holds each one's output (standard output and error, as they came) and prints it whole, in the
// order the steps are named, as soon as that step and those before it have ended; then exits 1
// when any failed, naming them, so the gate reads as when they ran one after another.
import { spawn } from 'node:child_process';

const steps = process.argv.slice(2);
if (steps.length === 0) {
  console.error('together: expected the npm scripts to run, as `together.mjs typecheck lint`');
  process.exit(2);
}
// npm's own script when run by npm (the gate), so no shell is needed to find it
const npm = process.env.npm_execpath;
const runs = steps.map(
  (step) =>
    new Promise((resolve) => {
      const child =
        npm === undefined
          ? spawn('npm', ['run', step], { stdio: ['ignore', 'pipe', 'pipe'], shell: true })
          : spawn(process.execPath, [npm, 'run', step], { stdio: ['ignore', 'pipe', 'pipe'] });
      const out = [];
      child.stdout.on('data', (chunk) => out.push(chunk));
      child.stderr.on('data', (chunk) => out.push(chunk));
      child.on('error', (error) => out.push(Buffer.from(`together: ${step}: ${error.message}\n`)));
      child.on('close', (code, signal) =>
        resolve({ step, failed: code !== 0, why: code ?? signal, out: Buffer.concat(out) }),
      );
    }),
);
const failed = [];
for (const run of runs) {
  const { step, failed: bad, why, out } = await run;
  process.stdout.write(out);
  if (bad) failed.push(`${step} (exit ${why})`);
}
if (failed.length > 0) {
  console.error(`together: failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
