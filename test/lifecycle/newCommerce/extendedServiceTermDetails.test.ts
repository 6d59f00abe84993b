import fc from 'fast-check';
import type { NewCommerceSubscription } from 'subscription-rules';
import {
  advance,
  allowedActions,
  createSubscription,
  extendedServiceTermEligible,
  extendedServiceTermPrice,
  nextDeadline,
  partnerCenterPolicies,
  toPartnerCenterPatch,
  transition,
} from 'subscription-rules';
import { parseSubscription } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { apply, iso, licence } from './_states.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });
/** 50 seats of a P1Y monthly licence at 5.00, bought 2026-11-20T10:00Z: its term ends 2027-11-20. */
const fifty = createSubscription({ ...licence, quantity: 50, price: usd(500) });
const TERM_END = Date.UTC(2027, 10, 20);
const at = '2027-01-01T00:00:00Z';
/** The Extended Service Term chosen at a base of 4.00 USD a month, and the state in it. */
const chosen = apply(fifty, {
  type: 'set-end-of-term',
  at,
  action: 'extended-service-term',
  basePrice: usd(400),
});
const inEst = advance(chosen, iso(TERM_END)).subscription;

describe('the Extended Service Term in detail (EST-7)', () => {
  it('EST-7: eligibility says why: eligible, not-license-based, trial, term-started-before, term-ends-before, no-policy-section, in-extended-service-term, ended', () => {
    const reason = (
      s: NewCommerceSubscription,
      options?: Parameters<typeof extendedServiceTermEligible>[1],
    ) => extendedServiceTermEligible(s, options).reason;
    expect(extendedServiceTermEligible(fifty)).toEqual({
      eligible: true,
      reason: 'eligible',
      from: iso(TERM_END),
    });
    expect(reason(createSubscription({ ...licence, product: 'software-subscription' }))).toBe(
      'not-license-based',
    );
    expect(reason(createSubscription({ ...licence, trial: {} }))).toBe('trial');
    // the term's own policy: 2025-04-01T00:00Z has the section, 1 ms earlier the 2023 one has none
    const start = (orderedAt: string) => createSubscription({ ...licence, term: 'P3Y', orderedAt });
    expect(reason(start('2025-04-01T00:00:00.000Z'))).toBe('eligible');
    expect(reason(start('2025-03-31T23:59:59.999Z'))).toBe('no-policy-section');
    // a term ending 1 ms before 2026-05-04T00:00Z: bought so that its end is 2026-05-03
    expect(reason(createSubscription({ ...licence, orderedAt: '2025-05-03T12:00:00Z' }))).toBe(
      'term-ends-before',
    );
    expect(reason(createSubscription({ ...licence, orderedAt: '2025-05-04T00:00:00Z' }))).toBe(
      'eligible',
    );
    const catalog = JSON.parse(
      JSON.stringify(partnerCenterPolicies.find((p) => p.id === 'partner-center-nce-2025-04')),
    );
    const later = {
      ...catalog,
      id: 'later-start',
      extendedServiceTerm: {
        ...catalog.extendedServiceTerm,
        termStartedFrom: '2026-11-20T10:00:00.001Z',
      },
    };
    expect(reason(fifty, { policy: later })).toBe('term-started-before');
    expect(reason(inEst)).toBe('in-extended-service-term');
    const cancelled = apply(fifty, { type: 'cancel', at: '2026-11-21T00:00:00Z' });
    expect(extendedServiceTermEligible(cancelled)).toEqual({
      eligible: false,
      reason: 'ended',
      from: null,
    });
  });

  it('EST-7: basePrice is one month’s price, monthlyPlan true by default (4.00 → 4.12); given by hand without a monthly plan it is the annual price’s month (10.00 → 12.30)', () => {
    expect(extendedServiceTermPrice({ basePrice: usd(400) })).toEqual(usd(412));
    expect(extendedServiceTermPrice({ basePrice: usd(1000), monthlyPlan: false })).toEqual(
      usd(1230),
    );
    const byHand = apply(fifty, {
      type: 'set-end-of-term',
      at,
      action: 'extended-service-term',
      basePrice: usd(1000),
      monthlyPlan: false,
    });
    const month = advance(byHand, iso(TERM_END));
    expect(month.subscription.price).toEqual(usd(1230));
    expect(month.subscription.extendedServiceTerm).toEqual({
      since: iso(TERM_END),
      basePrice: usd(1000),
      uplift: 0.23,
    });
  });

  it('EST-7: auto-renew off and a suspension on an eligible state warn with code EXTENDED_SERVICE_TERM, naming set-end-of-term with action cancel', () => {
    for (const event of [
      { type: 'set-auto-renew', at, enabled: false },
      { type: 'suspend', at, reason: 'nonpayment' },
    ] as const) {
      const result = transition(chosen, event);
      expect(result.ok && result.warnings?.[0]).toMatchObject({
        code: 'EXTENDED_SERVICE_TERM',
        messageId: 'lifecycle.nce.warning.auto-renew-off-est',
      });
      expect(result.ok && result.warnings?.[0]?.message).toContain(
        'send set-end-of-term with action cancel',
      );
      // the base was given: the warning says nothing of a price
      expect(result.ok && result.warnings?.length).toBe(1);
    }
    // a term that is not eligible expires quietly, without a warning
    const software = createSubscription({ ...licence, product: 'software-subscription' });
    const off = transition(software, { type: 'set-auto-renew', at, enabled: false });
    expect(off.ok && off.warnings).toBeUndefined();
  });

  it('EST-7: months without a base set unpriced: true on the result (CHG-1)', () => {
    const unpriced = apply(fifty, { type: 'set-end-of-term', at, action: 'extended-service-term' });
    expect(advance(unpriced, iso(TERM_END - 1)).unpriced).toBeUndefined();
    const result = advance(unpriced, iso(TERM_END));
    expect(result.unpriced).toBe(true);
    expect(result.subscription.price).toBeNull();
  });

  it('CHG-1, EST-7: leaving an unpriced Extended Service Term by change-term sets unpriced: true on the result, not only on its credit', () => {
    const unpriced = advance(
      apply(fifty, { type: 'set-end-of-term', at, action: 'extended-service-term' }),
      iso(TERM_END),
    ).subscription;
    expect(unpriced.price).toBeNull();
    const left = transition(unpriced, {
      type: 'change-term',
      at: iso(TERM_END + 10 * 86_400_000),
      term: 'P1Y',
      billingFrequency: 'monthly',
      price: usd(500),
      quantity: 20,
    });
    if (!left.ok) throw new Error(left.message);
    expect(left.unpriced).toBe(true);
    // the credit's money is unknown; the new term's first month is 20 × 5.00 = 100.00 USD
    expect(
      left.effects.map((e) =>
        e.type === 'credit'
          ? [e.type, e.unpriced]
          : e.type === 'charge'
            ? [e.type, e.kind, e.amount]
            : [e.type],
      ),
    ).toEqual([
      ['credit', true],
      ['charge', 'term-change', usd(10000)],
    ]);
    // 1 ms before the term's end the state still has its price: a change there is priced
    const before = transition(
      apply(fifty, { type: 'set-end-of-term', at, action: 'extended-service-term' }),
      {
        type: 'change-term',
        at: iso(TERM_END - 1),
        term: 'P3Y',
        billingFrequency: 'monthly',
        price: usd(450),
      },
    );
    expect(before.ok && before.unpriced).toBeUndefined();
  });

  it('EST-7: change-term leaves the Extended Service Term for any term, P1M included, renewing with auto-renew on', () => {
    for (const term of ['P1M', 'P1Y'] as const) {
      const left = transition(inEst, {
        type: 'change-term',
        at: iso(TERM_END + 10 * 86_400_000),
        term,
        billingFrequency: 'monthly',
        price: usd(term === 'P1M' ? 600 : 500),
        quantity: 20,
      });
      expect(
        left.ok && [
          left.subscription.term,
          left.subscription.endOfTerm,
          left.subscription.autoRenew,
          left.subscription.quantity,
          left.subscription.extendedServiceTerm,
        ],
      ).toEqual([term, 'renew', true, 20, undefined]);
    }
  });

  it('EST-7: in the Extended Service Term endOfTerm is extended-service-term and no batch can be reduced (reducibleUntil null)', () => {
    expect(inEst.endOfTerm).toBe('extended-service-term');
    expect(inEst.seats.map((b) => b.reducibleUntil)).toEqual([null]);
    const later = advance(inEst, iso(TERM_END + 45 * 86_400_000)).subscription;
    expect([later.endOfTerm, later.seats.map((b) => b.reducibleUntil)]).toEqual([
      'extended-service-term',
      [null],
    ]);
  });

  it('EST-7: set-end-of-term in a suspension is refused NOT_ALLOWED: the suspension has set it', () => {
    const suspended = apply(fifty, { type: 'suspend', at, reason: 'nonpayment' });
    for (const action of ['renew', 'extended-service-term', 'cancel'] as const)
      expect(
        transition(suspended, { type: 'set-end-of-term', at: '2027-02-01T00:00:00Z', action }),
      ).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });

  it('EST-7: renew on a marketplace SaaS with a scheduled cancellation is refused as auto-renew on is', () => {
    const saas = createSubscription({
      ...licence,
      product: 'marketplace-saas',
      orderedAt: '2026-11-20T10:00:00Z',
    });
    const scheduled = apply(saas, { type: 'cancel', at: '2026-12-25T00:00:00Z' });
    expect(scheduled.cancelAtRenewal).toBe(true);
    const on = transition(scheduled, { type: 'set-auto-renew', at, enabled: true });
    const renew = transition(scheduled, { type: 'set-end-of-term', at, action: 'renew' });
    expect(on).toMatchObject({ ok: false, code: 'CANCELLATION_SCHEDULED' });
    expect(renew).toEqual(on);
  });

  it('EST-7: an end-of-term change’s PATCH writes autoRenewEnabled and the scheduledActions entry, even where auto-renew does not change', () => {
    const cancel = apply(fifty, { type: 'set-end-of-term', at, action: 'cancel' });
    const est = apply(cancel, { type: 'set-end-of-term', at, action: 'extended-service-term' });
    expect(toPartnerCenterPatch(cancel, est)).toEqual({
      autoRenewEnabled: false,
      scheduledActions: [{ scheduleType: 'TermEnd', actionType: 'RenewToExtendedServiceTerm' }],
    });
    expect(toPartnerCenterPatch(est, cancel)).toEqual({
      autoRenewEnabled: false,
      scheduledActions: [{ scheduleType: 'TermEnd', actionType: 'Cancel' }],
    });
  });

  it('EST-7: allowedActions lists each end-of-term option once, with its cost, and no auto-renew action beside them', () => {
    const types = (s: NewCommerceSubscription) =>
      allowedActions(s, at)
        .filter((a) => a.type === 'set-end-of-term' || a.type === 'set-auto-renew')
        .map((a) =>
          a.type === 'set-end-of-term'
            ? [a.type, a.action, a.until, a.charge]
            : [a.type, undefined, undefined, undefined],
        );
    expect(types(fifty)).toEqual([
      ['set-end-of-term', 'extended-service-term', iso(TERM_END), undefined],
      ['set-end-of-term', 'cancel', iso(TERM_END), undefined],
    ]);
    // with its base: 4.00 + 3 % = 4.12 × 50 = 206.00 USD a month from the term's end
    expect(types(chosen)).toEqual([
      ['set-end-of-term', 'renew', iso(TERM_END), undefined],
      ['set-end-of-term', 'cancel', iso(TERM_END), undefined],
    ]);
    const cancel = apply(chosen, { type: 'set-end-of-term', at, action: 'cancel' });
    expect(types(cancel)).toEqual([
      ['set-end-of-term', 'renew', iso(TERM_END), undefined],
      ['set-end-of-term', 'extended-service-term', iso(TERM_END), usd(20600)],
    ]);
  });

  it('EST-7: a state stored before the end-of-term options (no endOfTerm) loads with the option Partner Center gives it', () => {
    const stored = (s: NewCommerceSubscription) => {
      const { endOfTerm: _none, ...old } = s;
      return old as unknown as NewCommerceSubscription;
    };
    const off = apply(fifty, { type: 'set-auto-renew', at, enabled: false });
    // eligible and auto-renew off: the Extended Service Term, as without an explicit cancel
    expect(advance(stored(off), iso(TERM_END)).subscription).toMatchObject({
      status: 'active',
      endOfTerm: 'extended-service-term',
    });
    expect(nextDeadline(stored(off))).toEqual({ type: 'extended-service-term', at: iso(TERM_END) });
    // auto-renew on: renew; not eligible: cancel, the old expiry path
    expect(advance(stored(fifty), at).subscription.endOfTerm).toBe('renew');
    const software = apply(createSubscription({ ...licence, product: 'software-subscription' }), {
      type: 'set-auto-renew',
      at,
      enabled: false,
    });
    expect(advance(stored(software), at).subscription.endOfTerm).toBe('cancel');
    const parsed = parseSubscription(JSON.parse(JSON.stringify(stored(off))));
    expect(parsed.ok && parsed.value.program === 'new-commerce' && parsed.value.endOfTerm).toBe(
      undefined,
    );
    // an Extended Service Term without the option is not a state any version wrote
    const { endOfTerm: _gone, ...broken } = inEst;
    expect(() => advance(broken as never, iso(TERM_END))).toThrow(/subscription\.endOfTerm/);
  });

  describe('properties', () => {
    it('CHG-1, EST-7: a change-term out of an unpriced Extended Service Term is unpriced on its result for every day, term and seats', () => {
      const unpriced = advance(
        apply(fifty, { type: 'set-end-of-term', at, action: 'extended-service-term' }),
        iso(TERM_END),
      ).subscription;
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 120 * 86_400_000 }),
          fc.constantFrom('P1M', 'P1Y', 'P3Y' as const),
          fc.integer({ min: 1, max: 50 }),
          (offset, term, quantity) => {
            const left = transition(unpriced, {
              type: 'change-term',
              at: iso(TERM_END + offset),
              term,
              billingFrequency: 'monthly',
              price: usd(500),
              quantity,
            });
            return left.ok && left.unpriced === true;
          },
        ),
      );
    });
  });
});
