import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from '../_tempFolder.ts';

/** A folder of a test's own (made with `mkdtemp`) and the files it writes there. */
export interface Scratch {
  /** The folder. */
  readonly dir: string;
  /**
   * Writes a file under a fresh name ending in `name`: text and bytes as they are, any other
   * value as its JSON.
   *
   * @returns The file's path.
   */
  file(value: unknown, name?: string): string;
  /**
   * Writes a file named exactly `name` in the folder (over one written before): text and bytes
   * as they are, any other value as its JSON.
   *
   * @returns The file's path.
   */
  named(name: string, value: unknown): string;
  /** A fresh name ending in `name` in the folder, for the command to write: nothing is there yet. */
  path(name: string): string;
  /**
   * Makes an empty folder under a fresh name ending in `name`.
   *
   * @returns The folder's path.
   */
  folder(name: string): string;
}

/**
 * Makes a folder of its own under the system's temporary folder (`mkdtemp`, so a test never
 * assumes it is alone there), its files named `<n>-<name>` with `n` counting from 0.
 *
 * @param prefix - The folder's name before mkdtemp's six characters.
 * @param name - The file name `file` ends in when it is given none.
 */
export function scratch(prefix: string, name = 'input.json'): Scratch {
  const dir = tempFolder(prefix);
  let made = 0;
  const path = (ending: string): string => join(dir, `${made++}-${ending}`);
  const write = (file: string, value: unknown): string => {
    writeFileSync(
      file,
      typeof value === 'string' || value instanceof Uint8Array ? value : JSON.stringify(value),
    );
    return file;
  };
  return {
    dir,
    file: (value: unknown, ending = name): string => write(path(ending), value),
    named: (exact: string, value: unknown): string => write(join(dir, exact), value),
    path,
    folder(ending: string): string {
      const folder = path(ending);
      mkdirSync(folder);
      return folder;
    },
  };
}
