import fc from 'fast-check';
import type {
  NewCommerceEvent,
  NewCommerceSubscription,
  PartnerCenterSubscription,
  Subscription,
  SubscriptionEvent,
} from 'subscription-rules';
import {
  advance,
  createSubscription,
  fromPartnerCenterSubscription,
  isRuleError,
  nextDeadline,
  RuleError,
  toPartnerCenterPatch,
  transition,
} from 'subscription-rules';
import { partnerCenterSubscription } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { eventAt, newCommerceState } from '../lifecycle/newCommerce/_states.ts';
import { m365_2021, readableAsOf } from './_samples.ts';

const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();
type State = Subscription | NewCommerceSubscription;

function step(s: State, e: SubscriptionEvent | NewCommerceEvent): State {
  const r = transition(s as NewCommerceSubscription, e as NewCommerceEvent);
  if (!r.ok) throw new Error(`refused ${e.type}: ${r.message}`);
  return r.subscription;
}

describe('toPartnerCenterPatch', () => {
  const m365 = fromPartnerCenterSubscription(m365_2021, { asOf: '2021-01-14T18:00:00Z' })
    .subscription as NewCommerceSubscription;
  const at = '2021-01-15T01:00:00Z';

  it('PCR-2: nothing changed is null', () => {
    expect(toPartnerCenterPatch(m365, m365)).toBeNull();
    expect(
      toPartnerCenterPatch(m365, step(m365, { type: 'set-auto-renew', at, enabled: true })),
    ).toBeNull();
  });

  it('PCR-2: cancel is status deleted, suspend is suspended with auto-renew off, reactivate is active', () => {
    expect(toPartnerCenterPatch(m365, step(m365, { type: 'cancel', at }))).toEqual({
      status: 'deleted',
    });
    const suspended = step(m365, { type: 'suspend', at, reason: 'nonpayment' });
    // the end-of-term change is written as its explicit action too (EST-6)
    expect(toPartnerCenterPatch(m365, suspended)).toEqual({
      status: 'suspended',
      autoRenewEnabled: false,
      scheduledActions: [{ scheduleType: 'TermEnd', actionType: 'Cancel' }],
    });
    expect(toPartnerCenterPatch(suspended, step(suspended, { type: 'reactivate', at }))).toEqual({
      status: 'active',
    });
  });

  it('PCR-2: quantity, auto-renew and the scheduled renewal are sent only when they change', () => {
    expect(
      toPartnerCenterPatch(m365, step(m365, { type: 'change-quantity', at, quantity: 7 })),
    ).toEqual({ quantity: 7 });
    const scheduled = step(m365, { type: 'schedule-renewal', at, quantity: 12 });
    expect(toPartnerCenterPatch(m365, scheduled)).toEqual({
      scheduledNextTermInstructions: { product: {}, quantity: 12 },
    });
    expect(
      toPartnerCenterPatch(
        scheduled,
        step(scheduled, { type: 'set-auto-renew', at, enabled: false }),
      ),
    ).toEqual({
      autoRenewEnabled: false,
      scheduledActions: [{ scheduleType: 'TermEnd', actionType: 'Cancel' }],
      scheduledNextTermInstructions: null,
    });
  });

  it('PCR-2: a status the API does not take is a RuleError at after.status', () => {
    const expired = transition(
      { ...m365, autoRenew: false, endOfTerm: 'cancel' } as NewCommerceSubscription,
      {
        type: 'set-auto-renew',
        at: '2022-01-20T00:00:00Z',
        enabled: false,
      },
    );
    expect(expired.ok).toBe(false);
    const legacy = createSubscription({
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      quantity: 1,
      orderedAt: '2026-01-05T00:00:00Z',
    });
    let error: unknown;
    try {
      toPartnerCenterPatch(m365, legacy);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).path).toBe('after.program');
  });

  it('PCR-2, ERR-1: from a trial a PATCH sets only cancelled, and the message says so — never that the status it refuses is one a PATCH sets (found by review)', () => {
    const trial = createSubscription({
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      quantity: 5,
      orderedAt: '2026-11-20T10:00:00Z',
      trial: {},
    });
    // the trial converted (auto-renew on) a month later, then suspended
    const converted = advance(trial, '2026-12-21T00:00:00Z').subscription;
    const suspended = step(converted, {
      type: 'suspend',
      at: '2026-12-22T00:00:00Z',
      reason: 'nonpayment',
    });
    for (const after of [converted, suspended]) {
      const status = after.status;
      let error: unknown;
      try {
        toPartnerCenterPatch(trial, after);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({
        code: 'INVALID_ARGUMENT',
        path: 'after.status',
        message: `after.status: expected cancelled: a PATCH moves a trial to no other status (it converts or expires by itself), got "${status}"`,
      });
    }
    expect([converted.status, suspended.status]).toEqual(['active', 'suspended']);
    const off = step(trial, {
      type: 'set-auto-renew',
      at: '2026-11-21T00:00:00Z',
      enabled: false,
    });
    expect(toPartnerCenterPatch(trial, off)).toEqual({
      autoRenewEnabled: false,
      scheduledActions: [{ actionType: 'Cancel', scheduleType: 'TermEnd' }],
    });
  });

  describe('properties', () => {
    it('PCR-2, ERR-1: a status a PATCH cannot set is refused by a message that never lists it among those it expects', () => {
      fc.assert(
        fc.property(newCommerceState, newCommerceState, (before, after) => {
          let error: unknown;
          try {
            toPartnerCenterPatch(before, after);
          } catch (e) {
            error = e;
          }
          if (!isRuleError(error) || error.path !== 'after.status') return;
          const expected = error.message.slice(0, error.message.lastIndexOf(', got '));
          expect(expected.split(/\W+/)).not.toContain(after.status);
        }),
      );
    });

    /** Legacy events the reader can read back (a legacy suspension's record is not in the resource). */
    const legacyEventAt = (at: string): fc.Arbitrary<SubscriptionEvent> =>
      fc.oneof(
        fc.constant<SubscriptionEvent>({ type: 'cancel', at }),
        fc.boolean().map((enabled): SubscriptionEvent => ({ type: 'set-auto-renew', at, enabled })),
        fc
          .integer({ min: 1, max: 5 })
          .map((quantity): SubscriptionEvent => ({ type: 'change-quantity', at, quantity })),
      );

    it('PCR-2: reading r, applying e, merging the patch into r and reading again gives the status, quantity and auto-renew of after', () => {
      fc.assert(
        fc.property(
          partnerCenterSubscription(),
          fc.integer({ min: 0, max: 60 * 24 }),
          fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
          fc.context(),
          fc.gen(),
          (r, fetchedAfter, where, ctx, gen) => {
            const asOfMs = Date.parse(readableAsOf(r, fetchedAfter * HOUR));
            const before = fromPartnerCenterSubscription(r, { asOf: iso(asOfMs) }).subscription;
            const next = nextDeadline(before as Subscription);
            const horizon = next === null ? asOfMs + 30 * 24 * HOUR : Date.parse(next.at);
            if (horizon <= asOfMs) return;
            const at = iso(asOfMs + Math.floor(where * (horizon - asOfMs)));
            const event: SubscriptionEvent | NewCommerceEvent =
              before.program === 'new-commerce' ? gen(eventAt, at) : gen(legacyEventAt, at);
            const result = transition(before as NewCommerceSubscription, event as NewCommerceEvent);
            ctx.log(JSON.stringify({ event, result }));
            if (!result.ok) return;
            const after = result.subscription;
            const patch = toPartnerCenterPatch(before, after);
            const merged: PartnerCenterSubscription = {
              ...r,
              ...(patch ?? {}),
            } as PartnerCenterSubscription;
            const again = fromPartnerCenterSubscription(merged, { asOf: at }).subscription;
            expect([again.status, again.quantity, again.autoRenew]).toEqual([
              after.status,
              after.quantity,
              after.autoRenew,
            ]);
            // and what the term's end does (EST-6)
            if (again.program === 'new-commerce' && after.program === 'new-commerce')
              expect(again.endOfTerm).toBe(after.endOfTerm);
          },
        ),
      );
    });

    it('PCR-1: every resource the arbitrary draws reads, at any instant after its start (within its term while active or suspended), into a valid state', () => {
      fc.assert(
        fc.property(
          partnerCenterSubscription(),
          fc.integer({ min: 0, max: 5 * 365 * 24 }),
          (r, hours) => {
            const asOf = readableAsOf(r, hours * HOUR);
            try {
              const { subscription } = fromPartnerCenterSubscription(r, { asOf });
              expect(subscription.asOf).toBe(asOf);
              nextDeadline(subscription as Subscription);
            } catch (e) {
              expect(isRuleError(e) ? e.message : e).toBe('no error');
            }
          },
        ),
      );
    });
  });
});
