import type { RuleIssue } from '../errors/RuleError.ts';

/**
 * What every `parseX` of the schemas entry returns (ERR-2): the value in the library's
 * canonical form, or every issue found, each with a dot `path` relative to the input.
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
      /** Every problem found, each with a dot path relative to the input. */
      readonly issues: readonly RuleIssue[];
    };
