import type { Money } from '../../../pricing/money.ts';
import type { NewCommerceSubscription, SeatBatch } from '../types.ts';
import { cloneState, type NewCommerceDraft } from './cloneState.ts';

/**
 * The state last returned, its private copy, and its nested objects by identity: a caller who
 * replaces one (by another object, an array, an object whose fields sit on its prototype) is
 * caught before its fields are compared. Built as one object literal per call, so keeping it is
 * one allocation and one write into this module's variables.
 */
interface Held {
  /** The state returned, compared by identity first. */
  readonly made: object;
  /** Its private copy, made by {@link cloneState}: the next call's draft. */
  readonly kept: NewCommerceDraft;
  readonly seats: readonly SeatBatch[];
  /** The first seat batch; the others (most states have one) in a list of their own. */
  readonly batch: SeatBatch | undefined;
  readonly batches: readonly SeatBatch[] | undefined;
  readonly price: Money | null;
  readonly scheduled: object | null;
  readonly scheduledPrice: Money | null | undefined;
  readonly priceKey: object | undefined;
  readonly pending: object | undefined;
  readonly pendingPrice: Money | undefined;
  readonly priceFrom: object | undefined;
  readonly priceFromPrice: Money | undefined;
  readonly base: object | undefined;
  readonly basePrice: Money | undefined;
  readonly est: object | undefined;
  readonly estPrice: Money | null | undefined;
  readonly promotion: object | undefined;
  readonly listPrice: Money | undefined;
}

/**
 * The last New Commerce state a lifecycle function returned, a private copy of it, and its `asOf`
 * in epoch milliseconds: a state sent straight back (a replay, a front end, a simulation) that
 * still holds exactly what it held skips the full check of `readState`, whatever it holds — a
 * price key, an Extended Service Term, a frequency change waiting. Returned states stay plain
 * writable objects (PURE-1; freezing a state and its nested objects measured ~70 ns an object,
 * more than this whole comparison), so a caller may change one: the copy (`kept`, made by
 * {@link cloneState}, exactly what the next call would copy the state into) holds every value it
 * had, and {@link Held} its nested objects by identity. Any other value — a JSON copy, a spread, a
 * state changed at any depth — goes through the full check. One slot, nothing to grow.
 *
 * `transition` takes the copy as its fresh draft ({@link takeMade}) instead of copying the state
 * again: the copy is made once, when the state is returned, and a state is forgotten once taken.
 */
let held: Held | undefined;
/** The made state's `asOf` in epoch ms, in a typed array so a write allocates nothing. */
const madeAsOfMs = /* @__PURE__ */ new Float64Array(1);

/** Whether a price holds what `kept` (the copy) holds; the price itself compared by identity before. */
function sameMoney(m: Money | null | undefined, k: Money | null | undefined): boolean {
  return m == null || (k != null && m.amount === k.amount && m.currency === k.currency);
}

/**
 * Whether `s` holds, at every depth, what the copy `k` holds, its nested objects being the ones
 * `h` holds. Every field the machine reads is here: a field added to a state or to its nested
 * objects is added here too (the test of this file spoils every field and fails otherwise).
 */
function same(s: NewCommerceDraft, k: NewCommerceDraft, h: Held): boolean {
  if (
    s.status !== k.status ||
    s.asOf !== k.asOf ||
    s.policyId !== k.policyId ||
    s.program !== k.program ||
    s.product !== k.product ||
    s.term !== k.term ||
    s.billingFrequency !== k.billingFrequency ||
    s.quantity !== k.quantity ||
    s.seats !== h.seats ||
    s.scheduled !== h.scheduled ||
    s.autoRenew !== k.autoRenew ||
    s.endOfTerm !== k.endOfTerm ||
    s.cancelAtRenewal !== k.cancelAtRenewal ||
    s.orderedAt !== k.orderedAt ||
    s.price !== h.price ||
    s.trialEndsAt !== k.trialEndsAt ||
    s.termAnchor !== k.termAnchor ||
    s.termNumber !== k.termNumber ||
    s.termStart !== k.termStart ||
    s.termEnd !== k.termEnd ||
    s.expiredAt !== k.expiredAt ||
    s.disabledAt !== k.disabledAt ||
    s.cancellableUntil !== k.cancellableUntil ||
    s.fullCreditUntil !== k.fullCreditUntil ||
    s.offerId !== k.offerId ||
    s.endOfSale !== k.endOfSale ||
    s.priceKey !== h.priceKey ||
    s.pendingBillingFrequency !== h.pending ||
    s.billingPeriodsFrom !== k.billingPeriodsFrom ||
    s.extendedServiceTermBase !== h.base ||
    s.extendedServiceTerm !== h.est ||
    s.promotion !== h.promotion ||
    s.notes !== undefined
  )
    return false;
  // the nested objects are the ones returned (compared above): now their fields, with the copy's
  if (!sameMoney(s.price, k.price)) return false;
  const c = s.scheduled;
  if (c !== null) {
    const kc = k.scheduled as NonNullable<NewCommerceDraft['scheduled']>;
    if (
      c.quantity !== kc.quantity ||
      c.term !== kc.term ||
      c.billingFrequency !== kc.billingFrequency ||
      c.customTermEndDate !== kc.customTermEndDate ||
      c.price !== h.scheduledPrice ||
      !sameMoney(c.price, kc.price)
    )
      return false;
  }
  const key = s.priceKey;
  if (key !== undefined) {
    const kk = k.priceKey as NonNullable<NewCommerceDraft['priceKey']>;
    if (
      key.ProductId !== kk.ProductId ||
      key.SkuId !== kk.SkuId ||
      key.Market !== kk.Market ||
      key.Currency !== kk.Currency ||
      key.Segment !== kk.Segment
    )
      return false;
  }
  const p = s.pendingBillingFrequency;
  if (p !== undefined) {
    const kp = k.pendingBillingFrequency as NonNullable<
      NewCommerceDraft['pendingBillingFrequency']
    >;
    if (
      p.billingFrequency !== kp.billingFrequency ||
      p.from !== kp.from ||
      p.price !== h.pendingPrice ||
      !sameMoney(p.price, kp.price)
    )
      return false;
    const f = p.priceFrom;
    if (f !== h.priceFrom) return false;
    if (f !== undefined) {
      const kf = kp.priceFrom as NonNullable<typeof kp.priceFrom>;
      if (
        f.effectiveStartDate !== kf.effectiveStartDate ||
        f.unitPrice !== kf.unitPrice ||
        f.periodPrice !== h.priceFromPrice ||
        !sameMoney(f.periodPrice, kf.periodPrice)
      )
        return false;
    }
  }
  const base = s.extendedServiceTermBase;
  if (base !== undefined) {
    const kb = k.extendedServiceTermBase as NonNullable<
      NewCommerceDraft['extendedServiceTermBase']
    >;
    if (
      base.monthlyPlan !== kb.monthlyPlan ||
      base.basePrice !== h.basePrice ||
      !sameMoney(base.basePrice, kb.basePrice)
    )
      return false;
  }
  const e = s.extendedServiceTerm;
  if (e !== undefined) {
    const ke = k.extendedServiceTerm as NonNullable<NewCommerceDraft['extendedServiceTerm']>;
    if (
      e.since !== ke.since ||
      e.uplift !== ke.uplift ||
      e.basePrice !== h.estPrice ||
      !sameMoney(e.basePrice, ke.basePrice)
    )
      return false;
  }
  const o = s.promotion;
  if (o !== undefined) {
    const ko = k.promotion as NonNullable<NewCommerceDraft['promotion']>;
    if (
      o.promotionId !== ko.promotionId ||
      o.value !== ko.value ||
      o.startDate !== ko.startDate ||
      o.endDate !== ko.endDate ||
      o.listPrice !== h.listPrice ||
      !sameMoney(o.listPrice, ko.listPrice)
    )
      return false;
  }
  const seats = s.seats;
  const batches = h.batches;
  const copies = k.seats;
  if (seats.length !== copies.length) return false;
  for (let i = 0; i < seats.length; i++) {
    // a batch replaced by anything differs by identity before its fields are read
    const b = seats[i] as SeatBatch;
    const kb = copies[i] as SeatBatch;
    if (
      b !== (i === 0 ? h.batch : batches?.[i]) ||
      b.quantity !== kb.quantity ||
      b.addedAt !== kb.addedAt ||
      b.reducibleUntil !== kb.reducibleUntil
    )
      return false;
  }
  return true;
}

/**
 * Remembers a New Commerce state a lifecycle function is about to return, with a private copy of
 * it. A state holding a purchase's notes (which the copy never carries on) is not remembered.
 */
export function rememberMade(state: NewCommerceDraft, asOfMs: number): NewCommerceSubscription {
  if (state.notes !== undefined) {
    held = undefined;
    return state as NewCommerceSubscription;
  }
  const pending = state.pendingBillingFrequency;
  const priceFrom = pending?.priceFrom;
  madeAsOfMs[0] = asOfMs;
  // one write into this module's variables: a fresh object written into a long-lived one costs a
  // write barrier's slow path (~50 instructions), so the state, its copy and its nested objects go
  // into one literal
  held = {
    made: state,
    kept: cloneState(state as NewCommerceSubscription),
    seats: state.seats,
    batch: state.seats[0],
    batches: state.seats.length > 1 ? state.seats.slice() : undefined,
    price: state.price,
    scheduled: state.scheduled,
    scheduledPrice: state.scheduled?.price,
    priceKey: state.priceKey,
    pending,
    pendingPrice: pending?.price,
    priceFrom,
    priceFromPrice: priceFrom?.periodPrice,
    base: state.extendedServiceTermBase,
    basePrice: state.extendedServiceTermBase?.basePrice,
    est: state.extendedServiceTerm,
    estPrice: state.extendedServiceTerm?.basePrice,
    promotion: state.promotion,
    listPrice: state.promotion?.listPrice,
  };
  return state as NewCommerceSubscription;
}

/** The `asOf` of the state last returned, if `value` is it, unchanged; else `undefined`. */
export function madeAsOf(value: unknown): number | undefined {
  const h = held;
  return h !== undefined && value === h.made && same(value as NewCommerceDraft, h.kept, h)
    ? (madeAsOfMs[0] as number)
    : undefined;
}

/**
 * The private copy of the state last returned, if `value` is it, unchanged — a fresh draft
 * holding exactly what `cloneState(value)` would, for the caller to fill in — and its `asOf` in
 * epoch ms at `asOfMs[0]`; else `undefined`. The state is forgotten: the copy is the caller's now,
 * so a state sent again after a refusal is checked in full.
 */
export function takeMade(value: unknown, asOfMs: Float64Array): NewCommerceDraft | undefined {
  const h = held;
  if (h === undefined || value !== h.made || !same(value as NewCommerceDraft, h.kept, h))
    return undefined;
  asOfMs[0] = madeAsOfMs[0] as number;
  held = undefined;
  return h.kept;
}
