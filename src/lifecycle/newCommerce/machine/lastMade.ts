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
/** What the state sent back holds inside, read in the same order. */
const now: unknown[] = [];

/** Writes a price (or null, or nothing) and its fields at `n`; returns the next index. */
function putMoney(m: Money | null | undefined, out: unknown[], n: number): number {
  out[n] = m;
  if (m == null) return n + 1;
  out[n + 1] = m.amount;
  out[n + 2] = m.currency;
  return n + 3;
}

/**
 * Writes every object nested in a state and every field of each, in one order, from `from`: the seat batches,
 * the price, then the scheduled changes, the price key, a waiting frequency change, the Extended
 * Service Term's base and the term itself when the state has them. Run on a state whose fields are
 * the objects returned (compared by {@link readTop} first); a seat batch may have been replaced by anything, so
 * it is read with `?.`. Every field the machine reads is here: a field added to a state's nested
 * objects is added here (the test of this file spoils every field and fails otherwise).
 *
 * @returns How many values were written.
 */
function readInside(s: NewCommerceDraft, out: unknown[], from: number): number {
  let n = from;
  const seats = s.seats;
  for (let i = 0; i < seats.length; i++) {
    const b = seats[i];
    out[n++] = b;
    out[n++] = b?.quantity;
    out[n++] = b?.addedAt;
    out[n++] = b?.reducibleUntil;
  }
  n = putMoney(s.price, out, n);
  const c = s.scheduled;
  if (c !== null) {
    out[n++] = c.quantity;
    out[n++] = c.term;
    out[n++] = c.billingFrequency;
    out[n++] = c.customTermEndDate;
    n = putMoney(c.price, out, n);
  }
  const k = s.priceKey;
  if (k !== undefined) {
    out[n++] = k.ProductId;
    out[n++] = k.SkuId;
    out[n++] = k.Market;
    out[n++] = k.Currency;
    out[n++] = k.Segment;
  }
  const p = s.pendingBillingFrequency;
  if (p !== undefined) {
    out[n++] = p.billingFrequency;
    out[n++] = p.from;
    n = putMoney(p.price, out, n);
  }
  const base = s.extendedServiceTermBase;
  if (base !== undefined) {
    out[n++] = base.monthlyPlan;
    n = putMoney(base.basePrice, out, n);
  }
  const e = s.extendedServiceTerm;
  if (e !== undefined) {
    out[n++] = e.since;
    out[n++] = e.uplift;
    n = putMoney(e.basePrice, out, n);
  }
  const o = s.promotion;
  if (o !== undefined) {
    out[n++] = o.promotionId;
    out[n++] = o.value;
    out[n++] = o.startDate;
    out[n++] = o.endDate;
    n = putMoney(o.listPrice, out, n);
  }
  const notes = s.notes;
  if (notes !== undefined)
    for (let i = 0; i < notes.length; i++) {
      const note = notes[i] as NonNullable<typeof notes>[number];
      out[n++] = note.messageId;
      out[n++] = note.message;
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
  readTop(s, now);
  for (let i = 0; i < topCount; i++) if (now[i] !== inside[i]) return undefined;
  if (readInside(s, now, topCount) !== insideCount) return undefined;
  for (let i = topCount; i < insideCount; i++) if (now[i] !== inside[i]) return undefined;
  return madeAsOfMs;
}
