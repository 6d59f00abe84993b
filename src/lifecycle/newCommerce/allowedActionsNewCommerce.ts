import { formatMoney } from '../../pricing/formatMoney.ts';
import { instantText } from '../../time/instantText.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { NewCommerceEvent } from './eventTypes.ts';
import { advanceState } from './machine/advanceState.ts';
import { cancelDecision, outcomeUntil } from './machine/cancelDecision.ts';
import { readState } from './machine/readState.ts';
import { reducible } from './machine/reducible.ts';
import type { NewCommerceAllowedAction } from './resultTypes.ts';
import { transitionNewCommerce } from './transitionNewCommerce.ts';
import type { NewCommerceSubscription } from './types.ts';

/**
 * `allowedActions` for a New Commerce state (NCE-10): asks `transition` for each event of the
 * table and says what an accepted one would do, e.g. "cancel for a prorated credit of 108.30 USD
 * until …", "reduce up to 3 seats until …".
 */
export function allowedActionsNewCommerce(
  subscription: NewCommerceSubscription,
  at: unknown,
): NewCommerceAllowedAction[] {
  readState(subscription);
  const atMs = parseInstant(at, 'at');
  const when = instantText(at, atMs, 'at');
  const ok = (event: NewCommerceEvent): boolean => transitionNewCommerce(subscription, event).ok;
  const actions: NewCommerceAllowedAction[] = [];
  // throws OUT_OF_ORDER before anything is listed
  const state = advanceState(subscription, atMs, when, []);
  if (ok({ type: 'cancel', at: when })) {
    if (state.status === 'trial') {
      actions.push({
        type: 'cancel',
        outcome: 'trial-cancelled',
        description: 'cancel the free trial at no cost',
      });
    } else {
      const d = cancelDecision(state, when);
      const credit = 'credit' in d ? d.credit : undefined;
      const until = outcomeUntil(state, d);
      const amount = credit === undefined ? '' : ` of ${formatMoney(credit)}`;
      actions.push({
        type: 'cancel',
        outcome: d.outcome,
        ...(credit === undefined ? {} : { credit }),
        ...(until === undefined ? {} : { until }),
        description:
          d.outcome === 'cancel-at-renewal'
            ? `schedule the cancellation for ${until}`
            : d.outcome === 'no-refund'
              ? 'cancel now (no credit)'
              : `cancel for a ${d.outcome === 'full-credit' ? 'full' : 'prorated'} credit${amount} until ${until}`,
      });
    }
  }
  if (ok({ type: 'change-quantity', at: when, quantity: state.quantity })) {
    const open = reducible(state, atMs);
    // the whole total holds until the earliest of its batches' windows closes
    let first: string | undefined;
    for (const d of open.details)
      if (first === undefined || d.allowedUntil < first) first = d.allowedUntil;
    actions.push({
      type: 'change-quantity',
      maxReduction: open.total,
      ...(first === undefined ? {} : { until: first }),
      description:
        first === undefined
          ? 'add seats'
          : `add seats, or reduce up to ${open.total} seats until ${first}`,
    });
  }
  for (const enabled of [true, false]) {
    if (state.autoRenew !== enabled && ok({ type: 'set-auto-renew', at: when, enabled }))
      actions.push({
        type: 'set-auto-renew',
        enabled,
        description: `turn auto-renew ${enabled ? 'on' : 'off'}`,
      });
  }
  if (ok({ type: 'schedule-renewal', at: when, quantity: state.quantity })) {
    actions.push({
      type: 'schedule-renewal',
      until: state.termEnd as string,
      description: `schedule changes for the renewal on ${state.termEnd}`,
    });
  }
  if (ok({ type: 'suspend', at: when, reason: 'customer-request' })) {
    actions.push({ type: 'suspend', description: 'suspend (still billed; auto-renew turns off)' });
  }
  if (ok({ type: 'reactivate', at: when })) {
    const end = state.termEnd;
    actions.push(
      end === null
        ? { type: 'reactivate', description: 'reactivate' }
        : { type: 'reactivate', until: end, description: `reactivate before ${end}` },
    );
  }
  return actions;
}
