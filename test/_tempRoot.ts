import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest's global setup: one temporary folder for the whole run (made with `mkdtemp`, so two runs
 * on one machine never share it), given to every test as `TMPDIR` — `os.tmpdir()` reads it, and
 * the workers and every command a test starts inherit it — and removed with all it holds once the
 * run is over. The tests make thousands of folders (a property's every run writes a file of its
 * own); each left them in the system's temporary folder before, 2,800 from one file in one day.
 *
 * @returns The teardown: removes the folder and gives `TMPDIR` back.
 */
export default function tempRoot(): () => void {
  const before = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'subscription-rules-test-'));
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
