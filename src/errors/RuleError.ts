import type { RuleErrorCode } from './RuleErrorCode.ts';

/**
 * One problem found in an input, with the dot path of the field it concerns (relative to the
 * parameter or document that was checked).
 *
 * @category Errors
 */
export interface RuleIssue {
  /** Dot path of the offending field, e.g. `refunds.software-perpetual.window.days`; `''` for the whole input. */
  readonly path: string;
  /** What is wrong, in one English sentence fragment. */
  readonly message: string;
}

/**
 * The one error the library throws: invalid input, never a business answer (SPEC ERR-1). A refusal
 * such as "not refundable" is a result; a malformed instant, an unknown market or instants in the
 * wrong order is a `RuleError` with a stable {@link RuleErrorCode}, the offending field's dot `path`
 * where there is one, and a message naming the field and the bad value.
 *
 * @example
 * ```ts
 * import { RuleError, policyAt } from 'subscription-rules';
 * try {
 *   policyAt('yesterday');
 * } catch (error) {
 *   error instanceof RuleError && [error.code, error.path];
 *   //=> ['INVALID_INSTANT', 'instant']
 * }
 * ```
 * @category Errors
 */
export class RuleError extends Error {
  /** Always `'RuleError'`. */
  override readonly name: 'RuleError' = 'RuleError';
  /** The stable code of the problem. */
  readonly code: RuleErrorCode;
  /** Dot path of the offending field, rooted at the parameter's name (`purchase.orderedAt`, `at`). */
  readonly path: string | undefined;
  /** Every problem found, for errors that collect several (`INVALID_POLICY`); otherwise one. */
  readonly issues: readonly RuleIssue[];

  /**
   * @param code - The stable code.
   * @param message - The full English message, naming the field and the bad value.
   * @param path - The dot path of the offending field, if there is one.
   * @param issues - Every problem found; defaults to one issue made of `path` and `message`.
   */
  constructor(code: RuleErrorCode, message: string, path?: string, issues?: readonly RuleIssue[]) {
    super(message);
    this.code = code;
    this.path = path;
    this.issues = issues ?? [{ path: path ?? '', message }];
  }
}
