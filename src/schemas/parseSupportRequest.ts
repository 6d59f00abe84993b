import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { findForbiddenKeys } from '../kernel/findForbiddenKeys.ts';
import { issueOf } from '../kernel/issueOf.ts';
import { RULE_ERROR_CODE } from './_internal/canonicalising.ts';
import { OWN_WORDS } from './_internal/ownWords.ts';
import { supportRequestCrossIssues } from './_internal/supportRequestCrossIssues.ts';
import { toParseIssues } from './_internal/toParseIssues.ts';
import type { ParseIssue, ParseResult } from './ParseResult.ts';
import type { SupportRequest } from './SupportRequest.ts';
import { supportRequestSchema } from './supportRequestSchema.ts';

/**
 * Validates untrusted JSON as a refund support request (SUP-1, ERR-2) with
 * {@link supportRequestSchema}, without throwing: the way to cancel a
 * Windows 7 ESU purchase under the 2020 rules (REF-8). Accepts `{ customer: { tenantId } |
 * { domain }, orderId?, subscriptionId?, reason, amountRequested, contact: { name, email, phone },
 * attachments? }` with at least one of `orderId` and `subscriptionId`, and adds the `problemType` to
 * pick in Partner Center. Every issue is reported at once, each with the dot path of its field;
 * unknown keys and `__proto__`/`constructor`/`prototype` keys anywhere are rejected.
 *
 * Decided: the tenant GUID and the domain come back in lower case (both are case-insensitive);
 * other texts come back as given. `amountRequested` is `Money`: integer minor units.
 *
 * @param input - Untrusted data, e.g. a parsed request body.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * import { parseSupportRequest } from 'subscription-rules';
 * parseSupportRequest({
 *   customer: { domain: 'Contoso.com' },
 *   orderId: 'ORD-1',
 *   reason: 'Bought twice',
 *   amountRequested: { amount: 1999, currency: 'USD' },
 *   contact: { name: 'Ana', email: 'ana@example.com', phone: '+1 425 555 0100' },
 * });
 * //=> { ok: true, value: { problemType: 'CSP Purchase/Refund on behalf of customers', customer: { domain: 'contoso.com' },
 * //     orderId: 'ORD-1', reason: 'Bought twice', amountRequested: { amount: 1999, currency: 'USD' },
 * //     contact: { name: 'Ana', email: 'ana@example.com', phone: '+1 425 555 0100' } } }
 * parseSupportRequest({ customer: {}, reason: '' }).ok;
 * //=> false
 * ```
 * @category Schemas
 */
export function parseSupportRequest(input: unknown): ParseResult<SupportRequest> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      issues: [
        {
          ...issueOf('', 'expected a support request object'),
          code: input === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
        },
      ],
    };
  }
  const issues: ParseIssue[] = findForbiddenKeys(input, '').map((path) => ({
    ...issueOf(path, 'forbidden key'),
    code: RuleErrorCode.INVALID_ARGUMENT,
  }));
  const result = supportRequestSchema().safeParse(input, OWN_WORDS);
  if (result.success)
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: result.data };
  const found = toParseIssues(result.error.issues, '', input);
  issues.push(...found);
  // The schema checks the cross-field rules only on a valid shape; read them on the raw input
  // otherwise, so that every issue is reported at once.
  const crossChecked = result.error.issues.some(
    (issue) => issue.code === 'custom' && issue.params?.[RULE_ERROR_CODE] !== undefined,
  );
  if (!crossChecked) issues.push(...supportRequestCrossIssues(input));
  return { ok: false, issues };
}
