import { UTCDate } from '@date-fns/utc';
import { addMonths } from 'date-fns';
import fc from 'fast-check';
import type { Subscription, SubscriptionEvent } from 'subscription-rules';
import { advance, createSubscription, transition } from 'subscription-rules';
import { describe, expect, it } from 'vitest';

const DAY = 86_400_000;
const GAP_DAYS = 12;

/**
 * A deliberately simple model of the rules for a monthly marketplace SaaS subscription: plain
 * numbers, date-fns for the calendar, written from SPEC §3–§5 without the library's code.
 */
interface Model {
  now: number;
  status: Subscription['status'];
  orderedAt: number;
  trialEnd: number | null;
  anchor: number;
  n: number;
  autoRenew: boolean;
  scheduled: boolean;
  expiresAt: number | null;
  resumeTo: 'trial' | 'active';
  quantity: number;
}

interface Real {
  state: Subscription;
}

const termEnd = (m: Model): number => addMonths(new UTCDate(m.anchor), m.n).getTime();
const isTerminal = (m: Model): boolean =>
  m.status === 'cancelled' || m.status === 'expired' || m.status === 'deleted';

/** The next deadline of the model, or null. */
function deadline(m: Model): number | null {
  if (m.status === 'trial') return m.trialEnd;
  if (m.status === 'active') return termEnd(m);
  if (m.status === 'suspended') return m.expiresAt;
  return null;
}

/** Applies the deadline at `at`; `restart` re-anchors a renewal (reactivation, LC-7). */
function fire(m: Model, at: number, restart: boolean): void {
  if (m.status === 'suspended') {
    m.status = 'deleted';
  } else if (m.status === 'trial') {
    if (m.autoRenew) Object.assign(m, { status: 'active', trialEnd: null, anchor: at, n: 1 });
    else m.status = 'expired';
  } else if (m.scheduled) {
    m.status = 'cancelled';
  } else if (!m.autoRenew) {
    m.status = 'expired';
  } else if (restart) {
    Object.assign(m, { anchor: at, n: 1 });
  } else {
    m.n += 1;
  }
}

function moveTo(m: Model, to: number): void {
  for (let next = deadline(m); next !== null && next <= to; next = deadline(m))
    fire(m, next, false);
  m.now = to;
}

/** What the model expects `transition` to answer. */
function expectOutcome(m: Model, event: SubscriptionEvent): string {
  if (isTerminal(m)) return 'TERMINAL';
  if (m.status === 'suspended') return event.type === 'reactivate' ? 'ok' : 'NOT_ALLOWED';
  if (event.type === 'reactivate') return 'NOT_ALLOWED';
  if (event.type === 'cancel' && m.status === 'active' && m.scheduled)
    return 'CANCELLATION_SCHEDULED';
  if (event.type === 'set-auto-renew' && event.enabled && m.scheduled)
    return 'CANCELLATION_SCHEDULED';
  return 'ok';
}

function applyToModel(m: Model, event: SubscriptionEvent): void {
  switch (event.type) {
    case 'cancel':
      if (m.status === 'trial' || m.now < m.orderedAt + DAY) m.status = 'cancelled';
      else Object.assign(m, { scheduled: true, autoRenew: false });
      return;
    case 'suspend':
      Object.assign(m, {
        resumeTo: m.status,
        status: 'suspended',
        expiresAt: m.now + (90 + GAP_DAYS) * DAY,
      });
      return;
    case 'reactivate': {
      Object.assign(m, { status: m.resumeTo, expiresAt: null });
      const missed = deadline(m);
      if (missed !== null && missed <= m.now) fire(m, m.now, true);
      return;
    }
    case 'set-auto-renew':
      m.autoRenew = event.enabled;
      return;
    case 'change-quantity':
      m.quantity = event.quantity;
  }
}

class Step implements fc.Command<Model, Real> {
  constructor(
    readonly wait: number,
    readonly make: ((at: string) => SubscriptionEvent) | null,
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
        applyToModel(m, event);
      }
    }
    if (r.state.asOf !== at) r.state = advance(r.state, at).subscription;
    expect(r.state.status).toBe(m.status);
    expect(r.state.autoRenew).toBe(m.autoRenew);
    expect(r.state.quantity).toBe(m.quantity);
    if (m.status === 'active') expect(r.state.termEnd).toBe(new Date(termEnd(m)).toISOString());
    if (m.status === 'suspended')
      expect(r.state.suspension?.expiresAt).toBe(new Date(m.expiresAt as number).toISOString());
  }
  toString(): string {
    return `wait ${this.wait} then ${this.make === null ? 'nothing' : this.make('t').type}`;
  }
}

const wait = fc.oneof(fc.integer({ min: 0, max: 2 * DAY }), fc.integer({ min: 0, max: 80 * DAY }));
const commands = [
  wait.map((ms) => new Step(ms, null)),
  wait.map((ms) => new Step(ms, (at) => ({ type: 'cancel', at }))),
  fc
    .tuple(wait, fc.constantFrom('customer-request', 'nonpayment', 'fraud'))
    .map(([ms, reason]) => new Step(ms, (at) => ({ type: 'suspend', at, reason }))),
  wait.map((ms) => new Step(ms, (at) => ({ type: 'reactivate', at }))),
  fc
    .tuple(wait, fc.boolean())
    .map(([ms, enabled]) => new Step(ms, (at) => ({ type: 'set-auto-renew', at, enabled }))),
  fc
    .tuple(wait, fc.integer({ min: 1, max: 50 }))
    .map(([ms, quantity]) => new Step(ms, (at) => ({ type: 'change-quantity', at, quantity }))),
];

describe('properties', () => {
  it('LC-2..LC-9: random command sequences agree with a simple model of the rules (model-based)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2021, 3, 1), max: Date.UTC(2030, 0, 1) }),
        fc.boolean(),
        fc.commands(commands, { maxCommands: 25 }),
        (orderedAt, trial, cmds) => {
          const ordered = new Date(orderedAt).toISOString();
          const state = createSubscription({
            product: 'marketplace-saas',
            billingCycle: 'monthly',
            quantity: 1,
            orderedAt: ordered,
            freeTrial: trial,
            accountOpenedAt: '2020-01-01T00:00:00Z',
            firstBillingPeriodStart: `2020-01-${String(1 + GAP_DAYS).padStart(2, '0')}T00:00:00Z`,
          });
          const model: Model = {
            now: orderedAt,
            status: trial ? 'trial' : 'active',
            orderedAt,
            trialEnd: trial ? orderedAt + 30 * DAY : null,
            anchor: orderedAt,
            n: 1,
            autoRenew: true,
            scheduled: false,
            expiresAt: null,
            resumeTo: 'active',
            quantity: 1,
          };
          fc.modelRun(() => ({ model, real: { state } }), cmds);
        },
      ),
    );
  });
});
