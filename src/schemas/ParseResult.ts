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
  /**
   * The catalog key of `message` (MSG-1): its English template, e.g. `'expected one of {allowed}'`
   * or `'is required'`, as a `RuleError`'s `messageId` is. `formatMessage(issue, ko)` says the
   * issue in Korean (likewise `zh-Hans`, `zh-Hant`); the parsers themselves answer in English.
   */
  readonly messageId: string;
  /**
   * The values of the template's placeholders (`{ allowed: '"monthly", "annual"' }`); for an issue
   * a guard of the library found, also `path` and `got`, and the message is then
   * `<what was expected>, got <value>`.
   */
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * The answer of every `parseX` (ERR-2): the canonical value, or every issue found.
 *
 * @category Schemas
 */
export type ParseResult<T> =
  | {
      /** The input is valid. */
      readonly ok: true;
      /** The input in canonical form (instants as ISO UTC strings, markets as codes). */
      readonly value: T;
    }
  | {
      /** The input is not valid. */
      readonly ok: false;
      /** Every problem found, each with its path, a sentence and a code. */
      readonly issues: readonly ParseIssue[];
    };
