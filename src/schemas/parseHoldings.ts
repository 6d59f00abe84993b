import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { findForbiddenKeys } from '../kernel/findForbiddenKeys.ts';
import { issueOf } from '../kernel/issueOf.ts';
import type { Holding } from '../orders/types.ts';
import { OWN_WORDS } from './_internal/ownWords.ts';
import { toParseIssues } from './_internal/toParseIssues.ts';
import { holdingsSchema } from './holdingsSchema.ts';
import type { ParseIssue, ParseResult } from './ParseResult.ts';

/** `2.quantity` as `[2].quantity`, the way `checkOrder` names a holding's field. */
function listPath(issue: ParseIssue): ParseIssue {
  return { ...issue, path: issue.path.replace(/^(\d+)/, '[$1]') };
}

/**
 * Parses a customer's holdings from JSON (ORD-9, ERR-2): accepts exactly the lists `checkOrder`
 * accepts as its holdings, and says what is wrong with paths (`[2].quantity`) and the codes
 * `checkOrder` would throw.
 *
 * @param input - The list as plain data.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * import { parseHoldings } from 'subscription-rules/schemas';
 * const result = parseHoldings([{ offer: 'microsoft-365-e3', quantity: 5 }, { offer: 'x', quantity: -1 }]);
 * result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code]);
 * //=> [['[1].quantity', 'INVALID_QUANTITY']]
 * ```
 * @category Schemas
 */
export function parseHoldings(input: unknown): ParseResult<Holding[]> {
  if (!Array.isArray(input))
    return {
      ok: false,
      issues: [
        { ...issueOf('', 'expected a list of holdings'), code: RuleErrorCode.INVALID_ARGUMENT },
      ],
    };
  const forbidden = findForbiddenKeys(input, '');
  if (forbidden.length > 0)
    return {
      ok: false,
      issues: forbidden.map((path) =>
        listPath({ ...issueOf(path, 'forbidden key'), code: RuleErrorCode.INVALID_ARGUMENT }),
      ),
    };
  const result = holdingsSchema().safeParse(input, OWN_WORDS);
  if (result.success) return { ok: true, value: result.data };
  // a quantity left out is no safe integer ≥ 0: INVALID_QUANTITY, as checkOrder says it (ORD-9)
  return {
    ok: false,
    issues: toParseIssues(result.error.issues, '', input)
      .map(listPath)
      .map((issue) =>
        /^\[\d+\]\.quantity$/.test(issue.path) && issue.code === RuleErrorCode.MISSING_FIELD
          ? { ...issue, code: RuleErrorCode.INVALID_QUANTITY }
          : issue,
      ),
  };
}
