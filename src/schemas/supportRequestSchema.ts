import * as z from 'zod/mini';
import { currencyExponents } from '../pricing/data/currencyExponents.ts';
import { isFileName } from './_internal/isFileName.ts';

let schema: z.ZodMiniType | undefined;

/**
 * The zod/mini schema of a refund support request's JSON shape (SUP-1): unknown keys rejected
 * at every level, a tenant GUID or a domain name, a positive amount in a known currency, a contact.
 * Built on the first call so that importing the module costs nothing. The cross-field rules
 * (exactly one of tenantId/domain, at least one of orderId/subscriptionId) are
 * {@link parseSupportRequest}'s.
 *
 * @returns The schema.
 */
export function supportRequestSchema(): z.ZodMiniType {
  if (schema !== undefined) return schema;
  const text = z.string().check(z.regex(/\S/, { error: 'expected a non-empty text' }));
  schema = z.strictObject({
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
      currency: z.string().check(
        z.refine((code) => Object.hasOwn(currencyExponents, code), {
          error: 'expected an active ISO 4217 code in upper case',
        }),
      ),
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
  return schema;
}
