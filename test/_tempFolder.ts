import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The environment variable naming the file the run's temporary folders are listed in. */
export const TEMP_FOLDERS = 'SUBSCRIPTION_RULES_TEST_FOLDERS';

/**
 * A folder of the test's own under the system's temporary folder (`mkdtemp`: a test never
 * assumes it is alone there), removed with all it holds when the run is over (test/_tempFolders.ts
 * lists it). Run outside vitest's setup, it is made and left, as `mkdtemp`'s are.
 *
 * @param prefix - The folder's name before mkdtemp's six characters.
 * @param under - Where to make it: the system's temporary folder unless given.
 * @returns Its path.
 */
export function tempFolder(prefix: string, under: string = tmpdir()): string {
  const folder = mkdtempSync(join(under, prefix));
  const list = process.env[TEMP_FOLDERS];
  if (list !== undefined) appendFileSync(list, `${folder}\n`);
  return folder;
}
