import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, differenceInCalendarDays, startOfDay } from 'date-fns';
import fc from 'fast-check';
import type { NewCommerceEvent, NewCommerceSubscription } from 'subscription-rules';
import {
  advance,
  createSubscription,
  refundableQuantity,
  transition,
  upgrade,
} from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../_errors.ts';

const DAY = 86_400_000;
const PRICE = 1000;
const APRIL_2025 = Date.UTC(2025, 3, 1);
const MAY_4_2026 = Date.UTC(2026, 4, 4);

/**
 * A deliberately simple model of the New Commerce rules for a licence-based subscription billed
 * monthly under partner-center-nce-2023-01 and -2025-04 (7 calendar days): plain numbers, date-fns
 * for the calendar, Partner Center's formula written again with bigint — none of the library's
 * code. It moves to a longer term now (MID-1) and, for a P3Y term asked before 2025-04-01,
 * switches monthly ⇄ annual from the next billing period (MID-2), the last period cut short by
 * the term's end charged its own days of its nominal length (MID-5), and upgrades seats (MID-4).
 * A first term may be aligned to an end date, and a renewal scheduled with one (MID-3): that term
 * ends at 00:00Z after the date, and the next starts a new run of nominal terms from its end.
 * Since May 2026 (EST-1 … EST-4) a term started from 2025-04-01 and ending from 2026-05-04 that does
 * not renew continues month to month in an Extended Service Term at 1000 + 3 % = 1030 a month, or
 * is disabled at once when cancelled at its end; inside one, only cancel and change-term.
 */
interface Batch {
  q: number;
  added: number;
  until: number;
}
interface Model {
  now: number;
  status: NewCommerceSubscription['status'];
  months: number;
  quantity: number;
  batches: Batch[];
  autoRenew: boolean;
  endOfTerm: 'renew' | 'extended-service-term' | 'cancel';
  /** In an Extended Service Term (EST-3). */
  est: boolean;
  /** Whether a base price was given for it (else a monthly term's own price is its base). */
  estBase: boolean;
  /** The unit price a billing period charges now; null when unpriced. */
  price: number | null;
  scheduled: number | null;
  /** The end (exclusive) the next term is aligned to by schedule-renewal, else null (MID-3). */
  scheduledEnd: number | null;
  /** The current term's end when it is aligned before its nominal end, else null (MID-3). */
  alignedEnd: number | null;
  trialEnd: number | null;
  anchor: number;
  n: number;
  termStart: number;
  expiredAt: number;
  disabledAt: number;
  /** Months in a billing period: 1 (monthly) or 12 (annual). */
  freq: number;
  /** Where the billing periods count from after a frequency change, else null. */
  billFrom: number | null;
  /** A frequency change waiting: when, and to how many months a period. */
  pending: { from: number; freq: number } | null;
}
interface Real {
  state: NewCommerceSubscription;
}

const utc = (ms: number): UTCDate => new UTCDate(ms);
const midnight = (ms: number): number => startOfDay(utc(ms)).getTime();
const windowEnd = (ms: number): number => startOfDay(addDays(utc(ms), 8)).getTime();
const termEnd = (m: Model): number =>
  m.alignedEnd ?? addMonths(startOfDay(utc(m.anchor)), m.months * m.n).getTime();
/** A term's nominal end from `start` (NCE-3). */
const nominalEnd = (start: number, months: number): number =>
  addMonths(startOfDay(utc(start)), months).getTime();
/** Drops the scheduled renewal changes, an aligned end among them. */
const unschedule = (m: Model): void => {
  m.scheduled = null;
  m.scheduledEnd = null;
};
const terminal = (m: Model): boolean =>
  ['expired', 'disabled', 'cancelled', 'deleted'].includes(m.status);
const open = (m: Model): Batch[] => m.batches.filter((b) => m.now < b.until);
/** EST-1: a licence-based term started from 2025-04-01 and ending from 2026-05-04. */
const eligible = (m: Model): boolean =>
  m.status !== 'trial' && !m.est && m.termStart >= APRIL_2025 && termEnd(m) >= MAY_4_2026;

function deadline(m: Model): number | null {
  switch (m.status) {
    case 'trial':
      return m.trialEnd;
    case 'active':
    case 'suspended':
      return m.pending?.from ?? termEnd(m);
    case 'expired':
      return m.expiredAt + 30 * DAY;
    case 'disabled':
      return m.disabledAt + 90 * DAY;
    default:
      return null;
  }
}

function fire(m: Model, at: number): void {
  if (m.pending !== null && (m.status === 'active' || m.status === 'suspended')) {
    Object.assign(m, { freq: m.pending.freq, billFrom: m.pending.from, pending: null });
  } else if (m.status === 'trial' && m.autoRenew) {
    Object.assign(m, { status: 'active', trialEnd: null, anchor: at, n: 1, termStart: at });
    m.batches = [{ q: m.quantity, added: at, until: windowEnd(at) }];
  } else if (m.status === 'active' && m.est) {
    // the next month of the Extended Service Term (EST-3): no seat takes a reduction
    m.termStart = termEnd(m);
    m.n += 1;
    m.batches = [{ q: m.quantity, added: at, until: Number.NaN }];
  } else if (m.status === 'active' && !m.autoRenew && eligible(m)) {
    if (m.endOfTerm === 'cancel') Object.assign(m, { status: 'disabled', disabledAt: at });
    else {
      const base = m.estBase || m.months === 1 ? 1000 : null;
      Object.assign(m, {
        est: true,
        months: 1,
        freq: 1,
        billFrom: null,
        pending: null,
        anchor: at,
        n: 1,
        termStart: at,
        alignedEnd: null,
        price: base === null ? null : (base * 103) / 100,
      });
      unschedule(m);
      m.batches = [{ q: m.quantity, added: at, until: Number.NaN }];
    }
  } else if (m.status === 'active' && m.autoRenew) {
    const start = termEnd(m);
    m.termStart = start;
    // after an aligned term, or into one, a new run of terms starts here (MID-3)
    if (m.alignedEnd !== null || m.scheduledEnd !== null) {
      m.anchor = start;
      m.n = 1;
    } else m.n += 1;
    const end = m.scheduledEnd;
    m.alignedEnd = end === null || end === nominalEnd(start, m.months) ? null : end;
    m.billFrom = null;
    m.quantity = m.scheduled ?? m.quantity;
    unschedule(m);
    m.batches = [{ q: m.quantity, added: at, until: windowEnd(at) }];
  } else if (m.status === 'trial' || m.status === 'active' || m.status === 'suspended') {
    Object.assign(m, { status: 'expired', expiredAt: at });
  } else if (m.status === 'expired') {
    Object.assign(m, { status: 'disabled', disabledAt: at });
  } else {
    m.status = 'deleted';
  }
}

function moveTo(m: Model, to: number): void {
  for (let next = deadline(m); next !== null && next <= to; next = deadline(m)) fire(m, next);
  m.now = to;
}

const round = (n: bigint, d: bigint): bigint => (2n * (n % d) >= d ? n / d + 1n : n / d);

/** Partner Center's used-days charge: r(r(P·Q / D) · U / Q) · Q. */
function charged(q: number, days: number, used: number, price: number): bigint {
  const paid = BigInt(price * q);
  return round(round(paid, BigInt(days)) * BigInt(used), BigInt(q)) * BigInt(q);
}

/** The billing period holding `now`: [start, end) and its nominal end. */
function period(m: Model): { start: number; end: number; nominal: number } {
  // periods count from the run's anchor, or from a frequency change; the last ends at the term's end
  const from = m.billFrom ?? m.anchor;
  const offset = m.billFrom === null ? m.months * (m.n - 1) : 0;
  const boundary = (k: number): number =>
    addMonths(startOfDay(utc(from)), offset + k * m.freq).getTime();
  const end = termEnd(m);
  let k = 0;
  while (boundary(k + 1) <= m.now && boundary(k + 1) < end) k++;
  const start = k === 0 ? (m.billFrom ?? m.termStart) : boundary(k);
  return { start, end: Math.min(boundary(k + 1), end), nominal: boundary(k + 1) };
}

const days = (a: number, b: number): number => differenceInCalendarDays(utc(b), utc(a));

/** What the period holding `now` charged q seats: a period cut short, its own days of D (MID-3). */
function paidOf(m: Model, q: number, price: number): bigint {
  const { start, end, nominal } = period(m);
  const d = days(start, nominal);
  const own = days(start, end);
  return own < d ? charged(q, d, own, price) : BigInt(price * q);
}

/** Partner Center's formula for q seats ended now, in the period of the term that holds `now`. */
function credit(m: Model, q: number): number | undefined {
  if (m.price === null) return undefined;
  const { start, nominal } = period(m);
  const d = days(start, nominal);
  const paid = paidOf(m, q, m.price);
  const used = charged(q, d, days(start, m.now) + 1, m.price);
  return used >= paid ? 0 : Number(paid - used);
}

function expectOutcome(m: Model, e: NewCommerceEvent): string {
  // a billing frequency the term is never sold with is bad input, whatever the status (NCE-2)
  if (e.type === 'change-billing-frequency' && m.months === 1 && e.billingFrequency === 'annual')
    return 'INVALID_ARGUMENT';
  if (terminal(m)) return 'TERMINAL';
  // inside an Extended Service Term: cancelled at any time, or converted to a longer term (EST-4)
  if (m.est) return e.type === 'cancel' || e.type === 'change-term' ? 'ok' : 'NOT_ALLOWED';
  switch (e.type) {
    case 'cancel':
      if (m.status === 'trial') return 'NOT_ALLOWED';
      return m.now < windowEnd(m.termStart) ? 'ok' : 'NOT_CANCELLABLE';
    case 'change-quantity':
      if (m.status !== 'active') return 'NOT_ALLOWED';
      if (e.quantity >= m.quantity) return 'ok';
      return m.quantity - e.quantity <= open(m).reduce((s, b) => s + b.q, 0)
        ? 'ok'
        : 'REDUCTION_NOT_ALLOWED';
    case 'set-auto-renew':
      return m.status === 'suspended' ? 'NOT_ALLOWED' : 'ok';
    case 'set-end-of-term':
      if (m.status === 'suspended') return 'NOT_ALLOWED';
      return e.action !== 'extended-service-term' || eligible(m) ? 'ok' : 'NOT_ALLOWED';
    case 'schedule-renewal':
      return m.status === 'active' && m.autoRenew ? 'ok' : 'NOT_ALLOWED';
    case 'suspend':
      return m.status === 'active' ? 'ok' : 'NOT_ALLOWED';
    case 'change-term':
      return m.status === 'active' && MONTHS[e.term] > m.months ? 'ok' : 'NOT_ALLOWED';
    case 'change-billing-frequency':
      return m.status === 'active' &&
        m.months === 36 &&
        m.now < APRIL_2025 &&
        (e.billingFrequency === 'annual' ? 12 : 1) !== m.freq &&
        period(m).end < termEnd(m)
        ? 'ok'
        : 'NOT_ALLOWED';
    default:
      return m.status === 'suspended' ? 'ok' : 'NOT_ALLOWED';
  }
}

const MONTHS = { P1M: 1, P1Y: 12, P2Y: 24, P3Y: 36 } as const;
const TERMS: Readonly<Record<number, string>> = { 1: 'P1M', 12: 'P1Y', 36: 'P3Y' };

/** Applies an accepted event; returns the credit it should report, or null. */
function applyToModel(m: Model, e: NewCommerceEvent): number | null {
  switch (e.type) {
    case 'cancel': {
      // no first-day full credit inside an Extended Service Term: the unused days (EST-4)
      const full = !m.est && m.now < midnight(m.termStart) + DAY;
      const amount = full
        ? Number(paidOf(m, m.quantity, m.price as number))
        : credit(m, m.quantity);
      m.status = 'cancelled';
      m.pending = null;
      unschedule(m);
      return amount ?? null;
    }
    case 'change-quantity': {
      // any accepted change of seats drops the scheduled renewal, the same quantity too (NCE-7)
      unschedule(m);
      if (e.quantity === m.quantity) return null;
      if (e.quantity > m.quantity) {
        m.batches.push({ q: e.quantity - m.quantity, added: m.now, until: windowEnd(m.now) });
        m.quantity = e.quantity;
        return null;
      }
      const removed = m.quantity - e.quantity;
      let left = removed;
      for (let i = m.batches.length - 1; i >= 0 && left > 0; i--) {
        const b = m.batches[i] as Batch;
        if (m.now >= b.until) continue;
        const take = Math.min(left, b.q);
        left -= take;
        b.q -= take;
      }
      m.batches = m.batches.filter((b) => b.q > 0);
      m.quantity = e.quantity;
      return credit(m, removed) ?? null;
    }
    case 'set-auto-renew':
      m.autoRenew = e.enabled;
      // off: an eligible term continues into the Extended Service Term (EST-2)
      m.endOfTerm = e.enabled ? 'renew' : eligible(m) ? 'extended-service-term' : 'cancel';
      if (!e.enabled) unschedule(m);
      return null;
    case 'set-end-of-term':
      m.endOfTerm = e.action;
      m.autoRenew = e.action === 'renew';
      if (e.basePrice !== undefined) m.estBase = true;
      if (!m.autoRenew) unschedule(m);
      return null;
    case 'schedule-renewal':
      m.scheduled = e.quantity ?? null;
      m.scheduledEnd =
        e.customTermEndDate === undefined ? null : Date.parse(e.customTermEndDate) + DAY;
      return null;
    case 'suspend':
      Object.assign(m, {
        status: 'suspended',
        autoRenew: false,
        endOfTerm: eligible(m) ? 'extended-service-term' : 'cancel',
      });
      unschedule(m);
      return null;
    case 'change-term': {
      // the old period's unused days, then a new term from now billed monthly (MID-1)
      const amount = credit(m, m.quantity);
      // leaving an Extended Service Term: a committed term that renews, at the plan's price (EST-4)
      if (m.est) Object.assign(m, { est: false, autoRenew: true, endOfTerm: 'renew' });
      m.price = PRICE;
      Object.assign(m, {
        months: MONTHS[e.term],
        freq: 1,
        billFrom: null,
        pending: null,
        anchor: m.now,
        n: 1,
        termStart: m.now,
        alignedEnd: null,
      });
      unschedule(m);
      m.batches = [{ q: m.quantity, added: m.now, until: windowEnd(m.now) }];
      return amount ?? null;
    }
    case 'change-billing-frequency':
      m.pending = { from: period(m).end, freq: e.billingFrequency === 'annual' ? 12 : 1 };
      unschedule(m);
      return null;
    default:
      m.status = 'active';
      return null;
  }
}

/** Whether an accepted event credits seats (its effect may carry no amount when unpriced). */
const isCredit = (e: NewCommerceEvent): boolean => e.type === 'cancel' || e.type === 'change-term';

class Step implements fc.Command<Model, Real> {
  constructor(
    readonly wait: number,
    readonly make: ((at: string) => NewCommerceEvent) | null,
  ) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    const to = m.now + this.wait;
    const at = new Date(to).toISOString();
    if (this.make === null) {
      r.state = advance(r.state, at).subscription;
      moveTo(m, to);
    } else {
      const event = this.make(at);
      moveTo(m, to);
      const expected = expectOutcome(m, event);
      if (expected === 'INVALID_ARGUMENT') {
        // bad input changes nothing: the state is advanced to `at` below, as the model was
        expect(errorOf(() => transition(r.state, event))).toMatchObject({ code: expected });
      } else {
        const result = transition(r.state, event);
        expect(result.ok ? 'ok' : result.code).toBe(expected);
        if (result.ok) {
          r.state = result.subscription;
          const amount = applyToModel(m, event);
          const credits = result.effects.flatMap((x) =>
            x.type === 'credit' ? [x.credit?.amount] : [],
          );
          // a credit of an unpriced Extended Service Term carries no amount
          expect(credits).toEqual(
            amount === null ? (m.price === null && isCredit(event) ? [undefined] : []) : [amount],
          );
        }
      }
    }
    if (r.state.asOf !== at) r.state = advance(r.state, at).subscription;
    expect(r.state.status).toBe(m.status);
    expect(r.state.quantity).toBe(m.quantity);
    expect(r.state.autoRenew).toBe(m.autoRenew);
    expect(r.state.endOfTerm).toBe(m.endOfTerm);
    expect(r.state.extendedServiceTerm !== undefined).toBe(m.est);
    expect(r.state.scheduled?.quantity ?? null).toBe(m.scheduled);
    expect(r.state.scheduled?.customTermEndDate ?? null).toBe(
      m.scheduledEnd === null ? null : new Date(m.scheduledEnd - DAY).toISOString().slice(0, 10),
    );
    expect(r.state.pendingBillingFrequency?.from ?? null).toBe(
      m.pending === null ? null : new Date(m.pending.from).toISOString(),
    );
    if (m.status === 'active' || m.status === 'suspended') {
      expect(r.state.termEnd).toBe(new Date(termEnd(m)).toISOString());
      expect(r.state.billingFrequency).toBe(m.freq === 12 ? 'annual' : 'monthly');
      expect(
        r.state.seats.map((b) => [
          b.quantity,
          Date.parse(b.addedAt),
          Date.parse(b.reducibleUntil ?? ''),
        ]),
      ).toEqual(m.batches.map((b) => [b.q, b.added, b.until]));
      const total = m.status === 'active' ? open(m).reduce((s, b) => s + b.q, 0) : 0;
      expect(refundableQuantity(r.state, at).total).toBe(total);
    }
  }
  toString(): string {
    return `wait ${this.wait} then ${this.make === null ? 'nothing' : JSON.stringify(this.make('t'))}`;
  }
}

/**
 * An upgrade (MID-4) of up to `seats` seats to an offer at the same price: the model keeps
 * following the source — the seats left, taken newest batch first whatever their windows, or the
 * same subscription after a full upgrade — and expects the moved seats' credit (NCE-5).
 */
class UpgradeStep implements fc.Command<Model, Real> {
  constructor(
    readonly wait: number,
    readonly seats: number,
  ) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    const to = m.now + this.wait;
    const at = new Date(to).toISOString();
    moveTo(m, to);
    const quantity = Math.min(this.seats, m.quantity);
    const result = upgrade(r.state, {
      at,
      quantity,
      to: { offerId: 'UPGRADE', price: { amount: PRICE, currency: 'USD' } },
    });
    const expected = terminal(m) ? 'TERMINAL' : m.status === 'active' ? 'ok' : 'NOT_ALLOWED';
    expect(result.ok ? 'ok' : result.code).toBe(expected);
    if (!result.ok) return;
    const credits = result.effects.flatMap((x) => (x.type === 'credit' ? [x.credit?.amount] : []));
    if (m.est) {
      // out of an Extended Service Term: every seat's unused days back, then a P1M term of the
      // seats given, which renews (EST-4)
      expect(credits).toEqual([credit(m, m.quantity)]);
      Object.assign(m, {
        est: false,
        autoRenew: true,
        endOfTerm: 'renew',
        price: PRICE,
        quantity,
        months: 1,
        freq: 1,
        anchor: m.now,
        n: 1,
        termStart: m.now,
      });
      m.batches = [{ q: quantity, added: m.now, until: windowEnd(m.now) }];
      r.state = result.target;
      expect(r.state.quantity).toBe(m.quantity);
      return;
    }
    expect(credits).toEqual([credit(m, quantity)]);
    unschedule(m);
    m.pending = null;
    if (quantity < m.quantity) {
      let left = quantity;
      for (let i = m.batches.length - 1; i >= 0 && left > 0; i--) {
        const b = m.batches[i] as Batch;
        const take = Math.min(left, b.q);
        left -= take;
        b.q -= take;
      }
      m.batches = m.batches.filter((b) => b.q > 0);
      m.quantity -= quantity;
    }
    r.state = result.source ?? result.target;
    expect(r.state.quantity).toBe(m.quantity);
  }
  toString(): string {
    return `wait ${this.wait} then upgrade ${this.seats} seats`;
  }
}

/**
 * A `schedule-renewal` aligning the next term to an end date inside its nominal length (MID-3),
 * the `pick`-th day after the next term's first, with a quantity or not.
 */
class AlignRenewalStep implements fc.Command<Model, Real> {
  constructor(
    readonly wait: number,
    readonly pick: number,
    readonly quantity: number | undefined,
  ) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    const to = m.now + this.wait;
    moveTo(m, to);
    // the next term starts at this one's end; its last day is the day before its nominal end
    const start = m.status === 'active' ? termEnd(m) : to;
    const first = midnight(start) + DAY;
    const last = nominalEnd(start, m.months) - DAY;
    const day = first + (this.pick % ((last - first) / DAY + 1)) * DAY;
    const date = new Date(day).toISOString().slice(0, 10);
    const make = (at: string): NewCommerceEvent => ({
      type: 'schedule-renewal',
      at,
      customTermEndDate: date,
      ...(this.quantity === undefined ? {} : { quantity: this.quantity }),
    });
    new Step(0, make).run(m, r);
  }
  toString(): string {
    return `wait ${this.wait} then align the renewal (day ${this.pick}, quantity ${this.quantity})`;
  }
}

const wait = fc.oneof(fc.integer({ min: 0, max: 3 * DAY }), fc.integer({ min: 0, max: 120 * DAY }));
const commands = [
  wait.map((ms) => new Step(ms, null)),
  wait.map((ms) => new Step(ms, (at) => ({ type: 'cancel', at }))),
  fc
    .tuple(wait, fc.integer({ min: 1, max: 25 }))
    .map(([ms, quantity]) => new Step(ms, (at) => ({ type: 'change-quantity', at, quantity }))),
  fc
    .tuple(wait, fc.boolean())
    .map(([ms, enabled]) => new Step(ms, (at) => ({ type: 'set-auto-renew', at, enabled }))),
  fc
    .tuple(wait, fc.integer({ min: 1, max: 25 }))
    .map(([ms, quantity]) => new Step(ms, (at) => ({ type: 'schedule-renewal', at, quantity }))),
  wait.map((ms) => new Step(ms, (at) => ({ type: 'suspend', at, reason: 'nonpayment' }))),
  // the end-of-term option (EST-2), the Extended Service Term priced from 10.00 a month or not
  fc
    .tuple(wait, fc.constantFrom('renew', 'extended-service-term', 'cancel' as const), fc.boolean())
    .map(
      ([ms, action, priced]) =>
        new Step(ms, (at) =>
          action === 'extended-service-term' && priced
            ? { type: 'set-end-of-term', at, action, basePrice: { amount: PRICE, currency: 'USD' } }
            : { type: 'set-end-of-term', at, action },
        ),
    ),
  // long waits, to run past term ends into months of Extended Service Term
  fc.integer({ min: 200 * DAY, max: 800 * DAY }).map((ms) => new Step(ms, null)),
  wait.map((ms) => new Step(ms, (at) => ({ type: 'reactivate', at }))),
  fc.tuple(wait, fc.constantFrom('P1Y', 'P3Y') as fc.Arbitrary<'P1Y' | 'P3Y'>).map(
    ([ms, term]) =>
      new Step(ms, (at) => ({
        type: 'change-term',
        at,
        term,
        billingFrequency: 'monthly',
        price: { amount: PRICE, currency: 'USD' },
      })),
  ),
  fc.tuple(wait, fc.integer({ min: 1, max: 25 })).map(([ms, seats]) => new UpgradeStep(ms, seats)),
  fc
    .tuple(
      wait,
      fc.nat({ max: 1_200 }),
      fc.option(fc.integer({ min: 1, max: 25 }), { nil: undefined }),
    )
    .map(([ms, pick, quantity]) => new AlignRenewalStep(ms, pick, quantity)),
  fc.tuple(wait, fc.constantFrom('monthly', 'annual') as fc.Arbitrary<'monthly' | 'annual'>).map(
    ([ms, billingFrequency]) =>
      new Step(ms, (at) => ({
        type: 'change-billing-frequency',
        at,
        billingFrequency,
        price: { amount: PRICE, currency: 'USD' },
      })),
  ),
];

describe('properties', () => {
  it('NCE-6..NCE-9, MID-1..MID-4, EST-1..EST-4: random New Commerce command sequences agree with a simple model of the rules (model-based)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: Date.UTC(2023, 1, 1), max: Date.UTC(2030, 0, 1) }),
          // before 2025-04-01, when a P3Y term's billing frequency could change mid-term (MID-2)
          fc.integer({ min: Date.UTC(2023, 1, 1), max: APRIL_2025 }),
        ),
        fc.constantFrom(1, 12, 36),
        fc.boolean(),
        fc.integer({ min: 1, max: 25 }),
        fc.commands(commands, { maxCommands: 25 }),
        // a first term aligned to an end date (MID-3): the `aligned`-th day after the order's
        fc.option(fc.nat({ max: 1_200 }), { nil: undefined, freq: 3 }),
        (orderedAt, months, trial, quantity, cmds, aligned) => {
          const nominal = nominalEnd(orderedAt, months);
          const first = midnight(orderedAt) + DAY;
          const day =
            aligned === undefined || trial
              ? undefined
              : first + (aligned % ((nominal - DAY - first) / DAY + 1)) * DAY;
          const state = createSubscription({
            program: 'new-commerce',
            product: 'license-based',
            term: TERMS[months] as 'P1M' | 'P1Y' | 'P3Y',
            billingFrequency: 'monthly',
            quantity,
            orderedAt: new Date(orderedAt).toISOString(),
            price: { amount: PRICE, currency: 'USD' },
            ...(trial
              ? {
                  trial: {
                    convertsTo: {
                      term: TERMS[months] as 'P1M' | 'P1Y' | 'P3Y',
                      billingFrequency: 'monthly',
                    },
                  },
                }
              : {}),
            ...(day === undefined
              ? {}
              : { customTermEndDate: new Date(day).toISOString().slice(0, 10) }),
          } as const);
          const model: Model = {
            now: orderedAt,
            status: trial ? 'trial' : 'active',
            months,
            quantity,
            batches: trial ? [] : [{ q: quantity, added: orderedAt, until: windowEnd(orderedAt) }],
            autoRenew: true,
            endOfTerm: 'renew',
            est: false,
            estBase: false,
            price: PRICE,
            scheduled: null,
            scheduledEnd: null,
            alignedEnd: day === undefined || day + DAY === nominal ? null : day + DAY,
            trialEnd: trial ? orderedAt + 30 * DAY : null,
            anchor: orderedAt,
            n: 1,
            termStart: orderedAt,
            expiredAt: 0,
            disabledAt: 0,
            freq: 1,
            billFrom: null,
            pending: null,
          };
          fc.modelRun(() => ({ model, real: { state } }), cmds);
        },
      ),
    );
  });
});
