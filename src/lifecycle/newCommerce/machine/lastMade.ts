import type { Money } from '../../../pricing/money.ts';
import type { NewCommerceSubscription } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';

/**
 * The last New Commerce state a lifecycle function returned, and its `asOf` in epoch
 * milliseconds: a state sent straight back (a replay, a front end, a simulation) that still holds
 * exactly what it held skips the full check of `readState`, whatever it holds — a price key, an
 * Extended Service Term, a frequency change waiting. Returned states stay plain writable objects
 * (PURE-1), so a caller may change one: kept beside it, in one reused list (`held`), are its
 * fields (a replaced seat list, price or other object differs by identity), then the fields of
 * each nested object. Any other value — a JSON copy, a spread, a state changed at any depth —
 * goes through the full check. One slot, nothing to grow or collect; the list is reused, so
 * remembering and recognising a state allocate nothing.
 *
 * The list has one fixed place for every field: the state's 32 (0–31), then its price's (32–33),
 * the scheduled changes' (34–40), the price key's (41–45), a waiting frequency change's and its
 * list row's (46–56), the Extended Service Term's base (57–60) and the term's (61–65), the
 * promotion's (66–72), then the seat batches (their count at 73, four places each) and a
 * purchase's notes (their count, three places each). {@link remember} writes them and {@link same}
 * compares them, line for line in one order; a nested object that is absent has nothing written
 * and nothing compared (its absence is one of the 32 fields). Every field the machine reads is
 * here: a field added to a state's nested objects is added to both (the test of this file spoils
 * every field and fails otherwise).
 */
let made: object = {};
/** The made state's `asOf` in epoch ms, in a typed array so a write allocates nothing. */
const madeAsOfMs = /* @__PURE__ */ new Float64Array(1);
const held: unknown[] = Array(80).fill(undefined);
let heldCount = 0;

/** The place of the seat batches' count in {@link held}. */
const SEATS = 73;

/** Writes every field of `s` and of each object it holds into {@link held}; returns how many. */
function remember(s: NewCommerceDraft, h: unknown[]): number {
  h[0] = s.status;
  h[1] = s.asOf;
  h[2] = s.policyId;
  h[3] = s.program;
  h[4] = s.product;
  h[5] = s.term;
  h[6] = s.billingFrequency;
  h[7] = s.quantity;
  h[8] = s.seats;
  h[9] = s.scheduled;
  h[10] = s.autoRenew;
  h[11] = s.endOfTerm;
  h[12] = s.cancelAtRenewal;
  h[13] = s.orderedAt;
  h[14] = s.price;
  h[15] = s.trialEndsAt;
  h[16] = s.termAnchor;
  h[17] = s.termNumber;
  h[18] = s.termStart;
  h[19] = s.termEnd;
  h[20] = s.expiredAt;
  h[21] = s.disabledAt;
  h[22] = s.cancellableUntil;
  h[23] = s.fullCreditUntil;
  h[24] = s.offerId;
  h[25] = s.priceKey;
  h[26] = s.pendingBillingFrequency;
  h[27] = s.billingPeriodsFrom;
  h[28] = s.extendedServiceTermBase;
  h[29] = s.extendedServiceTerm;
  h[30] = s.promotion;
  h[31] = s.notes;
  const price = s.price;
  if (price !== null) {
    h[32] = price.amount;
    h[33] = price.currency;
  }
  const c = s.scheduled;
  if (c !== null) {
    h[34] = c.quantity;
    h[35] = c.term;
    h[36] = c.billingFrequency;
    h[37] = c.customTermEndDate;
    writeMoney(c.price, h, 38);
  }
  const k = s.priceKey;
  if (k !== undefined) {
    h[41] = k.ProductId;
    h[42] = k.SkuId;
    h[43] = k.Market;
    h[44] = k.Currency;
    h[45] = k.Segment;
  }
  const p = s.pendingBillingFrequency;
  if (p !== undefined) {
    h[46] = p.billingFrequency;
    h[47] = p.from;
    writeMoney(p.price, h, 48);
    const f = p.priceFrom;
    h[51] = f;
    if (f != null) {
      h[52] = f.effectiveStartDate;
      h[53] = f.unitPrice;
      writeMoney(f.periodPrice, h, 54);
    }
  }
  const base = s.extendedServiceTermBase;
  if (base !== undefined) {
    h[57] = base.monthlyPlan;
    writeMoney(base.basePrice, h, 58);
  }
  const e = s.extendedServiceTerm;
  if (e !== undefined) {
    h[61] = e.since;
    h[62] = e.uplift;
    writeMoney(e.basePrice, h, 63);
  }
  const o = s.promotion;
  if (o !== undefined) {
    h[66] = o.promotionId;
    h[67] = o.value;
    h[68] = o.startDate;
    h[69] = o.endDate;
    writeMoney(o.listPrice, h, 70);
  }
  const seats = s.seats;
  h[SEATS] = seats.length;
  let n = SEATS + 1;
  for (let i = 0; i < seats.length; i++) {
    const b = seats[i] as NewCommerceDraft['seats'][number];
    h[n] = b;
    h[n + 1] = b.quantity;
    h[n + 2] = b.addedAt;
    h[n + 3] = b.reducibleUntil;
    n += 4;
  }
  const notes = s.notes;
  if (notes !== undefined) {
    h[n++] = notes.length;
    for (let i = 0; i < notes.length; i++) {
      const note = notes[i] as NonNullable<typeof notes>[number];
      h[n] = note;
      h[n + 1] = note.messageId;
      h[n + 2] = note.message;
      n += 3;
    }
  }
  return n;
}

/** Writes a price (or null) and its two fields at `n` … `n + 2`. */
function writeMoney(m: Money | null, h: unknown[], n: number): void {
  h[n] = m;
  if (m !== null) {
    h[n + 1] = m.amount;
    h[n + 2] = m.currency;
  }
}

/** Whether a price holds what {@link writeMoney} wrote at `n` (the price itself by identity). */
function sameMoney(m: Money | null, h: readonly unknown[], n: number): boolean {
  return m === h[n] && (m === null || (m.amount === h[n + 1] && m.currency === h[n + 2]));
}

/** Whether `s` holds, at every depth, what {@link remember} wrote into `h` (`count` places). */
function same(s: NewCommerceDraft, h: readonly unknown[], count: number): boolean {
  if (
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
  )
    return false;
  // the nested objects are the ones written (compared above): now their fields
  const price = s.price;
  if (price !== null && (price.amount !== h[32] || price.currency !== h[33])) return false;
  const c = s.scheduled;
  if (
    c !== null &&
    (c.quantity !== h[34] ||
      c.term !== h[35] ||
      c.billingFrequency !== h[36] ||
      c.customTermEndDate !== h[37] ||
      !sameMoney(c.price, h, 38))
  )
    return false;
  const k = s.priceKey;
  if (
    k !== undefined &&
    (k.ProductId !== h[41] ||
      k.SkuId !== h[42] ||
      k.Market !== h[43] ||
      k.Currency !== h[44] ||
      k.Segment !== h[45])
  )
    return false;
  const p = s.pendingBillingFrequency;
  if (p !== undefined) {
    if (p.billingFrequency !== h[46] || p.from !== h[47] || !sameMoney(p.price, h, 48))
      return false;
    const f = p.priceFrom;
    if (f !== h[51]) return false;
    if (
      f != null &&
      (f.effectiveStartDate !== h[52] || f.unitPrice !== h[53] || !sameMoney(f.periodPrice, h, 54))
    )
      return false;
  }
  const base = s.extendedServiceTermBase;
  if (base !== undefined && (base.monthlyPlan !== h[57] || !sameMoney(base.basePrice, h, 58)))
    return false;
  const e = s.extendedServiceTerm;
  if (
    e !== undefined &&
    (e.since !== h[61] || e.uplift !== h[62] || !sameMoney(e.basePrice, h, 63))
  )
    return false;
  const o = s.promotion;
  if (
    o !== undefined &&
    (o.promotionId !== h[66] ||
      o.value !== h[67] ||
      o.startDate !== h[68] ||
      o.endDate !== h[69] ||
      !sameMoney(o.listPrice, h, 70))
  )
    return false;
  const seats = s.seats;
  if (seats.length !== h[SEATS]) return false;
  let n = SEATS + 1;
  for (let i = 0; i < seats.length; i++) {
    // a batch replaced by anything differs by identity before its fields are read
    const b = seats[i] as NewCommerceDraft['seats'][number];
    if (
      b !== h[n] ||
      b.quantity !== h[n + 1] ||
      b.addedAt !== h[n + 2] ||
      b.reducibleUntil !== h[n + 3]
    )
      return false;
    n += 4;
  }
  const notes = s.notes;
  if (notes !== undefined) {
    if (notes.length !== h[n++]) return false;
    for (let i = 0; i < notes.length; i++) {
      const note = notes[i] as NonNullable<typeof notes>[number];
      if (note !== h[n] || note.messageId !== h[n + 1] || note.message !== h[n + 2]) return false;
      n += 3;
    }
  }
  return n === count;
}

/** Remembers a New Commerce state a lifecycle function is about to return. */
export function rememberMade(state: NewCommerceDraft, asOfMs: number): NewCommerceSubscription {
  made = state;
  madeAsOfMs[0] = asOfMs;
  heldCount = remember(state, held);
  return state as NewCommerceSubscription;
}

/** The `asOf` of the state last returned, if `value` is it, unchanged; else `undefined`. */
export function madeAsOf(value: unknown): number | undefined {
  return value === made && same(value as NewCommerceDraft, held, heldCount)
    ? (madeAsOfMs[0] as number)
    : undefined;
}
