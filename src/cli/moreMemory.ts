import { flagValues } from './flagValues.ts';
import { memoryOf, memoryText } from './memoryFlag.ts';

/**
 * What to give a run that ran out of the heap `--memory` allowed it: twice the budget given (512M
 * when none was), in G from 1G up — never the budget that was just given.
 */
export function moreMemory(args: readonly string[]): string {
  const given = flagValues(args, ['--memory']).get('--memory');
  let bytes: number;
  try {
    bytes = memoryOf(given);
  } catch {
    bytes = memoryOf(undefined);
  }
  const mib = Math.ceil((bytes * 2) / 1024 ** 2);
  return mib >= 1024 ? `${Math.ceil(mib / 1024)}G` : memoryText(mib * 1024 ** 2);
}
