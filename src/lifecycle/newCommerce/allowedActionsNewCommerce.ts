import { actionLocale } from '../../messages/actionLocale.ts';
import { newCommerceActionMessages } from '../../messages/en/newCommerce/actions.ts';
import type { MessageOptions } from '../../messages/types.ts';
import type { PolicyOptions } from '../../policy/PolicyOptions.ts';
import { instantText } from '../../time/instantText.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import { describe } from '../_internal/describe.ts';
import type { NewCommerceEvent } from './eventTypes.ts';
import { advanceState } from './machine/advanceState.ts';
import { cancelDecision, outcomeUntil } from './machine/cancelDecision.ts';
import { readState } from './machine/readState.ts';
import { reducible } from './machine/reducible.ts';
import { refuseCustomPolicy } from './machine/refuseCustomPolicy.ts';
import type { NewCommerceAllowedAction } from './resultTypes.ts';
import { transitionNewCommerce } from './transitionNewCommerce.ts';
import type { NewCommerceSubscription } from './types.ts';

/**
 * `allowedActions` for a New Commerce state (NCE-10): asks `transition` for each event of the
 * table and says what an accepted one would do, e.g. "cancel for a prorated credit of 108.30 USD
 * until …", "reduce up to 3 seats until …", in `locale` (English when `undefined`).
 */
export function allowedActionsNewCommerce(
  subscription: NewCommerceSubscription,
  at: unknown,
  options: (PolicyOptions & MessageOptions) | undefined,
): NewCommerceAllowedAction[] {
  const locale = actionLocale(options);
  refuseCustomPolicy(options);
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
        ...describe(newCommerceActionMessages, locale, 'action.cancel.trial'),
      });
    } else {
      const d = cancelDecision(state, when);
      const credit = 'credit' in d ? d.credit : undefined;
      const until = outcomeUntil(state, d);
      const end = until as string;
      // a cancel transition accepts has one of these outcomes; the others are refusals
      const outcome = d.outcome as
        | 'full-credit'
        | 'prorated-credit'
        | 'no-refund'
        | 'cancel-at-renewal';
      actions.push({
        type: 'cancel',
        outcome: d.outcome,
        ...(credit === undefined ? {} : { credit }),
        ...(until === undefined ? {} : { until }),
        ...(outcome === 'cancel-at-renewal'
          ? describe(newCommerceActionMessages, locale, 'action.nce.cancel.at-renewal', {
              until: end,
            })
          : outcome === 'no-refund'
            ? describe(newCommerceActionMessages, locale, 'action.nce.cancel.no-refund')
            : credit === undefined
              ? describe(newCommerceActionMessages, locale, `action.nce.cancel.${outcome}`, {
                  until: end,
                })
              : describe(newCommerceActionMessages, locale, `action.nce.cancel.${outcome}.amount`, {
                  credit,
                  until: end,
                })),
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
      ...(first === undefined
        ? describe(newCommerceActionMessages, locale, 'action.nce.add-seats')
        : describe(newCommerceActionMessages, locale, 'action.nce.reduce-seats', {
            total: open.total,
            until: first,
          })),
    });
  }
  for (const enabled of [true, false]) {
    if (state.autoRenew !== enabled && ok({ type: 'set-auto-renew', at: when, enabled }))
      actions.push({
        type: 'set-auto-renew',
        enabled,
        ...describe(
          newCommerceActionMessages,
          locale,
          enabled ? 'action.auto-renew.on' : 'action.auto-renew.off',
        ),
      });
  }
  if (ok({ type: 'schedule-renewal', at: when, quantity: state.quantity })) {
    actions.push({
      type: 'schedule-renewal',
      until: state.termEnd as string,
      ...describe(newCommerceActionMessages, locale, 'action.nce.schedule-renewal', {
        termEnd: state.termEnd as string,
      }),
    });
  }
  if (ok({ type: 'suspend', at: when, reason: 'customer-request' })) {
    actions.push({
      type: 'suspend',
      ...describe(newCommerceActionMessages, locale, 'action.nce.suspend'),
    });
  }
  if (ok({ type: 'reactivate', at: when })) {
    const end = state.termEnd;
    actions.push(
      end === null
        ? {
            type: 'reactivate',
            ...describe(newCommerceActionMessages, locale, 'action.nce.reactivate'),
          }
        : {
            type: 'reactivate',
            until: end,
            ...describe(newCommerceActionMessages, locale, 'action.reactivate', { until: end }),
          },
    );
  }
  return actions;
}
