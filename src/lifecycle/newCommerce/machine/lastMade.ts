import type { Money } from '../../../pricing/money.ts';
import type { NewCommerceSubscription } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';

/**
 * The last New Commerce state a lifecycle function returned, and its `asOf` in epoch
 * milliseconds: a state sent straight back (a replay, a front end, a simulation) that still holds
 * exactly what it held skips the full check of `readState`, whatever it holds — a price key, an
 * Extended Service Term, a frequency change waiting. Returned states stay plain writable objects
 * (PURE-1), so a caller may change one: kept beside it are its fields (`held`, a shallow copy: a
 * replaced seat list, price or other object differs by identity) and what its objects hold
 * (`inside`: each nested object, by identity, then its fields). Any other value — a JSON copy, a
 * spread, a state changed at any depth — goes through the full check. One slot, nothing to grow or
 * collect; the lists are reused, so remembering and recognising a state allocate one object.
 */
let made: object = {};
let held: NewCommerceDraft | undefined;
let madeAsOfMs = 0;
const inside: unknown[] = [];
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
 * Writes every object nested in a state and every field of each, in one order: the seat batches,
 * the price, then the scheduled changes, the price key, a waiting frequency change, the Extended
 * Service Term's base and the term itself when the state has them. Run on a state whose fields are
 * the objects returned ({@link sameFields}); a seat batch may have been replaced by anything, so
 * it is read with `?.`. Every field the machine reads is here: a field added to a state's nested
 * objects is added here (the test of this file spoils every field and fails otherwise).
 *
 * @returns How many values were written.
 */
function readInside(s: NewCommerceDraft, out: unknown[]): number {
  let n = 0;
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
    s.extendedServiceTerm === h.extendedServiceTerm &&
    s.promotion === h.promotion &&
    s.notes === h.notes
  );
}

/** Remembers a New Commerce state a lifecycle function is about to return. */
export function rememberMade(state: NewCommerceDraft, asOfMs: number): NewCommerceSubscription {
  made = state;
  madeAsOfMs = asOfMs;
  held = { ...state };
  insideCount = readInside(state, inside);
  return state as NewCommerceSubscription;
}

/** The `asOf` of the state last returned, if `value` is it, unchanged; else `undefined`. */
export function madeAsOf(value: unknown): number | undefined {
  if (value !== made || held === undefined || !sameFields(value as NewCommerceDraft, held))
    return undefined;
  if (readInside(value as NewCommerceDraft, now) !== insideCount) return undefined;
  for (let i = 0; i < insideCount; i++) if (now[i] !== inside[i]) return undefined;
  return madeAsOfMs;
}
