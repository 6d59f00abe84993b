import type { Money } from '../../../pricing/money.ts';
import type { NewCommerceSubscription, SeatBatch } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';

/**
 * The last New Commerce state a lifecycle function returned, and its `asOf` in epoch
 * milliseconds: a state sent straight back (a replay, a front end, a simulation) that still holds
 * exactly what it held skips the full check of `readState`, whatever it holds — a price key, an
 * Extended Service Term, a frequency change waiting. Returned states stay plain writable objects
 * (PURE-1), so a caller may change one: kept beside it is everything it holds ({@link readAll}),
 * compared with `===` when it comes back. Any other value — a JSON copy, a spread, a state
 * changed at any depth — goes through the full check. One slot, nothing to grow or collect; the
 * two lists are reused, so remembering and recognising a state allocate nothing.
 */
let made: object = {};
let madeAsOfMs = 0;
const held: unknown[] = [];
let heldCount = 0;
/** What the state sent back holds, read in the same order. */
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
 * Writes everything a state holds, in one order: each field (a nested object by identity, so a
 * replaced one differs), then the fields of each nested object — the seat batches, the price, the
 * scheduled changes, the price key, a waiting frequency change, the Extended Service Term's base
 * and the term itself when the state has them. Whatever a caller wrote there, nothing here throws
 * (`?.`, `== null`). Every field the machine reads is here: a field added to a state is added here
 * (the test of this file spoils every field and fails otherwise).
 *
 * @returns How many values were written.
 */
function readAll(s: NewCommerceDraft, out: unknown[]): number {
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
  let n = 30;
  const seats = s.seats;
  if (Array.isArray(seats))
    for (let i = 0; i < seats.length; i++) {
      const b = seats[i] as SeatBatch | null | undefined;
      out[n++] = b;
      out[n++] = b?.quantity;
      out[n++] = b?.addedAt;
      out[n++] = b?.reducibleUntil;
    }
  n = putMoney(s.price, out, n);
  const c = s.scheduled;
  if (c != null) {
    out[n++] = c.quantity;
    out[n++] = c.term;
    out[n++] = c.billingFrequency;
    out[n++] = c.customTermEndDate;
    n = putMoney(c.price, out, n);
  }
  const k = s.priceKey;
  if (k != null) {
    out[n++] = k.ProductId;
    out[n++] = k.SkuId;
    out[n++] = k.Market;
    out[n++] = k.Currency;
    out[n++] = k.Segment;
  }
  const p = s.pendingBillingFrequency;
  if (p != null) {
    out[n++] = p.billingFrequency;
    out[n++] = p.from;
    n = putMoney(p.price, out, n);
  }
  const base = s.extendedServiceTermBase;
  if (base != null) {
    out[n++] = base.monthlyPlan;
    n = putMoney(base.basePrice, out, n);
  }
  const e = s.extendedServiceTerm;
  if (e != null) {
    out[n++] = e.since;
    out[n++] = e.uplift;
    n = putMoney(e.basePrice, out, n);
  }
  return n;
}

/** Remembers a New Commerce state a lifecycle function is about to return. */
export function rememberMade(state: NewCommerceDraft, asOfMs: number): NewCommerceSubscription {
  made = state;
  madeAsOfMs = asOfMs;
  heldCount = readAll(state, held);
  return state as NewCommerceSubscription;
}

/** The `asOf` of the state last returned, if `value` is it, unchanged; else `undefined`. */
export function madeAsOf(value: unknown): number | undefined {
  if (value !== made || readAll(value as NewCommerceDraft, now) !== heldCount) return undefined;
  for (let i = 0; i < heldCount; i++) if (now[i] !== held[i]) return undefined;
  return madeAsOfMs;
}
