import type { RuleIssue } from '../errors/RuleError.ts';
import type { RuleErrorCode } from '../errors/RuleErrorCode.ts';

/**
 * One problem a `parseX` found (ERR-2): where (`path`, a dot path relative to the input, `''` for
 * the input itself), what (`message`, a sentence a service can return as it is), and `code`, the
 * `RuleErrorCode` the matching function would have thrown for it (`MISSING_FIELD`,
 * `UNKNOWN_CURRENCY`, `INVALID_INSTANT`, …), stable for a program to branch on.
 *
 * @category Schemas
 */
export interface ParseIssue extends RuleIssue {
  /** The `RuleErrorCode` the matching function would have thrown. */
  readonly code: RuleErrorCode;
}

/**
 * The answer of every `parseX` (ERR-2): the canonical value, or every issue found.
 *
 * @category Schemas
 */
export type ParseResult<T> =
  | {
      readonly ok: true;
      readonly value: T;
    }
  | {
      readonly ok: false;
      readonly issues: readonly ParseIssue[];
    };
