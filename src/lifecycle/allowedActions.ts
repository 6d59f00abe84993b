import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import type { SuspensionReason } from '../policy/types.ts';
import { cancellationDecision } from '../refunds/cancellationDecision.ts';
import { instantText } from '../time/instantText.ts';
import { type Instant, parseInstant } from '../time/parseInstant.ts';
import { advanceState } from './machine/advanceState.ts';
import { policyFor } from './machine/policyFor.ts';
import { purchaseOf } from './machine/purchaseOf.ts';
import { readSubscription } from './machine/readSubscription.ts';
import { transition } from './transition.ts';
import type { Subscription, SubscriptionEvent } from './types.ts';

/**
 * One event a subscription would accept now, with what it would do (SPEC LC-12), for a UI to show.
 *
 * @category Lifecycle
 */
export interface AllowedAction {
  /** The event type to send. */
  readonly type: SubscriptionEvent['type'];
  /** What it would do, in a few English words, e.g. `full-credit until 2026-11-21T10:00:00.000Z`. */
  readonly description: string;
  /** For `cancel`: the refund outcome, or `trial-cancelled` during a free trial. */
  readonly outcome?: string;
  /** For `cancel`: the end of the refund window; for `reactivate`: when the data is deleted. */
  readonly until?: string;
  /** For `set-auto-renew`: the value that would be accepted (one entry per accepted value). */
  readonly enabled?: boolean;
  /** For `suspend`: the reasons to choose from. */
  readonly reasons?: readonly SuspensionReason[];
  /** For `suspend`: fields the event must carry because the subscription does not know them. */
  readonly needs?: readonly string[];
}

/**
 * The events a subscription would accept at `at` (SPEC LC-12), each with what it would do: what a
 * UI shows as buttons. It asks {@link transition} itself, so the list is exactly what `transition`
 * accepts at that instant.
 *
 * @param subscription - The state.
 * @param at - The instant; not before the state's `asOf`.
 * @param options - `{ policy }` when the subscription's policy is not in the catalog.
 * @returns The accepted events, in the order cancel, suspend, reactivate, set-auto-renew, change-quantity.
 * @throws {@link RuleError} `OUT_OF_ORDER` when `at` is before `asOf`; the codes of a bad instant.
 * @example
 * ```ts
 * import { allowedActions, createSubscription } from 'subscription-rules';
 * const sub = createSubscription({
 *   product: 'marketplace-saas', billingCycle: 'monthly', quantity: 1, orderedAt: '2026-11-20T10:00:00Z',
 * });
 * allowedActions(sub, '2026-11-20T12:00:00Z')[0]?.description;
 * //=> 'full-credit until 2026-11-21T10:00:00.000Z'
 * ```
 * @category Lifecycle
 */
export function allowedActions(
  subscription: Subscription,
  at: Instant,
  options?: PolicyOptions,
): AllowedAction[] {
  readSubscription(subscription);
  const policy = policyFor(subscription.policyId, options);
  const atMs = parseInstant(at, 'at');
  const when = instantText(at, atMs, 'at');
  const accepts = (event: SubscriptionEvent) => transition(subscription, event, options).ok;
  const actions: AllowedAction[] = [];
  if (accepts({ type: 'cancel', at: when })) {
    const state = advanceState(subscription, atMs, when, []);
    if (state.status === 'trial') {
      actions.push({
        type: 'cancel',
        outcome: 'trial-cancelled',
        description: 'cancel the free trial at no cost',
      });
    } else {
      const decision = cancellationDecision(purchaseOf(state as Subscription), when, { policy });
      const until =
        'windowEndsAt' in decision && decision.outcome !== 'cancel-at-renewal'
          ? decision.windowEndsAt
          : undefined;
      const effective =
        decision.outcome === 'cancel-at-renewal'
          ? ` on ${state.termEnd}`
          : until === undefined
            ? ''
            : ` until ${until}`;
      actions.push({
        type: 'cancel',
        outcome: decision.outcome,
        ...(until === undefined ? {} : { until }),
        description: `${decision.outcome}${effective}`,
      });
    }
  }
  const reasons = policy.suspension.reasons;
  const needs = [
    ...(subscription.accountOpenedAt === null ? ['accountOpenedAt'] : []),
    ...(subscription.firstBillingPeriodStart === null ? ['firstBillingPeriodStart'] : []),
  ];
  const probe = {
    accountOpenedAt: subscription.accountOpenedAt ?? when,
    firstBillingPeriodStart: subscription.firstBillingPeriodStart ?? when,
  };
  if (
    reasons[0] !== undefined &&
    accepts({ type: 'suspend', at: when, reason: reasons[0], ...probe })
  ) {
    actions.push({
      type: 'suspend',
      reasons,
      needs,
      description: needs.length === 0 ? 'suspend' : `suspend (needs ${needs.join(' and ')})`,
    });
  }
  if (accepts({ type: 'reactivate', at: when }) && subscription.suspension !== null) {
    actions.push({
      type: 'reactivate',
      until: subscription.suspension.expiresAt,
      description: `reactivate before ${subscription.suspension.expiresAt}`,
    });
  }
  for (const enabled of [true, false]) {
    if (accepts({ type: 'set-auto-renew', at: when, enabled })) {
      actions.push({
        type: 'set-auto-renew',
        enabled,
        description: `turn auto-renew ${enabled ? 'on' : 'off'}`,
      });
    }
  }
  if (accepts({ type: 'change-quantity', at: when, quantity: subscription.quantity })) {
    actions.push({ type: 'change-quantity', description: 'change the number of licenses' });
  }
  return actions;
}
