import * as z from 'zod/mini';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType | undefined;

/**
 * The zod/mini schema of a `SubscriptionEvent` (LC-11), discriminated by `type`: `cancel`,
 * `suspend` (with `reason` and, optionally, the account's two dates), `reactivate`,
 * `set-auto-renew` (with `enabled`), `change-quantity` (with `quantity`); no other keys.
 *
 * @returns The schema (built on first use).
 * @category Schemas
 */
export function eventSchema(): z.ZodMiniType {
  if (schema !== undefined) return schema;
  const { instant, reason, quantity } = schemaParts();
  schema = z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('cancel'), at: instant }),
    z.strictObject({
      type: z.literal('suspend'),
      at: instant,
      reason,
      accountOpenedAt: z.optional(instant),
      firstBillingPeriodStart: z.optional(instant),
    }),
    z.strictObject({ type: z.literal('reactivate'), at: instant }),
    z.strictObject({ type: z.literal('set-auto-renew'), at: instant, enabled: z.boolean() }),
    z.strictObject({ type: z.literal('change-quantity'), at: instant, quantity }),
  ]);
  return schema;
}
