import { RuleError } from '../../errors/RuleError.ts';
import { keyedIssues } from './canonicalising.ts';

/**
 * Runs a function's own check on a value the schema has shaped, so it parses exactly when the
 * function takes it (ERR-2, §10): the lifecycle's guard on a stored state, the reader on a
 * resource. Its `RuleError` comes back with paths relative to the value (`termEnd`, not
 * `subscription.termEnd`).
 *
 * @param check - The function's check.
 * @param root - The name the function gives the value in its paths.
 * @throws {@link RuleError} the check's, re-rooted.
 */
export function checkedByLifecycle(check: () => unknown, root = 'subscription'): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    const relative = (path: string | undefined): string =>
      path === undefined || path === root
        ? ''
        : path.startsWith(`${root}.`)
          ? path.slice(root.length + 1)
          : path;
    throw new RuleError(
      error.code,
      error.message,
      relative(error.path),
      keyedIssues(error).map((issue) => ({ ...issue, path: relative(issue.path) })),
    );
  }
}
