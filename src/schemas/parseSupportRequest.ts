import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { findForbiddenKeys } from '../kernel/findForbiddenKeys.ts';
import { toParseIssues } from './_internal/toParseIssues.ts';
import type { ParseIssue, ParseResult } from './ParseResult.ts';
import type { SupportRequest } from './SupportRequest.ts';
import { supportRequestSchema } from './supportRequestSchema.ts';

/**
 * Validates untrusted JSON as a refund support request (SUP-1, ERR-2), the way to cancel a
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
          path: '',
          message: 'expected a support request object',
          code: input === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
        },
      ],
    };
  }
  const issues: ParseIssue[] = findForbiddenKeys(input, '').map((path) => ({
    path,
    message: 'forbidden key',
    code: RuleErrorCode.INVALID_ARGUMENT,
  }));
  const result = supportRequestSchema().safeParse(input);
  if (!result.success) issues.push(...toParseIssues(result.error.issues, '', input));
  const { customer, orderId, subscriptionId } = input as Record<string, unknown>;
  if (typeof customer === 'object' && customer !== null && !Array.isArray(customer)) {
    const { tenantId, domain } = customer as Record<string, unknown>;
    if ((tenantId === undefined) === (domain === undefined)) {
      issues.push({
        code: RuleErrorCode.INVALID_ARGUMENT,
        path: 'customer',
        message:
          tenantId === undefined
            ? 'expected a tenantId or a domain'
            : 'expected a tenantId or a domain, not both',
      });
    }
  }
  if (orderId === undefined && subscriptionId === undefined) {
    issues.push({
      path: 'orderId',
      message: 'expected an orderId or a subscriptionId',
      code: RuleErrorCode.MISSING_FIELD,
    });
  }
  if (issues.length > 0 || !result.success) return { ok: false, issues };
  return {
    ok: true,
    value: {
      problemType: 'CSP Purchase/Refund on behalf of customers',
      ...(result.data as Omit<SupportRequest, 'problemType'>),
    },
  };
}
