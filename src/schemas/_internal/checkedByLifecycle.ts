import { RuleError } from '../../errors/RuleError.ts';
import { keyedIssues } from './canonicalising.ts';

/**
 * Runs the guard every lifecycle function runs on a state it did not just return, so a stored
 * state parses exactly when the functions take it (ERR-2, §10); its `RuleError` comes back with
 * paths relative to the state (`termEnd`, not `subscription.termEnd`).
 *
 * @throws {@link RuleError} the guard's, re-rooted.
 */
export function checkedByLifecycle(check: () => unknown): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    const relative = (path: string | undefined): string =>
      (path ?? '').replace(/^subscription\.?/, '');
    throw new RuleError(
      error.code,
      error.message,
      relative(error.path),
      keyedIssues(error).map((issue) => ({ ...issue, path: relative(issue.path) })),
    );
  }
}
