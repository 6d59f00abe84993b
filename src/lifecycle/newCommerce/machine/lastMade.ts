import type { Money } from '../../../pricing/money.ts';
import type { NewCommerceSubscription } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';

/**
 * The last New Commerce state a lifecycle function returned, and its `asOf` in epoch
 * milliseconds: a state sent straight back (a replay, a front end, a simulation) that still holds
 * exactly what it held skips the full check of `readState`, whatever it holds — a price key, an
 * Extended Service Term, a frequency change waiting. Returned states stay plain writable objects
 * (PURE-1), so a caller may change one: kept beside it, in one reused list (`inside`), are its
 * fields (a replaced seat list, price or other object differs by identity), then each nested
 * object, by identity, and its fields. Any other value — a JSON copy, a spread, a state changed
 * at any depth — goes through the full check. One slot, nothing to grow or collect; the lists are
 * reused, so remembering and recognising a state allocate nothing.
 */
let made: object = {};
let madeAsOfMs = 0;
const inside: unknown[] = [];
let topCount = 0;
let insideCount = 0;

/**
 * Whether {@link readInside} compares what it reads with what `out` holds (setting `differs` at
 * the first value that is not the same) instead of writing it: one walk for remembering a state
 * and recognising it, so the two can never read different fields.
 */
let comparing = false;
let differs = false;

/** Writes `v` at `n`, or compares it with what is there; returns the next index. */
function put(v: unknown, out: unknown[], n: number): number {
  if (!comparing) out[n] = v;
  else if (out[n] !== v) differs = true;
  return n + 1;
}

/** Puts a price (or null, or nothing) and its fields at `n`; returns the next index. */
function putMoney(m: Money | null | undefined, out: unknown[], n: number): number {
  n = put(m, out, n);
  if (m == null) return n;
  n = put(m.amount, out, n);
  return put(m.currency, out, n);
}

/**
 * Puts every object nested in a state and every field of each, in one order, from `from`: the
 * seat batches, the price, then the scheduled changes, the price key, a waiting frequency change
 * (and the list row its price came from), the Extended Service Term's base and the term itself,
 * a promotion and a purchase's notes when the state has them. Run on a state whose fields are the
 * objects returned (compared by {@link topChanged} first); a seat batch or a note may have been
 * replaced by anything, so it is read with `?.`. Every field the machine reads is here: a field added to a state's nested
 * objects is added here (the test of this file spoils every field and fails otherwise).
 *
 * @returns The index after the last value put.
 */
function readInside(s: NewCommerceDraft, out: unknown[], from: number): number {
  let n = from;
  const seats = s.seats;
  for (let i = 0; i < seats.length; i++) {
    const b = seats[i];
    n = put(b, out, n);
    n = put(b?.quantity, out, n);
    n = put(b?.addedAt, out, n);
    n = put(b?.reducibleUntil, out, n);
  }
  n = putMoney(s.price, out, n);
  const c = s.scheduled;
  if (c !== null) {
    n = put(c.quantity, out, n);
    n = put(c.term, out, n);
    n = put(c.billingFrequency, out, n);
    n = put(c.customTermEndDate, out, n);
    n = putMoney(c.price, out, n);
  }
  const k = s.priceKey;
  if (k !== undefined) {
    n = put(k.ProductId, out, n);
    n = put(k.SkuId, out, n);
    n = put(k.Market, out, n);
    n = put(k.Currency, out, n);
    n = put(k.Segment, out, n);
  }
  const p = s.pendingBillingFrequency;
  if (p !== undefined) {
    n = put(p.billingFrequency, out, n);
    n = put(p.from, out, n);
    n = putMoney(p.price, out, n);
    const f = p.priceFrom;
    n = put(f, out, n);
    if (f != null) {
      n = put(f.effectiveStartDate, out, n);
      n = put(f.unitPrice, out, n);
      n = putMoney(f.periodPrice, out, n);
    }
  }
  const base = s.extendedServiceTermBase;
  if (base !== undefined) {
    n = put(base.monthlyPlan, out, n);
    n = putMoney(base.basePrice, out, n);
  }
  const e = s.extendedServiceTerm;
  if (e !== undefined) {
    n = put(e.since, out, n);
    n = put(e.uplift, out, n);
    n = putMoney(e.basePrice, out, n);
  }
  const o = s.promotion;
  if (o !== undefined) {
    n = put(o.promotionId, out, n);
    n = put(o.value, out, n);
    n = put(o.startDate, out, n);
    n = put(o.endDate, out, n);
    n = putMoney(o.listPrice, out, n);
  }
  const notes = s.notes;
  if (notes !== undefined)
    for (let i = 0; i < notes.length; i++) {
      const note = notes[i] as NonNullable<typeof notes>[number];
      n = put(note?.messageId, out, n);
      n = put(note?.message, out, n);
    }
  return n;
}

/** Writes every field of `s`, the nested objects by identity, from 0; returns how many. */
function readTop(s: NewCommerceDraft, out: unknown[]): number {
  out[0] = s.status;
  out[1] = s.asOf;
  out[2] = s.policyId;
  out[3] = s.program;
  out[4] = s.product;
  out[5] = s.term;
  out[6] = s.billingFrequency;
  out[7] = s.quantity;
  out[8] = s.seats;
  out[9] = s.scheduled;
  out[10] = s.autoRenew;
  out[11] = s.endOfTerm;
  out[12] = s.cancelAtRenewal;
  out[13] = s.orderedAt;
  out[14] = s.price;
  out[15] = s.trialEndsAt;
  out[16] = s.termAnchor;
  out[17] = s.termNumber;
  out[18] = s.termStart;
  out[19] = s.termEnd;
  out[20] = s.expiredAt;
  out[21] = s.disabledAt;
  out[22] = s.cancellableUntil;
  out[23] = s.fullCreditUntil;
  out[24] = s.offerId;
  out[25] = s.priceKey;
  out[26] = s.pendingBillingFrequency;
  out[27] = s.billingPeriodsFrom;
  out[28] = s.extendedServiceTermBase;
  out[29] = s.extendedServiceTerm;
  out[30] = s.promotion;
  out[31] = s.notes;
  return 32;
}

/** Whether a field of `s` differs from what {@link readTop} wrote into `h` (nested objects by identity). */
function topChanged(s: NewCommerceDraft, h: readonly unknown[]): boolean {
  return (
    s.status !== h[0] ||
    s.asOf !== h[1] ||
    s.policyId !== h[2] ||
    s.program !== h[3] ||
    s.product !== h[4] ||
    s.term !== h[5] ||
    s.billingFrequency !== h[6] ||
    s.quantity !== h[7] ||
    s.seats !== h[8] ||
    s.scheduled !== h[9] ||
    s.autoRenew !== h[10] ||
    s.endOfTerm !== h[11] ||
    s.cancelAtRenewal !== h[12] ||
    s.orderedAt !== h[13] ||
    s.price !== h[14] ||
    s.trialEndsAt !== h[15] ||
    s.termAnchor !== h[16] ||
    s.termNumber !== h[17] ||
    s.termStart !== h[18] ||
    s.termEnd !== h[19] ||
    s.expiredAt !== h[20] ||
    s.disabledAt !== h[21] ||
    s.cancellableUntil !== h[22] ||
    s.fullCreditUntil !== h[23] ||
    s.offerId !== h[24] ||
    s.priceKey !== h[25] ||
    s.pendingBillingFrequency !== h[26] ||
    s.billingPeriodsFrom !== h[27] ||
    s.extendedServiceTermBase !== h[28] ||
    s.extendedServiceTerm !== h[29] ||
    s.promotion !== h[30] ||
    s.notes !== h[31]
  );
}

/** Remembers a New Commerce state a lifecycle function is about to return. */
export function rememberMade(state: NewCommerceDraft, asOfMs: number): NewCommerceSubscription {
  made = state;
  madeAsOfMs = asOfMs;
  topCount = readTop(state, inside);
  insideCount = readInside(state, inside, topCount);
  return state as NewCommerceSubscription;
}

/** The `asOf` of the state last returned, if `value` is it, unchanged; else `undefined`. */
export function madeAsOf(value: unknown): number | undefined {
  if (value !== made) return undefined;
  const s = value as NewCommerceDraft;
  if (topChanged(s, inside)) return undefined;
  comparing = true;
  differs = false;
  const n = readInside(s, inside, topCount);
  comparing = false;
  return differs || n !== insideCount ? undefined : madeAsOfMs;
}
