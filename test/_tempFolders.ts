import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMP_FOLDERS } from './_tempFolder.ts';

/**
 * vitest's global setup: a list of the temporary folders the run's tests make
 * ({@link tempFolder} writes each one's path there; the workers inherit where it is), every one
 * removed with all it holds once the run is over. The tests make thousands of folders (a
 * property's every run writes a file of its own), and each stayed in the system's temporary
 * folder before: 2,800 from one file in one day. `TMPDIR` stays as it is — the text reports a
 * test reads name the files, and a longer path lays them out otherwise.
 *
 * @returns The teardown: removes every folder listed, then the list.
 */
export default function tempFolders(): () => void {
  const own = mkdtempSync(join(tmpdir(), 'subscription-rules-test-'));
  const list = join(own, 'folders.txt');
  const before = process.env[TEMP_FOLDERS];
  process.env[TEMP_FOLDERS] = list;
  return () => {
    if (before === undefined) delete process.env[TEMP_FOLDERS];
    else process.env[TEMP_FOLDERS] = before;
    const made = existsSync(list) ? readFileSync(list, 'utf8').split('\n') : [];
    for (const folder of made) if (folder !== '') rmSync(folder, { recursive: true, force: true });
    rmSync(own, { recursive: true, force: true });
  };
}
