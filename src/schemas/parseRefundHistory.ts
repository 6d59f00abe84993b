import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { findForbiddenKeys } from '../kernel/findForbiddenKeys.ts';
import { issueOf } from '../kernel/issueOf.ts';
import type { ReservationRefundRecord } from '../reservations/types.ts';
import { OWN_WORDS } from './_internal/ownWords.ts';
import { toParseIssues } from './_internal/toParseIssues.ts';
import type { Canonical } from './Canonical.ts';
import type { ParseIssue, ParseResult } from './ParseResult.ts';
import { refundHistorySchema } from './refundHistorySchema.ts';

/**
 * Validates untrusted JSON as a customer's earlier reservation refunds (ERR-2, RES-1) with
 * {@link refundHistorySchema}, without throwing: a list, every issue with its dot path from the
 * list (`2.cancelledCommitment.amount`), `__proto__` and `constructor` keys refused.
 *
 * @param input - Untrusted data: what a caller stored of the refunds it made.
 * @returns `{ ok: true, value }` (instants in ISO UTC form), to pass as `options.refunds`, or
 *   `{ ok: false, issues }`.
 * @example
 * ```ts
 * import { parseRefundHistory } from 'subscription-rules/schemas';
 * const result = parseRefundHistory([
 *   { at: '2026-03-01T00:00:00Z', cancelledCommitment: { amount: 1000, currency: 'EUR' } },
 * ]);
 * result.ok || result.issues.map((issue) => `${issue.code} ${issue.path}`);
 * //=> ['MISSING_FIELD 0.usdRate']
 * ```
 * @category Schemas
 */
export function parseRefundHistory(
  input: unknown,
): ParseResult<Canonical<ReservationRefundRecord>[]> {
  if (!Array.isArray(input)) {
    const code = input === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT;
    return { ok: false, issues: [{ ...issueOf('', 'expected a list of refunds'), code }] };
  }
  const issues: ParseIssue[] = findForbiddenKeys(input, '').map((path) => ({
    ...issueOf(path, 'forbidden key'),
    code: RuleErrorCode.INVALID_ARGUMENT,
  }));
  const result = refundHistorySchema().safeParse(input, OWN_WORDS);
  if (!result.success) {
    const scanned = new Set(issues.map((issue) => issue.path));
    for (const issue of toParseIssues(result.error.issues, '', input))
      if (issue.message !== 'forbidden key' || !scanned.has(issue.path)) issues.push(issue);
  }
  if (issues.length > 0 || !result.success) return { ok: false, issues };
  return { ok: true, value: result.data };
}
