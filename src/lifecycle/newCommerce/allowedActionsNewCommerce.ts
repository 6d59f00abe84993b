import { actionLocale } from '../../messages/actionLocale.ts';
import { newCommerceActionMessages } from '../../messages/en/newCommerce/actions.ts';
import type { AnyLocale } from '../../messages/types.ts';
import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import {
  NEW_COMMERCE_BILLING,
  type NewCommerceTermProduct,
} from '../../policy/vocabulary/newCommerceBilling.ts';
import {
  NEW_COMMERCE_TERM_MONTHS,
  type NewCommerceTerm,
} from '../../policy/vocabulary/newCommerceTerms.ts';
import type { Money } from '../../pricing/money.ts';
import { instantText } from '../../time/instantText.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import { describe } from '../_internal/describe.ts';
import type { AllowedCancelOutcome } from '../ActionDescription.ts';
import type { NewCommerceAllowedAction } from './allowedActionTypes.ts';
import type { NewCommerceEvent } from './eventTypes.ts';
import { advanceState } from './machine/advanceState.ts';
import { cancelDecision, outcomeUntil } from './machine/cancelDecision.ts';
import { chargeAt } from './machine/charges.ts';
import type { NewCommerceDraft } from './machine/cloneState.ts';
import { creditFor } from './machine/credit.ts';
import { endOfTermActions, estCancelAction } from './machine/endOfTermActions.ts';
import { orderQuantityBounds } from './machine/orderConstraint.ts';
import { readPlans } from './machine/readPlans.ts';
import { readState } from './machine/readState.ts';
import { reducible } from './machine/reducible.ts';
import { refuseCustomPolicy } from './machine/refuseCustomPolicy.ts';
import { nextCharge } from './nextCharge.ts';
import { transitionNewCommerce } from './transitionNewCommerce.ts';
import type { NewCommerceActionOptions, NewCommerceSubscription } from './types.ts';

/**
 * `allowedActions` for a New Commerce state (NCE-10): asks `transition` for each event of the
 * table and says what an accepted one would do, e.g. "cancel for a prorated credit of 108.30 USD
 * until …", "reduce up to 3 seats until …", "move to a P1Y term now: credit 70.00 USD, then
 * 1,500.00 USD a year" (MID-1, MID-2), the end-of-term options and what each costs from the
 * term's end (EST-2), in `locale` (English when `undefined`).
 */
export function allowedActionsNewCommerce(
  subscription: NewCommerceSubscription,
  at: unknown,
  options: NewCommerceActionOptions | undefined,
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
    if (state.extendedServiceTerm !== undefined) actions.push(estCancelAction(state, atMs, locale));
    else if (state.status === 'trial') {
      actions.push({
        type: 'cancel',
        outcome: 'trial-cancelled',
        until: null,
        ...describe(newCommerceActionMessages, locale, 'action.cancel.trial'),
      });
    } else {
      const d = cancelDecision(state, when);
      // the credit cancel would give: over the state's own billing periods (NCE-11, MID-3)
      const credit =
        !('credit' in d) || d.credit === undefined || d.outcome === 'no-refund'
          ? 'credit' in d
            ? d.credit
            : undefined
          : creditFor(state, state.quantity, atMs, d.outcome === 'full-credit');
      const until = outcomeUntil(state, d);
      const end = until as string;
      // a cancel transition accepts has one of these outcomes; the others are refusals
      const outcome = d.outcome as Exclude<AllowedCancelOutcome, 'trial-cancelled'>;
      actions.push({
        type: 'cancel',
        outcome,
        until: until ?? null,
        ...(credit === undefined ? {} : { credit }),
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
    // a reduction keeps one seat (cancelling removes them all): the most it offers is what
    // change-quantity accepts, and the credit is for those seats
    const most = Math.min(open.total, state.quantity - 1);
    // the whole total holds until the earliest of its batches' windows closes
    let first: string | undefined;
    if (most > 0)
      for (const d of open.details)
        if (first === undefined || d.allowedUntil < first) first = d.allowedUntil;
    // priced: what removing them would credit now, and the next charge (CHG-3)
    const credit = first === undefined ? undefined : creditFor(state, most, atMs, false);
    const next = state.price === null ? null : nextCharge(subscription, when);
    const charge = next === null ? undefined : next.amount;
    const at = next?.at;
    // the order constraints' bounds, for a state that names its offer (ORD-7)
    const bounds = orderQuantityBounds(state, atMs, options);
    const floor = state.quantity - most;
    const limits =
      bounds === undefined
        ? {}
        : {
            minQuantity: Math.max(bounds.min, floor),
            ...(bounds.minBy !== undefined && bounds.min > floor
              ? { minQuantityBy: bounds.minBy }
              : {}),
            ...(bounds.max === undefined ? {} : { maxQuantity: bounds.max }),
            ...(bounds.maxBy === undefined ? {} : { maxQuantityBy: bounds.maxBy }),
          };
    actions.push({
      type: 'change-quantity',
      maxReduction: most,
      ...(first === undefined ? {} : { until: first }),
      ...(credit === undefined ? {} : { credit }),
      ...(next === null ? {} : { nextCharge: { amount: next.amount, at: next.at } }),
      ...limits,
      ...(first === undefined
        ? charge === undefined
          ? describe(newCommerceActionMessages, locale, 'action.nce.add-seats')
          : describe(newCommerceActionMessages, locale, 'action.nce.add-seats.amount', {
              charge,
              at: at as string,
            })
        : credit === undefined
          ? describe(newCommerceActionMessages, locale, 'action.nce.reduce-seats', {
              total: most,
              until: first,
            })
          : charge === undefined
            ? describe(newCommerceActionMessages, locale, 'action.nce.reduce-seats.amount', {
                total: most,
                credit,
                until: first,
              })
            : describe(newCommerceActionMessages, locale, 'action.nce.reduce-seats.amount.next', {
                charge,
                at: at as string,
                total: most,
                credit,
                until: first,
              })),
    });
  }
  // the end-of-term options with their cost (EST-2) say what auto-renew on or off would: one set,
  // auto-renew listed only where there are none (a state with no term end to choose for)
  const endOfTerm = endOfTermActions(state, locale, (action) =>
    ok({ type: 'set-end-of-term', at: when, action }),
  );
  actions.push(...endOfTerm);
  for (const enabled of [true, false]) {
    if (
      endOfTerm.length === 0 &&
      state.autoRenew !== enabled &&
      ok({ type: 'set-auto-renew', at: when, enabled })
    )
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
  actions.push(...midTermActions(subscription, state, atMs, when, locale, options?.plans));
  return actions;
}

/**
 * The mid-term changes a state would accept now (MID-1, MID-2), each with what it would do and
 * cost: a longer term now, with the credit of the billing period's unused days (and, from a
 * caller's plan, the new price); a billing frequency from the next period's start. Without plans,
 * one `change-term` for each longer term the product is sold with (billed as now where it can be)
 * and one `change-billing-frequency` for each other frequency of the term.
 */
function midTermActions(
  subscription: NewCommerceSubscription,
  state: NewCommerceDraft,
  atMs: number,
  when: string,
  locale: AnyLocale | undefined,
  given: unknown,
): NewCommerceAllowedAction[] {
  const actions: NewCommerceAllowedAction[] = [];
  const plans = readPlans(given, state);
  if (state.term === null || state.status !== 'active') return actions;
  const sold: Readonly<Record<string, readonly BillingFrequency[]>> =
    NEW_COMMERCE_BILLING[state.product as NewCommerceTermProduct];
  const current = state.term;
  const frequency = state.billingFrequency as BillingFrequency;
  const candidates =
    plans ??
    Object.keys(sold).flatMap((term) => {
      const frequencies = sold[term] as readonly BillingFrequency[];
      const longer =
        NEW_COMMERCE_TERM_MONTHS[term as NewCommerceTerm] > NEW_COMMERCE_TERM_MONTHS[current];
      if (longer)
        return [
          {
            term: term as NewCommerceTerm,
            billingFrequency: frequencies.includes(frequency)
              ? frequency
              : (frequencies[0] as BillingFrequency),
          },
        ];
      return term === current
        ? frequencies
            .filter((f) => f !== frequency)
            .map((f) => ({ term: current, billingFrequency: f }))
        : [];
    });
  // a probe needs a price: the plan's, else the subscription's (or none at all, for an unpriced one)
  const probePrice = state.price ?? { amount: 0, currency: 'USD' };
  const credit = creditFor(state, state.quantity, atMs, false);
  for (const plan of candidates) {
    const price = 'price' in plan ? plan.price : undefined;
    const { term, billingFrequency } = plan;
    const offerId = 'offerId' in plan ? plan.offerId : undefined;
    if (offerId !== undefined && offerId !== state.offerId) {
      // an upgrade of every seat (MID-4) is the same subscription for the new offer: accepted for
      // a licence on the same plan; the credit is the one above, the charge the rest of the period
      // at the new price, as `upgrade` bills them
      if (
        price !== undefined &&
        state.product === 'license-based' &&
        term === current &&
        billingFrequency === frequency
      ) {
        const charge =
          credit === undefined
            ? undefined
            : chargeAt({ ...state, price }, 'upgrade', state.quantity, when, atMs).amount;
        actions.push(
          upgradeAction(
            offerId,
            { term, billingFrequency, price },
            state.quantity,
            credit,
            charge,
            locale,
          ),
        );
      }
      continue;
    }
    if (term !== current) {
      const event = {
        type: 'change-term',
        at: when,
        term,
        billingFrequency,
        price: price ?? probePrice,
      } as const;
      if (!transitionNewCommerce(subscription, event).ok) continue;
      actions.push({
        type: 'change-term',
        term,
        billingFrequency,
        ...(credit === undefined ? {} : { credit }),
        ...(price === undefined ? {} : { price }),
        ...(credit === undefined
          ? describe(newCommerceActionMessages, locale, 'action.nce.change-term', {
              term,
              billingFrequency,
            })
          : price === undefined
            ? describe(newCommerceActionMessages, locale, 'action.nce.change-term.credit', {
                term,
                billingFrequency,
                credit,
              })
            : describe(
                newCommerceActionMessages,
                locale,
                `action.nce.change-term.${billingFrequency}`,
                {
                  term,
                  credit,
                  charge: chargeOf(price, state.quantity),
                },
              )),
      });
      continue;
    }
    const event = {
      type: 'change-billing-frequency',
      at: when,
      billingFrequency,
      price: price ?? probePrice,
    } as const;
    const result = transitionNewCommerce(subscription, event);
    const from = result.ok ? result.subscription.pendingBillingFrequency?.from : undefined;
    if (from === undefined) continue;
    actions.push({
      type: 'change-billing-frequency',
      billingFrequency,
      from,
      until: from,
      ...(price === undefined
        ? describe(newCommerceActionMessages, locale, 'action.nce.change-billing-frequency', {
            billingFrequency,
            from,
          })
        : {
            price,
            ...describe(
              newCommerceActionMessages,
              locale,
              `action.nce.change-billing-frequency.${billingFrequency}`,
              { from, charge: chargeOf(price, state.quantity) },
            ),
          }),
    });
  }
  return actions;
}

/**
 * The `upgrade` action of every seat to the offer a caller's plan names (MID-4): with the credit
 * of the billing period's unused days on the old price and the charge of the same days on the new
 * one when the subscription is priced, then what the new plan bills.
 */
function upgradeAction(
  offerId: string,
  plan: {
    readonly term: NewCommerceTerm;
    readonly billingFrequency: BillingFrequency;
    readonly price: Money;
  },
  quantity: number,
  credit: Money | undefined,
  charge: Money | undefined,
  locale: AnyLocale | undefined,
): NewCommerceAllowedAction {
  const { term, billingFrequency, price } = plan;
  const then = chargeOf(price, quantity);
  return {
    type: 'upgrade',
    offerId,
    term,
    billingFrequency,
    price,
    ...(credit === undefined || charge === undefined
      ? describe(newCommerceActionMessages, locale, `action.nce.upgrade.${billingFrequency}`, {
          quantity,
          offerId,
          charge: then,
        })
      : {
          credit,
          charge,
          ...describe(
            newCommerceActionMessages,
            locale,
            `action.nce.upgrade.amount.${billingFrequency}`,
            { quantity, offerId, credit, now: charge, charge: then },
          ),
        }),
  };
}

/** What a plan bills every seat of the subscription a billing period (MID-1, MID-2). */
function chargeOf(price: Money, quantity: number): Money {
  return { amount: price.amount * quantity, currency: price.currency };
}
