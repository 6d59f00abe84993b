// Prints the gate's totals as one line, `N passed, N failed`, summed over the vitest JSON reports
// of every time zone the tests ran under and of the e2e run, after one line per skipped test
// naming it and one line per report that is missing, naming its zone (a run that never wrote it:
// its tests are counted nowhere). Exits 1 when a report is missing, any test failed, or (with CI
// set) any test was skipped: the only test that may be skipped is the browser test on a machine
// without Chromium, and CI installs Chromium.
import { readdirSync, readFileSync } from 'node:fs';
import { reportOf, ZONES } from './zones.mjs';

const folder = new URL('../reports/', import.meta.url);
let files = [];
try {
  files = readdirSync(folder).filter(
    (name) => name.startsWith('vitest-') && name.endsWith('.json'),
  );
} catch {
  files = [];
}
let passed = 0;
let failed = 0;
const skipped = [];
for (const name of files) {
  const report = JSON.parse(readFileSync(new URL(name, folder), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
  for (const file of report.testResults) {
    for (const test of file.assertionResults) {
      if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo') {
        skipped.push(`${name.replace(/^vitest-|\.json$/g, '')}: ${test.fullName}`);
      }
    }
  }
}
/** Every report the gate writes: one a time zone, then the e2e run's. */
const expected = [
  ...ZONES.map((zone) => [`TZ=${zone}`, reportOf(zone).replace(/^reports\//, '')]),
  ['e2e', 'vitest-e2e.json'],
];
const missing = expected.filter(([, name]) => !files.includes(name));
for (const line of skipped) console.log(`skipped ${line}`);
for (const [run, name] of missing)
  console.log(
    `missing the report of the run under ${run} (reports/${name}): its tests are not counted`,
  );
console.log(
  `${passed} passed, ${failed} failed, ${skipped.length} skipped${missing.length > 0 ? `, ${missing.length} of ${expected.length} reports missing (${missing.map(([run]) => run).join(', ')})` : ''}`,
);
const skippedInCi = process.env.CI !== undefined && skipped.length > 0;
if (skippedInCi) console.error('a test was skipped in CI: every test must run there');
process.exitCode = missing.length > 0 || failed > 0 || skippedInCi ? 1 : 0;
