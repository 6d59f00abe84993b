import { RuleError } from '../index.ts';
import { UsageError } from './UsageError.ts';

/**
 * Runs `work`, and turns a `RuleError` about one of the library's fields into a `UsageError` that
 * names the command-line flag the value came from (`input.suspendedAt: …` → `--suspended: …`), so
 * the one `error:` line points at what the person typed.
 */
export function renameFlags<T>(flags: Readonly<Record<string, string>>, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RuleError && error.path !== undefined) {
      const flag = flags[error.path];
      if (flag !== undefined) throw new UsageError(error.message.replace(error.path, flag));
    }
    throw error;
  }
}
