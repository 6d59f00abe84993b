import * as z from 'zod/mini';
import { RULE_ERROR_CODE } from './_internal/canonicalising.ts';
import { isFileName } from './_internal/isFileName.ts';
import { supportRequestCrossIssues } from './_internal/supportRequestCrossIssues.ts';
import type { SupportRequest } from './SupportRequest.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<SupportRequest, unknown> | undefined;

/** The cross-field rules, each broken one an issue with its code; then the problem type added. */
function canonical(value: unknown, ctx: z.core.ParsePayload): SupportRequest {
  const issues = supportRequestCrossIssues(value as object);
  for (const { path, message, code } of issues) {
    ctx.issues.push({
      code: 'custom',
      message,
      path: [path],
      input: value,
      params: { [RULE_ERROR_CODE]: code },
    });
  }
  return issues.length > 0
    ? z.NEVER
    : {
        problemType: 'CSP Purchase/Refund on behalf of customers',
        ...(value as Omit<SupportRequest, 'problemType'>),
      };
}

/**
 * The zod/mini schema of a refund support request (ERR-2, SUP-1): unknown keys rejected at every
 * level, a tenant GUID or a domain name, a positive amount in a known currency, a contact, then the
 * cross-field rules (exactly one of tenantId/domain, at least one of orderId/subscriptionId), each
 * an issue at its path. Its output is what {@link parseSupportRequest} returns: the GUID and domain
 * in lower case, and the `problemType` to pick in Partner Center. Built on the first call so that
 * importing the module costs nothing.
 *
 * @returns The schema.
 * @example
 * ```ts
 * import { supportRequestSchema } from 'subscription-rules/schemas';
 * const request = supportRequestSchema().parse({
 *   customer: { domain: 'Contoso.com' },
 *   orderId: 'ORD-1',
 *   reason: 'Bought twice',
 *   amountRequested: { amount: 1999, currency: 'USD' },
 *   contact: { name: 'Ana', email: 'ana@example.com', phone: '+1 425 555 0100' },
 * });
 * [request.problemType, request.customer];
 * //=> ['CSP Purchase/Refund on behalf of customers', { domain: 'contoso.com' }]
 * ```
 * @category Schemas
 */
export function supportRequestSchema(): z.ZodMiniType<SupportRequest, unknown> {
  if (schema !== undefined) return schema;
  const text = z.string().check(z.regex(/\S/, { error: 'expected a non-empty text' }));
  const shape = z.strictObject({
    customer: z.strictObject({
      tenantId: z.optional(
        z.string().check(
          z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
            error: 'expected a tenant GUID (8-4-4-4-12 hexadecimal digits)',
          }),
          z.toLowerCase(),
        ),
      ),
      domain: z.optional(
        z
          .string()
          .check(
            z.regex(
              /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i,
              { error: 'expected a domain name such as contoso.com' },
            ),
            z.toLowerCase(),
          ),
      ),
    }),
    orderId: z.optional(text),
    subscriptionId: z.optional(text),
    reason: text,
    amountRequested: z.strictObject({
      amount: z.int().check(z.positive({ error: 'expected an amount > 0 in minor units' })),
      currency: schemaParts().currency,
    }),
    contact: z.strictObject({
      name: text,
      email: z.email({ error: 'expected an email address' }),
      phone: z.string().check(
        z.regex(/^\+?(?:[ ().-]*\d){7,15}[ ().-]*$/, {
          error: 'expected a phone number of 7 to 15 digits',
        }),
      ),
    }),
    attachments: z.optional(
      z.array(
        z.string().check(z.refine(isFileName, { error: 'expected a file name without a path' })),
      ),
    ),
  });
  schema = z.pipe(shape as z.ZodMiniType, z.transform(canonical)) as unknown as z.ZodMiniType<
    SupportRequest,
    unknown
  >;
  return schema;
}
