import type { Money } from '../../../pricing/money.ts';
import { readUplift } from '../../../pricing/readUplift.ts';
import type {
  NewCommerceStatus,
  NewCommerceSubscription,
  ScheduledRenewal,
  SeatBatch,
} from '../types.ts';
import { endOfTermOf } from './estEligibility.ts';

/** A New Commerce state the machine has just copied and may fill in before returning it. */
export type NewCommerceDraft = {
  -readonly [K in keyof NewCommerceSubscription]: NewCommerceSubscription[K];
} & { status: NewCommerceStatus };

/**
 * A fresh copy of a New Commerce state, every field written out in one order, so every state
 * shares one object shape and one JSON key order (as the legacy machine's `cloneState`). The seat
 * batches, the price and the scheduled changes are copied too: a returned state shares no object
 * with the caller's (PURE-1), so changing one never changes the other. The stated windows (PCR-1),
 * the offer (MID-4), an aligned renewal (MID-3), a billing frequency change (MID-2) and the
 * Extended Service Term's base and term (EST-3) are copied only when the state holds them.
 */
export function cloneState(s: NewCommerceSubscription): NewCommerceDraft {
  const d: NewCommerceDraft = {
    status: s.status,
    asOf: s.asOf,
    policyId: s.policyId,
    program: 'new-commerce',
    product: s.product,
    term: s.term,
    billingFrequency: s.billingFrequency,
    quantity: s.quantity,
    seats: copySeats(s.seats),
    scheduled: s.scheduled === null ? null : copyScheduled(s.scheduled),
    autoRenew: s.autoRenew,
    // a state stored before the end-of-term options takes the one Partner Center gives it (EST-2)
    endOfTerm: endOfTermOf(s),
    cancelAtRenewal: s.cancelAtRenewal,
    orderedAt: s.orderedAt,
    price: copyMoney(s.price),
    trialEndsAt: s.trialEndsAt,
    termAnchor: s.termAnchor,
    termNumber: s.termNumber,
    termStart: s.termStart,
    termEnd: s.termEnd,
    expiredAt: s.expiredAt,
    disabledAt: s.disabledAt,
  };
  // only a state read from Partner Center holds them (PCR-1)
  if (s.cancellableUntil !== undefined) d.cancellableUntil = s.cancellableUntil;
  if (s.fullCreditUntil !== undefined) d.fullCreditUntil = s.fullCreditUntil;
  // only a state that has them: its offer (MID-4), a frequency change waiting or made (MID-2)
  if (s.offerId !== undefined) d.offerId = s.offerId;
  if (s.endOfSale !== undefined) d.endOfSale = s.endOfSale;
  const key = s.priceKey;
  if (key !== undefined)
    d.priceKey = {
      ProductId: key.ProductId,
      SkuId: key.SkuId,
      Market: key.Market,
      Currency: key.Currency,
      Segment: key.Segment,
    };
  // the term's promotion (PL-5); a purchase's notes are never carried on
  const promotion = s.promotion;
  if (promotion !== undefined)
    d.promotion = {
      promotionId: promotion.promotionId,
      value: promotion.value,
      startDate: promotion.startDate,
      endDate: promotion.endDate,
      listPrice: copyMoney(promotion.listPrice) as Money,
    };
  const pending = s.pendingBillingFrequency;
  if (pending !== undefined)
    d.pendingBillingFrequency = {
      billingFrequency: pending.billingFrequency,
      price: copyMoney(pending.price) as Money,
      from: pending.from,
      ...(pending.priceFrom === undefined
        ? {}
        : {
            priceFrom: {
              effectiveStartDate: pending.priceFrom.effectiveStartDate,
              unitPrice: pending.priceFrom.unitPrice,
              periodPrice: copyMoney(pending.priceFrom.periodPrice) as Money,
            },
          }),
    };
  if (s.billingPeriodsFrom !== undefined) d.billingPeriodsFrom = s.billingPeriodsFrom;
  // the Extended Service Term's price, given before it begins, and the term itself (EST-3)
  const base = s.extendedServiceTermBase;
  if (base !== undefined)
    d.extendedServiceTermBase = {
      basePrice: copyMoney(base.basePrice) as Money,
      monthlyPlan: base.monthlyPlan,
    };
  const est = s.extendedServiceTerm;
  if (est !== undefined)
    d.extendedServiceTerm = {
      since: est.since,
      basePrice: copyMoney(est.basePrice),
      // a state saved in whole percent reads as the fraction (EST-3)
      uplift: readUplift(est.uplift, 'subscription.extendedServiceTerm.uplift'),
    };
  return d;
}

/** A copy of a price, or `null`. */
export function copyMoney(m: Money | null): Money | null {
  return m === null ? null : { amount: m.amount, currency: m.currency };
}

/** A copy of one seat batch. */
function copyBatch(b: SeatBatch): SeatBatch {
  return { quantity: b.quantity, addedAt: b.addedAt, reducibleUntil: b.reducibleUntil };
}

/**
 * A copy of the seat batches, each batch copied. One batch (most states) is a list of one written
 * out: a list grown by `push` reserves room for 17 on its first push, which the collector then
 * sweeps on every call.
 */
export function copySeats(seats: readonly SeatBatch[]): SeatBatch[] {
  if (seats.length === 1) return [copyBatch(seats[0] as SeatBatch)];
  const out: SeatBatch[] = [];
  for (const b of seats) out.push(copyBatch(b));
  return out;
}

function copyScheduled(c: ScheduledRenewal): ScheduledRenewal {
  const copy = {
    quantity: c.quantity,
    term: c.term,
    billingFrequency: c.billingFrequency,
    price: copyMoney(c.price),
  };
  return c.customTermEndDate === undefined
    ? copy
    : { ...copy, customTermEndDate: c.customTermEndDate };
}
