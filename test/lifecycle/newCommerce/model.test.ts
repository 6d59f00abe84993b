import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, differenceInCalendarDays, startOfDay } from 'date-fns';
import fc from 'fast-check';
import type { NewCommerceEvent, NewCommerceSubscription } from 'subscription-rules';
import { advance, createSubscription, refundableQuantity, transition } from 'subscription-rules';
import { describe, expect, it } from 'vitest';

const DAY = 86_400_000;
const PRICE = 1000;

/**
 * A deliberately simple model of the New Commerce rules for a licence-based subscription billed
 * monthly under partner-center-nce-2023-01 (7 calendar days): plain numbers, date-fns for the
 * calendar, Partner Center's formula written again with bigint — none of the library's code.
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
  scheduled: number | null;
  trialEnd: number | null;
  anchor: number;
  n: number;
  termStart: number;
  expiredAt: number;
  disabledAt: number;
}
interface Real {
  state: NewCommerceSubscription;
}

const utc = (ms: number): UTCDate => new UTCDate(ms);
const midnight = (ms: number): number => startOfDay(utc(ms)).getTime();
const windowEnd = (ms: number): number => startOfDay(addDays(utc(ms), 8)).getTime();
const termEnd = (m: Model): number =>
  addMonths(startOfDay(utc(m.anchor)), m.months * m.n).getTime();
const terminal = (m: Model): boolean =>
  ['expired', 'disabled', 'cancelled', 'deleted'].includes(m.status);
const open = (m: Model): Batch[] => m.batches.filter((b) => m.now < b.until);

function deadline(m: Model): number | null {
  switch (m.status) {
    case 'trial':
      return m.trialEnd;
    case 'active':
    case 'suspended':
      return termEnd(m);
    case 'expired':
      return m.expiredAt + 30 * DAY;
    case 'disabled':
      return m.disabledAt + 90 * DAY;
    default:
      return null;
  }
}

function fire(m: Model, at: number): void {
  if (m.status === 'trial' && m.autoRenew) {
    Object.assign(m, { status: 'active', trialEnd: null, anchor: at, n: 1, termStart: at });
    m.batches = [{ q: m.quantity, added: at, until: windowEnd(at) }];
  } else if (m.status === 'active' && m.autoRenew) {
    m.termStart = termEnd(m);
    m.n += 1;
    m.quantity = m.scheduled ?? m.quantity;
    m.scheduled = null;
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

/** Partner Center's formula for q seats ended now, in the month of the term that holds `now`. */
function credit(m: Model, q: number): number {
  // the term's months count from the run's anchor; the last one ends at the term's end
  const month = (k: number): number =>
    addMonths(startOfDay(utc(m.anchor)), m.months * (m.n - 1) + k).getTime();
  let k = 0;
  while (k + 1 < m.months && month(k + 1) <= m.now) k++;
  const start = k === 0 ? m.termStart : month(k);
  const end = k + 1 === m.months ? termEnd(m) : month(k + 1);
  const days = BigInt(differenceInCalendarDays(utc(end), utc(start)));
  const used = BigInt(differenceInCalendarDays(utc(m.now), utc(start)) + 1);
  const paid = BigInt(PRICE * q);
  const charged = round(round(paid, days) * used, BigInt(q)) * BigInt(q);
  return charged >= paid ? 0 : Number(paid - charged);
}

function expectOutcome(m: Model, e: NewCommerceEvent): string {
  if (terminal(m)) return 'TERMINAL';
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
    case 'schedule-renewal':
      return m.status === 'active' && m.autoRenew ? 'ok' : 'NOT_ALLOWED';
    case 'suspend':
      return m.status === 'active' ? 'ok' : 'NOT_ALLOWED';
    default:
      return m.status === 'suspended' ? 'ok' : 'NOT_ALLOWED';
  }
}

/** Applies an accepted event; returns the credit it should report, or null. */
function applyToModel(m: Model, e: NewCommerceEvent): number | null {
  switch (e.type) {
    case 'cancel': {
      m.status = 'cancelled';
      const full = m.now < midnight(m.termStart) + DAY;
      return full ? PRICE * m.quantity : credit(m, m.quantity);
    }
    case 'change-quantity': {
      if (e.quantity === m.quantity) return null;
      m.scheduled = null;
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
      return credit(m, removed);
    }
    case 'set-auto-renew':
      m.autoRenew = e.enabled;
      if (!e.enabled) m.scheduled = null;
      return null;
    case 'schedule-renewal':
      m.scheduled = e.quantity ?? null;
      return null;
    case 'suspend':
      Object.assign(m, { status: 'suspended', autoRenew: false, scheduled: null });
      return null;
    default:
      m.status = 'active';
      return null;
  }
}

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
      const result = transition(r.state, event);
      expect(result.ok ? 'ok' : result.code).toBe(expected);
      if (result.ok) {
        r.state = result.subscription;
        const amount = applyToModel(m, event);
        const credits = result.effects.flatMap((x) =>
          x.type === 'credit' ? [x.credit?.amount] : [],
        );
        expect(credits).toEqual(amount === null ? [] : [amount]);
      }
    }
    if (r.state.asOf !== at) r.state = advance(r.state, at).subscription;
    expect(r.state.status).toBe(m.status);
    expect(r.state.quantity).toBe(m.quantity);
    expect(r.state.autoRenew).toBe(m.autoRenew);
    expect(r.state.scheduled?.quantity ?? null).toBe(m.scheduled);
    if (m.status === 'active' || m.status === 'suspended') {
      expect(r.state.termEnd).toBe(new Date(termEnd(m)).toISOString());
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
  wait.map((ms) => new Step(ms, (at) => ({ type: 'reactivate', at }))),
];

describe('properties', () => {
  it('NCE-6..NCE-9: random New Commerce command sequences agree with a simple model of the rules (model-based)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2023, 1, 1), max: Date.UTC(2030, 0, 1) }),
        fc.constantFrom(1, 12),
        fc.boolean(),
        fc.integer({ min: 1, max: 25 }),
        fc.commands(commands, { maxCommands: 25 }),
        (orderedAt, months, trial, quantity, cmds) => {
          const state = createSubscription({
            program: 'new-commerce',
            product: 'license-based',
            term: months === 1 ? 'P1M' : 'P1Y',
            billingFrequency: 'monthly',
            quantity,
            orderedAt: new Date(orderedAt).toISOString(),
            price: { amount: PRICE, currency: 'USD' },
            ...(trial
              ? {
                  trial: {
                    convertsTo: { term: months === 1 ? 'P1M' : 'P1Y', billingFrequency: 'monthly' },
                  },
                }
              : {}),
          } as const);
          const model: Model = {
            now: orderedAt,
            status: trial ? 'trial' : 'active',
            months,
            quantity,
            batches: trial ? [] : [{ q: quantity, added: orderedAt, until: windowEnd(orderedAt) }],
            autoRenew: true,
            scheduled: null,
            trialEnd: trial ? orderedAt + 30 * DAY : null,
            anchor: orderedAt,
            n: 1,
            termStart: orderedAt,
            expiredAt: 0,
            disabledAt: 0,
          };
          fc.modelRun(() => ({ model, real: { state } }), cmds);
        },
      ),
    );
  });
});
