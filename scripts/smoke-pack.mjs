// Packs the package as npm would publish it, unpacks the tarball into a scratch project, and
// imports it from a plain ESM file and a plain CommonJS file, and runs its bin: what a user gets,
// not what the source tree has. zod and fast-check come from this project's node_modules.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'smoke-pack-'));
try {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const tarball = join(scratch, packed[0].filename);
  const modules = join(scratch, 'project', 'node_modules');
  const unpacked = join(modules, 'subscription-rules');
  mkdirSync(unpacked, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
  symlinkSync(join(root, 'node_modules', 'zod'), join(modules, 'zod'), 'dir');
  symlinkSync(join(root, 'node_modules', 'fast-check'), join(modules, 'fast-check'), 'dir');
  const project = join(scratch, 'project');
  writeFileSync(
    join(project, 'esm.mjs'),
    [
      "import { cancellationDecision, policyAt } from 'subscription-rules';",
      "import { parsePolicy } from 'subscription-rules/schemas';",
      "const decision = cancellationDecision({ product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' }, '2026-11-21T09:00:00Z');",
      "if (decision.outcome !== 'full-credit' || !parsePolicy(policyAt('2026-01-01T00:00:00Z')).ok) process.exit(1);",
      "import fc from 'fast-check';",
      "import { purchase } from 'subscription-rules/arbitraries';",
      'if (fc.sample(purchase(), { seed: 1, numRuns: 5 }).length !== 5) process.exit(1);',
      "import { ko } from 'subscription-rules/locales/ko';",
      "if (!cancellationDecision({ product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' }, '2026-11-21T09:00:00Z', { locale: ko }).message.includes('크레딧')) process.exit(1);",
      "console.log('esm ok', decision.windowEndsAt);",
    ].join('\n'),
  );
  writeFileSync(
    join(project, 'cjs.cjs'),
    [
      "const { resolveMarket, RuleError } = require('subscription-rules');",
      "const { parsePolicy } = require('subscription-rules/schemas');",
      "if (resolveMarket('Swaziland') !== 'SZ' || typeof parsePolicy !== 'function') process.exit(1);",
      "try { resolveMarket('Atlantis'); process.exit(1); } catch (error) { if (!(error instanceof RuleError)) process.exit(1); }",
      "const { subscription } = require('subscription-rules/arbitraries');",
      "if (require('fast-check').sample(subscription(), { seed: 1, numRuns: 3 }).length !== 3) process.exit(1);",
      "const { zhHant } = require('subscription-rules/locales/zh-Hant');",
      "if (zhHant.tag !== 'zh-Hant' || !zhHant.messages['refund.full-credit'].includes('信用額度')) process.exit(1);",
      "console.log('cjs ok');",
    ].join('\n'),
  );
  process.stdout.write(execFileSync('node', ['esm.mjs'], { cwd: project, encoding: 'utf8' }));
  process.stdout.write(execFileSync('node', ['cjs.cjs'], { cwd: project, encoding: 'utf8' }));
  const bin = execFileSync('node', [join(unpacked, 'dist', 'cli.js'), 'policies', '--json'], {
    cwd: project,
    encoding: 'utf8',
  });
  if (JSON.parse(bin).length !== 6) throw new Error('the packed CLI did not list the six policies');
  console.log('bin ok');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
