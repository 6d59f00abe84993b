// Prints the gate's totals as one line, `N passed, N failed`, summed over the vitest JSON reports
// of every time zone the tests ran under. Exits 1 when a report is missing or any test failed.
import { readdirSync, readFileSync } from 'node:fs';

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
for (const name of files) {
  const report = JSON.parse(readFileSync(new URL(name, folder), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = files.length === 0 || failed > 0 ? 1 : 0;
