import * as z from 'zod/mini';
import { RuleError, type RuleIssue } from '../errors/RuleError.ts';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { issueOf } from '../kernel/issueOf.ts';
import type { SubscriptionEvent } from '../lifecycle/legacy/types.ts';
import type { NewCommerceEvent } from '../lifecycle/newCommerce/eventTypes.ts';
import { parseInstant } from '../time/parseInstant.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { newCommerceBillingParts } from './_internal/newCommerceInput.ts';
import { throwIssues } from './_internal/throwIssues.ts';
import type { Canonical } from './Canonical.ts';
import { canonicalInstant } from './canonicalInstant.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Canonical<SubscriptionEvent | NewCommerceEvent>, unknown> | undefined;

const instantKeys = ['at', 'accountOpenedAt', 'firstBillingPeriodStart'] as const;

/** Every event type, keyed so that the compiler refuses a missing or unknown one. */
const eventTypes: { readonly [T in (SubscriptionEvent | NewCommerceEvent)['type']]: true } = {
  cancel: true,
  suspend: true,
  reactivate: true,
  'set-auto-renew': true,
  'change-quantity': true,
  'schedule-renewal': true,
  'change-term': true,
  'change-billing-frequency': true,
  'set-end-of-term': true,
};

const scheduleKeys = [
  'quantity',
  'term',
  'billingFrequency',
  'price',
  'customTermEndDate',
] as const;

/**
 * A suspension's instants in the order `transition` requires (SUS-2): the first billing period and
 * the suspension itself not before the account was opened, when the event carries the opening.
 */
function assertSuspensionOrder(value: Canonical<SubscriptionEvent>): void {
  if (value.type !== 'suspend' || value.accountOpenedAt === undefined) return;
  const opened = parseInstant(value.accountOpenedAt, 'accountOpenedAt');
  const issues: RuleIssue[] = [];
  for (const path of ['firstBillingPeriodStart', 'at'] as const) {
    const instant = value[path];
    if (instant !== undefined && parseInstant(instant, path) < opened) {
      issues.push(
        issueOf(path, 'expected an instant at or after {earlier}', { earlier: 'accountOpenedAt' }),
      );
    }
  }
  throwIssues(RuleErrorCode.OUT_OF_ORDER, issues);
}

function canonical(
  value: Canonical<SubscriptionEvent | NewCommerceEvent>,
): Canonical<SubscriptionEvent | NewCommerceEvent> {
  assertSuspensionOrder(value as Canonical<SubscriptionEvent>);
  if (value.type === 'schedule-renewal' && scheduleKeys.every((key) => value[key] === undefined)) {
    throw new RuleError(
      RuleErrorCode.MISSING_FIELD,
      `expected at least one of ${scheduleKeys.join(', ')}`,
      '',
    );
  }
  // the Extended Service Term's price goes with that option only, its plan with a price (EST-2)
  if (value.type === 'set-end-of-term') {
    if (value.basePrice !== undefined && value.action !== 'extended-service-term')
      throwIssues(RuleErrorCode.INVALID_ARGUMENT, [
        issueOf('basePrice', 'expected none unless action is extended-service-term', {}),
      ]);
    if (value.monthlyPlan !== undefined && value.basePrice === undefined)
      throwIssues(RuleErrorCode.INVALID_ARGUMENT, [
        issueOf('monthlyPlan', 'expected it only with a basePrice', {}),
      ]);
  }
  const copy: Record<string, unknown> = { ...value };
  for (const key of instantKeys) {
    const instant = copy[key];
    if (typeof instant === 'string') copy[key] = canonicalInstant(instant, key);
  }
  return copy as Canonical<SubscriptionEvent | NewCommerceEvent>;
}

/**
 * The zod/mini schema of an event of either program, a legacy `SubscriptionEvent` or a New
 * Commerce `NewCommerceEvent` (ERR-2, LC-11, NCE-7, NCE-11), discriminated by `type`: `cancel`,
 * `suspend` (with `reason` and, optionally, the account's two dates), `reactivate`,
 * `set-auto-renew` (with `enabled`), `change-quantity` (with `quantity`), and the New Commerce
 * `schedule-renewal` (NCE-7, NCE-11, MID-3: at least one of the next term's `quantity`, `term`,
 * `billingFrequency`, `price`, `customTermEndDate`), `change-term` (MID-1: `term`,
 * `billingFrequency`, `price`, and `quantity` when leaving an Extended Service Term, EST-4),
 * `change-billing-frequency` (MID-2: `billingFrequency`, `price`) and `set-end-of-term` (EST-2:
 * `action`, and with `extended-service-term` a `basePrice` and `monthlyPlan`); no other keys (SUS-2). Its output
 * is what {@link parseEvent} returns: instants in `toISOString()` form. A `suspend` event that
 * carries `accountOpenedAt` must have its `at` and `firstBillingPeriodStart` at or after it, as
 * `transition` requires (an `OUT_OF_ORDER` issue otherwise).
 *
 * @returns The schema (built on first use).
 * @example
 * ```ts
 * import { eventSchema } from 'subscription-rules/schemas';
 * eventSchema().parse({ type: 'cancel', at: '2026-12-01T09:00:00+01:00' });
 * //=> { type: 'cancel', at: '2026-12-01T08:00:00.000Z' }
 * ```
 * @category Schemas
 */
export function eventSchema(): z.ZodMiniType<
  Canonical<SubscriptionEvent | NewCommerceEvent>,
  unknown
> {
  if (schema !== undefined) return schema;
  const { instant, reason, quantity, price, date } = schemaParts();
  const { term, billingFrequency } = newCommerceBillingParts();
  // An unknown `type` gets the same list `transition` names in its RuleError.
  const unknownType = `expected one of ${Object.keys(eventTypes)
    .map((type) => JSON.stringify(type))
    .join(', ')}`;
  schema = canonicalising(
    z.discriminatedUnion(
      'type',
      [
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
        z.strictObject({
          type: z.literal('schedule-renewal'),
          at: instant,
          quantity: z.optional(quantity),
          term: z.optional(term),
          billingFrequency: z.optional(billingFrequency),
          price: z.optional(price),
          customTermEndDate: z.optional(date),
        }),
        z.strictObject({
          type: z.literal('change-term'),
          at: instant,
          term,
          billingFrequency,
          price: z.optional(price),
          quantity: z.optional(quantity),
        }),
        z.strictObject({
          type: z.literal('set-end-of-term'),
          at: instant,
          action: z.enum(['renew', 'extended-service-term', 'cancel']),
          basePrice: z.optional(price),
          monthlyPlan: z.optional(z.boolean()),
        }),
        z.strictObject({
          type: z.literal('change-billing-frequency'),
          at: instant,
          billingFrequency,
          price: z.optional(price),
        }),
      ],
      { error: unknownType },
    ),
    canonical,
  );
  return schema;
}
