import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { requireNewCommerceBilling } from '../../../policy/requireNewCommerceBilling.ts';
import type {
  NewCommerceChargeEffect,
  NewCommerceEffect,
  NewCommerceUpgradeRequest,
} from '../resultTypes.ts';
import type { NewCommerceSubscription } from '../types.ts';
import { billed, chargeAt, creditAt } from './charges.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { cloneState } from './cloneState.ts';
import { creditFor } from './credit.ts';
import { moveSeats } from './moveSeats.ts';
import { readPlanPrice } from './readPlanPrice.ts';
import { startTerm } from './terms.ts';

/** An upgrade out of an Extended Service Term: the source left (or `null`), the target, the effects. */
export interface UpgradedFromEst {
  readonly source: NewCommerceSubscription | null;
  readonly target: NewCommerceDraft;
  readonly effects: NewCommerceEffect[];
}

/**
 * An upgrade out of an Extended Service Term into no existing subscription (EST-4, MID-4; with
 * `into`, the seats moved join it as MID-4 says and the rest stay in the Extended Service Term).
 * The seats moved (default every seat) start a committed term at `at` for the target offer (the
 * target's `term` and `billingFrequency`, default `P1M` monthly), auto-renew on: every seat — the
 * same subscription (`source` `null`); fewer — a new subscription ordered at `at`, while the
 * source keeps the other seats, still in its Extended Service Term. Only the seats moved are
 * credited the month's unused days (NCE-5, `upgrade-source`); the new term's first billing
 * period is charged whole, as a term change's (`term-change`).
 *
 * @returns The source and target, changed in place, and the effects after those of the time passed.
 */
export function upgradeFromEst(
  state: NewCommerceDraft,
  request: NewCommerceUpgradeRequest,
  at: string,
  atMs: number,
  passed: readonly NewCommerceChargeEffect[],
): UpgradedFromEst {
  const to = request.to;
  const term = to.term ?? 'P1M';
  const billingFrequency = to.billingFrequency ?? 'monthly';
  requireNewCommerceBilling('license-based', term, billingFrequency, 'request.to');
  const seats = request.quantity ?? state.quantity;
  if (seats > state.quantity)
    fail(
      RuleErrorCode.INVALID_QUANTITY,
      'request.quantity',
      'expected at most the source’s {max} seats',
      seats,
      state.quantity,
    );
  const price = readPlanPrice(
    to.price,
    Math.max(seats, state.quantity),
    'request.to.price',
    state.price,
  );
  const kept = state.quantity - seats;
  const credit = creditAt(
    state,
    'upgrade-source',
    'prorated-credit',
    seats,
    at,
    atMs,
    creditFor(state, seats, atMs, false),
    'EST-4',
  );
  const target = kept === 0 ? state : cloneState(state as NewCommerceSubscription);
  if (kept > 0) {
    // a new subscription, ordered now, with the seats moved; the source keeps the rest in EST
    target.orderedAt = at;
    delete target.priceKey;
    delete target.extendedServiceTermBase;
    state.seats = moveSeats(state.seats, seats, at).left;
    state.quantity = kept;
  }
  delete target.extendedServiceTerm;
  target.offerId = to.offerId;
  target.term = term;
  target.billingFrequency = billingFrequency;
  target.price = price;
  target.quantity = seats;
  target.scheduled = null;
  target.autoRenew = true;
  target.endOfTerm = 'renew';
  startTerm(target, at, atMs, true);
  const effects: NewCommerceEffect[] = [...passed, { ...credit, seats: kept === 0 ? seats : kept }];
  if (billed(target)) effects.push(chargeAt(target, 'term-change', seats, at, atMs));
  return { source: kept === 0 ? null : (state as NewCommerceSubscription), target, effects };
}
