import * as z from 'zod/mini';
import { fromPartnerCenterSubscription } from '../partnerCenter/fromPartnerCenterSubscription.ts';
import type { PartnerCenterSubscription } from '../partnerCenter/PartnerCenterSubscription.ts';
import { formatInstant } from '../time/formatInstant.ts';
import { parseInstant } from '../time/parseInstant.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { checkedByLifecycle } from './_internal/checkedByLifecycle.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<PartnerCenterSubscription, unknown> | undefined;

/**
 * The zod/mini schema of a Partner Center Subscription resource (PCR-1): the fields the rules read,
 * each with its type; the API's other fields are dropped. Instants are checked as instants (seven
 * fractional digits and `+00:00` included) and written as the library writes them.
 *
 * @returns The schema; its output is what {@link parsePartnerCenterSubscription} returns.
 * @example
 * ```ts
 * import { partnerCenterSubscriptionSchema } from 'subscription-rules/schemas';
 * partnerCenterSubscriptionSchema().safeParse({ quantity: 0 }).success;
 * //=> false
 * ```
 * @category Schemas
 */
export function partnerCenterSubscriptionSchema(): z.ZodMiniType<
  PartnerCenterSubscription,
  unknown
> {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  const text = z.string();
  const instant = parts.instant;
  const shape = z.object({
    id: z.optional(text),
    quantity: parts.quantity,
    unitType: z.optional(text),
    productType: z.optional(z.object({ id: z.optional(text), displayName: z.optional(text) })),
    effectiveStartDate: instant,
    commitmentEndDate: z.optional(instant),
    cancellationAllowedUntilDate: z.optional(z.nullable(instant)),
    status: text,
    autoRenewEnabled: z.boolean(),
    isTrial: z.optional(z.boolean()),
    billingType: z.optional(text),
    billingCycle: z.optional(text),
    termDuration: z.optional(text),
    refundOptions: z.optional(z.nullable(z.array(z.object({ type: text, expiresAt: instant })))),
    refundableQuantity: z.optional(
      z.nullable(
        z.object({
          totalQuantity: z.optional(z.int().check(z.minimum(0))),
          details: z.optional(
            z.array(z.object({ quantity: parts.quantity, allowedUntilDateTime: instant })),
          ),
        }),
      ),
    ),
    scheduledNextTermInstructions: z.optional(
      z.nullable(
        z.object({
          product: z.optional(
            z.object({
              productId: z.optional(text),
              skuId: z.optional(text),
              availabilityId: z.optional(text),
              billingCycle: z.optional(text),
              termDuration: z.optional(text),
            }),
          ),
          quantity: z.optional(parts.quantity),
          customTermEndDate: z.optional(z.nullable(z.string())),
        }),
      ),
    ),
    // the end-of-term action and the names an Extended Service Term is told by (EST-6)
    scheduledActions: z.optional(
      z.nullable(
        z.array(z.object({ scheduleType: z.optional(text), actionType: z.optional(text) })),
      ),
    ),
    offerName: z.optional(z.string()),
    friendlyName: z.optional(z.string()),
    offerId: z.optional(text),
    // the promotion Partner Center discounted the current term by (PL-5)
    promotionId: z.optional(z.nullable(z.string())),
    isMicrosoftProduct: z.optional(z.boolean()),
  });
  schema = canonicalising(shape, (value) => {
    const at = (text: string): string => formatInstant(parseInstant(text, 'instant'), 'instant');
    const v = value as PartnerCenterSubscription;
    // the reader's own rules (PCR-1), at an instant its term holds, so a resource parses exactly
    // when fromPartnerCenterSubscription reads it at some time: whether it is stale at a given
    // asOf is the reader's to say
    checkedByLifecycle(() => fromPartnerCenterSubscription(v, { asOf: readableAt(v) }), 'resource');
    return {
      ...v,
      effectiveStartDate: at(v.effectiveStartDate),
      ...(typeof v.commitmentEndDate === 'string'
        ? { commitmentEndDate: at(v.commitmentEndDate) }
        : {}),
      ...(typeof v.cancellationAllowedUntilDate === 'string'
        ? { cancellationAllowedUntilDate: at(v.cancellationAllowedUntilDate) }
        : {}),
      ...(Array.isArray(v.refundOptions)
        ? {
            refundOptions: v.refundOptions.map((o) => ({
              type: o.type,
              expiresAt: at(o.expiresAt),
            })),
          }
        : {}),
      ...(v.refundableQuantity?.details === undefined
        ? {}
        : {
            refundableQuantity: {
              ...v.refundableQuantity,
              details: v.refundableQuantity.details.map((d) => ({
                quantity: d.quantity,
                allowedUntilDateTime: at(d.allowedUntilDateTime),
              })),
            },
          }),
    } as PartnerCenterSubscription;
  });
  return schema;
}

/**
 * An instant the resource's own term holds: just before the end its `commitmentEndDate` gives (an
 * inclusive date for New Commerce, the instant itself for legacy), or its start when it states no
 * later end.
 */
function readableAt(v: PartnerCenterSubscription): string {
  const startMs = parseInstant(v.effectiveStartDate, 'effectiveStartDate');
  const end = v.commitmentEndDate;
  if (typeof end !== 'string') return formatInstant(startMs, 'asOf');
  const endMs = parseInstant(end, 'commitmentEndDate');
  const nce =
    Object.hasOwn(v, 'cancellationAllowedUntilDate') ||
    v.productType?.id?.toLowerCase() === 'onlineservicesnce';
  const termEndMs = nce ? endMs - (endMs % 86_400_000) + 86_400_000 : endMs;
  return formatInstant(Math.max(startMs, termEndMs - 1), 'asOf');
}
