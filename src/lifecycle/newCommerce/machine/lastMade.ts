import type { Money } from '../../../pricing/money.ts';
import type { NewCommerceSubscription, SeatBatch } from '../types.ts';
import { cloneState, type NewCommerceDraft } from './cloneState.ts';

/**
 * The last New Commerce state a lifecycle function returned, and its `asOf` in epoch
 * milliseconds: a state sent straight back (a replay, a front end, a simulation) that still holds
 * exactly what it held skips the full check of `readState`, whatever it holds — a price key, an
 * Extended Service Term, a frequency change waiting. Returned states stay plain writable objects
 * (PURE-1), so a caller may change one: kept beside it are the objects it held (`held`, a shallow
 * copy: a replaced seat list, price or other object differs by identity) and a deep copy of their
 * contents (`inside`, `cloneState`'s: a field written inside one differs by value). Any other value
 * — a JSON copy, a spread, a state changed at any depth — goes through the full check. One slot,
 * nothing to grow or collect.
 */
let made: object = {};
let held: NewCommerceDraft | undefined;
let inside: NewCommerceDraft | undefined;
let madeAsOfMs = 0;

/**
 * Whether a price inside an object holds the copy's amount and currency. It may be another object
 * than the one returned: one that `readMoney` would refuse (an array, a function) never matches.
 */
function sameMoney(a: Money | null | undefined, b: Money | null | undefined): boolean {
  return a == null || b == null
    ? a === b
    : typeof a === 'object' &&
        !Array.isArray(a) &&
        a.amount === b.amount &&
        a.currency === b.currency;
}

/** Whether the seat batches hold what the copy's do, batch by batch (a batch replaced by null or a hole never matches). */
function sameSeats(a: readonly SeatBatch[], b: readonly SeatBatch[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) {
    const x = a[i] as SeatBatch | null | undefined;
    const y = b[i] as SeatBatch;
    if (
      typeof x !== 'object' ||
      x === null ||
      x.quantity !== y.quantity ||
      x.addedAt !== y.addedAt ||
      x.reducibleUntil !== y.reducibleUntil
    )
      return false;
  }
  return true;
}

/** Every field of `s` as `h` holds it, the nested objects by identity. */
function sameFields(s: NewCommerceDraft, h: NewCommerceDraft): boolean {
  return (
    s.status === h.status &&
    s.asOf === h.asOf &&
    s.policyId === h.policyId &&
    s.program === h.program &&
    s.product === h.product &&
    s.term === h.term &&
    s.billingFrequency === h.billingFrequency &&
    s.quantity === h.quantity &&
    s.seats === h.seats &&
    s.scheduled === h.scheduled &&
    s.autoRenew === h.autoRenew &&
    s.endOfTerm === h.endOfTerm &&
    s.cancelAtRenewal === h.cancelAtRenewal &&
    s.orderedAt === h.orderedAt &&
    s.price === h.price &&
    s.trialEndsAt === h.trialEndsAt &&
    s.termAnchor === h.termAnchor &&
    s.termNumber === h.termNumber &&
    s.termStart === h.termStart &&
    s.termEnd === h.termEnd &&
    s.expiredAt === h.expiredAt &&
    s.disabledAt === h.disabledAt &&
    s.cancellableUntil === h.cancellableUntil &&
    s.fullCreditUntil === h.fullCreditUntil &&
    s.offerId === h.offerId &&
    s.priceKey === h.priceKey &&
    s.pendingBillingFrequency === h.pendingBillingFrequency &&
    s.billingPeriodsFrom === h.billingPeriodsFrom &&
    s.extendedServiceTermBase === h.extendedServiceTermBase &&
    s.extendedServiceTerm === h.extendedServiceTerm
  );
}

/**
 * Whether the nested objects of `s` (the same objects as returned, {@link sameFields}) still hold
 * what the deep copy `c` holds. The rare ones are read only when the state has them.
 */
function sameInside(s: NewCommerceDraft, c: NewCommerceDraft): boolean {
  if (!sameSeats(s.seats, c.seats) || !sameMoney(s.price, c.price)) return false;
  const a = s.scheduled;
  const b = c.scheduled;
  if (
    a !== null &&
    (b === null ||
      a.quantity !== b.quantity ||
      a.term !== b.term ||
      a.billingFrequency !== b.billingFrequency ||
      !sameMoney(a.price, b.price) ||
      a.customTermEndDate !== b.customTermEndDate)
  )
    return false;
  const k = s.priceKey;
  const l = c.priceKey;
  if (
    k !== undefined &&
    (l === undefined ||
      k.ProductId !== l.ProductId ||
      k.SkuId !== l.SkuId ||
      k.Market !== l.Market ||
      k.Currency !== l.Currency ||
      k.Segment !== l.Segment)
  )
    return false;
  const p = s.pendingBillingFrequency;
  const q = c.pendingBillingFrequency;
  if (
    p !== undefined &&
    (q === undefined ||
      p.billingFrequency !== q.billingFrequency ||
      p.from !== q.from ||
      !sameMoney(p.price, q.price))
  )
    return false;
  const base = s.extendedServiceTermBase;
  const copy = c.extendedServiceTermBase;
  if (
    base !== undefined &&
    (copy === undefined ||
      base.monthlyPlan !== copy.monthlyPlan ||
      !sameMoney(base.basePrice, copy.basePrice))
  )
    return false;
  const e = s.extendedServiceTerm;
  const f = c.extendedServiceTerm;
  return (
    e === undefined ||
    (f !== undefined &&
      e.since === f.since &&
      e.uplift === f.uplift &&
      sameMoney(e.basePrice, f.basePrice))
  );
}

/** Remembers a New Commerce state a lifecycle function is about to return. */
export function rememberMade(state: NewCommerceDraft, asOfMs: number): NewCommerceSubscription {
  made = state;
  madeAsOfMs = asOfMs;
  held = { ...state };
  inside = cloneState(state as NewCommerceSubscription);
  return state as NewCommerceSubscription;
}

/** The `asOf` of the state last returned, if `value` is it, unchanged; else `undefined`. */
export function madeAsOf(value: unknown): number | undefined {
  return value === made &&
    held !== undefined &&
    inside !== undefined &&
    sameFields(value as NewCommerceDraft, held) &&
    sameInside(value as NewCommerceDraft, inside)
    ? madeAsOfMs
    : undefined;
}
