import { requireNewCommerceBilling } from '../../../policy/requireNewCommerceBilling.ts';
import type {
  NewCommerceChargeEffect,
  NewCommerceEffect,
  NewCommerceUpgradeRequest,
} from '../resultTypes.ts';
import { billed, chargeAt, creditAt } from './charges.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { creditFor } from './credit.ts';
import { readPlanPrice } from './readPlanPrice.ts';
import { startTerm } from './terms.ts';

/**
 * An upgrade out of an Extended Service Term into no existing subscription (EST-4, decided; with
 * `into`, the seats moved join it as MID-4 says and the rest stay in the Extended Service Term):
 * the same subscription, for the
 * target offer, starts a committed term at `at` (the target's `term` and `billingFrequency`,
 * default `P1M` monthly) with the seats given (default every seat), auto-renew on. The Extended
 * Service Term month's unused days are credited for every seat (NCE-5, `upgrade-source`) and the
 * new term's first billing period charged whole, as a term change's (`term-change`).
 *
 * @returns The state, changed in place, and the effects after those of the time passed.
 */
export function upgradeFromEst(
  state: NewCommerceDraft,
  request: NewCommerceUpgradeRequest,
  at: string,
  atMs: number,
  passed: readonly NewCommerceChargeEffect[],
): NewCommerceEffect[] {
  const to = request.to;
  const term = to.term ?? 'P1M';
  const billingFrequency = to.billingFrequency ?? 'monthly';
  requireNewCommerceBilling('license-based', term, billingFrequency, 'request.to');
  const seats = request.quantity ?? state.quantity;
  const price = readPlanPrice(
    to.price,
    Math.max(seats, state.quantity),
    'request.to.price',
    state.price,
  );
  const credit = creditAt(
    state,
    'upgrade-source',
    'prorated-credit',
    state.quantity,
    at,
    atMs,
    creditFor(state, state.quantity, atMs, false),
    'EST-4',
  );
  delete state.extendedServiceTerm;
  state.offerId = to.offerId;
  state.term = term;
  state.billingFrequency = billingFrequency;
  state.price = price;
  state.quantity = seats;
  state.scheduled = null;
  state.autoRenew = true;
  state.endOfTerm = 'renew';
  startTerm(state, at, atMs, true);
  const effects: NewCommerceEffect[] = [...passed, { ...credit, seats }];
  if (billed(state)) effects.push(chargeAt(state, 'term-change', seats, at, atMs));
  return effects;
}
