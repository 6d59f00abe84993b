// `npm run test:unit`: vitest once per time zone the library must answer the same in — UTC,
// Australia/Sydney, America/Los_Angeles — each writing its JSON report to reports/. Every zone runs
// even when one before it failed, so a failure in UTC never hides what the other zones say; then
// one line per zone (its counts, or that it wrote no report) and the exit code: 1 when any zone
// failed or left no report. `node scripts/test-zones.mjs UTC` runs the zones named only, and what
// follows `--` goes to vitest (`node scripts/test-zones.mjs UTC -- test/time`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { reportOf, ZONES } from './zones.mjs';

const root = new URL('../', import.meta.url);
const vitest = new URL('node_modules/vitest/vitest.mjs', root).pathname;
const args = process.argv.slice(2);
const dashes = args.indexOf('--');
const asked = dashes === -1 ? args : args.slice(0, dashes);
/** What follows `--` goes to vitest: `node scripts/test-zones.mjs -- test/time`. */
const passed = dashes === -1 ? [] : args.slice(dashes + 1);
const unknown = asked.filter((zone) => !ZONES.includes(zone));
if (unknown.length > 0) {
  console.error(`test-zones: expected zones among ${ZONES.join(', ')}, not ${unknown.join(', ')}`);
  process.exit(2);
}
const zones = asked.length > 0 ? asked : ZONES;
const lines = [];
let failed = false;
for (const [i, zone] of zones.entries()) {
  console.log(`\n== vitest under TZ=${zone} (${i + 1} of ${zones.length})`);
  const report = reportOf(zone);
  const path = new URL(report, root);
  // an earlier run's report is never read as this one's
  rmSync(path, { force: true });
  const run = spawnSync(
    process.execPath,
    [
      vitest,
      'run',
      // the first zone's output in full, the others' as dots: a failure is printed in each
      `--reporter=${i === 0 ? 'default' : 'dot'}`,
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...passed,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: zone } },
  );
  if (!existsSync(path)) {
    failed = true;
    lines.push(`${zone}: no report (vitest exited ${run.status ?? run.signal})`);
    continue;
  }
  const {
    numPassedTests,
    numFailedTests,
    numFailedTestSuites = 0,
  } = JSON.parse(readFileSync(path, 'utf8'));
  const bad = run.status !== 0 || numFailedTests + numFailedTestSuites > 0;
  failed ||= bad;
  // a file that fails to load fails no test: it is counted as a suite
  const files =
    numFailedTests === 0 && numFailedTestSuites > 0 ? `, ${numFailedTestSuites} files failed` : '';
  lines.push(
    `${zone}: ${numPassedTests} passed, ${numFailedTests} failed${files}${bad ? ` (exit ${run.status ?? run.signal})` : ''}`,
  );
}
console.log(`\n${lines.join('\n')}`);
if (failed)
  console.error(
    `test:unit failed in ${lines
      .filter((l) => /no report|exit/.test(l))
      .map((l) => l.split(':')[0])
      .join(', ')}`,
  );
process.exitCode = failed ? 1 : 0;
