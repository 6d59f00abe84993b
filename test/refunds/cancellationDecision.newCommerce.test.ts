import fc from 'fast-check';
import {
  type CancellationDecision,
  cancellationDecision,
  definePolicy,
  type NewCommercePurchase,
  type Purchase,
  partnerCenterPolicies,
} from 'subscription-rules';
import { purchase as purchaseArbitrary } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { ruleErrorOf } from '../_errors.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' }) as const;

/** The worked example: a licence-based P1Y monthly subscription of 10 seats at 12.50 USD. */
const seats = {
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 10,
  price: usd(1250),
  orderedAt: '2026-11-20T10:00:00Z',
} as const satisfies NewCommercePurchase;

/** Sample 2: a software subscription of the 2021 preview, bought 2021-09-14T16:44:03.4609789Z. */
const sample2 = {
  program: 'new-commerce',
  product: 'software-subscription',
  term: 'P3Y',
  billingFrequency: 'triennial',
  orderedAt: '2021-09-14T16:44:03.4609789Z',
} as const satisfies NewCommercePurchase;

const outcome = (purchase: Purchase, at: string) => cancellationDecision(purchase, at).outcome;

describe('cancellationDecision for New Commerce purchases', () => {
  it('NCE-4, NCE-5: 10 seats at 12.50 USD bought 2026-11-20T10:00Z and cancelled 2026-11-23T09:00Z: credit 10830 (108.30 USD), window closes 2026-11-28T00:00:00.000Z', () => {
    expect(cancellationDecision(seats, '2026-11-23T09:00:00Z')).toEqual({
      outcome: 'prorated-credit',
      rule: 'NCE-4',
      policyId: 'partner-center-nce-2025-04',
      program: 'new-commerce',
      message:
        'Cancelled within the 7-calendar-day window: the unused days of the billing period are credited (window ends 2026-11-28T00:00:00.000Z).',
      messageId: 'refund.term.prorated-credit',
      params: { count: 7, unit: 'calendar day', windowEndsAt: '2026-11-28T00:00:00.000Z' },
      windowEndsAt: '2026-11-28T00:00:00.000Z',
      daysRemaining: 4,
      credit: usd(10830),
    });
  });

  it('NCE-4: a full credit of every seat (P·Q) until 2026-11-20T23:59:59.999Z, prorated from 2026-11-21T00:00:00.000Z (first-day end ±1 ms)', () => {
    const first = cancellationDecision(seats, '2026-11-20T23:59:59.999Z');
    expect([first.outcome, 'credit' in first && first.credit]).toEqual(['full-credit', usd(12500)]);
    expect(first.message).toBe(
      "Cancelled on the term's first day: full credit (window ends 2026-11-28T00:00:00.000Z).",
    );
    const second = cancellationDecision(seats, '2026-11-21T00:00:00.000Z');
    // U = 2: charged r(417 · 2 / 10) · 10 = 830.
    expect([second.outcome, 'credit' in second && second.credit]).toEqual([
      'prorated-credit',
      usd(11670),
    ]);
    expect(outcome(seats, '2026-11-20T10:00:00Z')).toBe('full-credit');
  });

  it('NCE-3, NCE-4: prorated until 2026-11-27T23:59:59.999Z, not cancellable from 2026-11-28T00:00:00.000Z (window end ±1 ms)', () => {
    const last = cancellationDecision(seats, '2026-11-27T23:59:59.999Z');
    // U = 8: charged r(417 · 8 / 10) · 10 = 3340.
    expect([last.outcome, 'credit' in last && last.credit, last]).toMatchObject([
      'prorated-credit',
      usd(9160),
      { daysRemaining: 0 },
    ]);
    expect(cancellationDecision(seats, '2026-11-28T00:00:00.000Z')).toEqual({
      outcome: 'not-cancellable',
      rule: 'NCE-4',
      policyId: 'partner-center-nce-2025-04',
      program: 'new-commerce',
      message:
        'No longer cancellable: the 7-calendar-day window ended 2026-11-28T00:00:00.000Z; the full term is billed.',
      messageId: 'refund.term.window-closed',
      params: { count: 7, unit: 'calendar day', windowEndsAt: '2026-11-28T00:00:00.000Z' },
      reason: 'window-closed',
      windowEndsAt: '2026-11-28T00:00:00.000Z',
      daysRemaining: 0,
    });
  });

  it('NCE-3: sample 2 (P3Y from 2021-09-14T16:44:03.4609789Z): a 30-calendar-day window that closes at 2021-10-15T00:00:00.000Z', () => {
    const inside = cancellationDecision(sample2, '2021-10-14T23:59:59.999Z');
    expect(inside).toMatchObject({
      outcome: 'prorated-credit',
      policyId: 'partner-center-nce-2021-10',
      program: 'new-commerce',
      windowEndsAt: '2021-10-15T00:00:00.000Z',
    });
    // Partner Center's own resource: cancellationAllowedUntilDate 2021-10-14T23:59:00Z.
    expect(outcome(sample2, '2021-10-14T23:59:00Z')).toBe('prorated-credit');
    expect(outcome(sample2, '2021-10-15T00:00:00.000Z')).toBe('not-cancellable');
  });

  it('NCE-3: sample 2 is billed triennially to termEnd 2024-09-14T00:00:00.000Z: a price per period of the whole term is prorated over its 1096 days', () => {
    const priced = { ...sample2, price: usd(109_600) };
    const decision = cancellationDecision(priced, '2021-09-15T12:00:00Z');
    // D = days from 2021-09-14 to 2024-09-14 = 1096; U = 2; r(r(109600 / 1096) · 2) = 200.
    expect('credit' in decision && decision.credit).toEqual(usd(109_400));
    // A renewal starts at termEnd and opens a new window under the rules then in force.
    const renewed = { ...sample2, termStart: '2024-09-14T00:00:00.000Z' };
    expect(cancellationDecision(renewed, '2024-09-21T23:59:59.999Z')).toMatchObject({
      outcome: 'prorated-credit',
      policyId: 'partner-center-nce-2023-01',
      program: 'new-commerce',
      windowEndsAt: '2024-09-22T00:00:00.000Z',
    });
  });

  it('NCE-1, NCE-11: the policy is the one in force at the term start — 72 hours (TIME-2 exact) for a licence bought 2022-03-17T23:59:59.999Z, 7 calendar days from 2022-03-18T00:00:00.000Z', () => {
    const before = { ...seats, orderedAt: '2022-03-17T23:59:59.999Z' };
    expect(cancellationDecision(before, '2022-03-20T23:59:59.998Z')).toMatchObject({
      outcome: 'prorated-credit',
      policyId: 'partner-center-nce-2021-10',
      program: 'new-commerce',
      windowEndsAt: '2022-03-20T23:59:59.999Z',
    });
    expect(outcome(before, '2022-03-20T23:59:59.999Z')).toBe('not-cancellable');
    const after = { ...seats, orderedAt: '2022-03-18T00:00:00.000Z' };
    expect(cancellationDecision(after, '2022-03-18T00:00:00Z')).toMatchObject({
      policyId: 'partner-center-nce-2022-03',
      program: 'new-commerce',
      windowEndsAt: '2022-03-26T00:00:00.000Z',
    });
    // A term renewed after the change renews under the new rules (NCE-11).
    const renewed = { ...before, termStart: '2023-03-18T00:00:00Z' };
    expect(cancellationDecision(renewed, '2023-03-18T00:00:00Z').policyId).toBe(
      'partner-center-nce-2023-01',
    );
  });

  it('NCE-4: perpetual software, full credit within 30 calendar days of the order (±1 ms), by the policy of the order', () => {
    const perpetual = {
      program: 'new-commerce',
      product: 'software-perpetual',
      orderedAt: '2026-11-20T10:00:00Z',
      quantity: 3,
      price: usd(40_000),
    } as const;
    expect(cancellationDecision(perpetual, '2026-12-20T23:59:59.999Z')).toEqual({
      outcome: 'full-credit',
      rule: 'NCE-4',
      policyId: 'partner-center-nce-2025-04',
      program: 'new-commerce',
      message:
        'Cancelled within the 30-calendar-day window: full credit (window ends 2026-12-21T00:00:00.000Z).',
      messageId: 'refund.term.full-credit',
      params: { count: 30, unit: 'calendar day', windowEndsAt: '2026-12-21T00:00:00.000Z' },
      windowEndsAt: '2026-12-21T00:00:00.000Z',
      daysRemaining: 0,
      credit: usd(120_000),
    });
    expect(cancellationDecision(perpetual, '2026-12-21T00:00:00.000Z')).toMatchObject({
      outcome: 'not-cancellable',
      reason: 'window-closed',
    });
  });

  it('NCE-4: marketplace SaaS 72 hours (±1 ms) from 2023-01-18, then cancel-at-renewal effective at currentTermEnd', () => {
    const saas = {
      program: 'new-commerce',
      product: 'marketplace-saas',
      term: 'P2Y',
      billingFrequency: 'annual',
      orderedAt: '2026-11-20T10:00:00Z',
      price: usd(50_000),
      quantity: 2,
    } as const;
    expect(cancellationDecision(saas, '2026-11-23T09:59:59.999Z')).toMatchObject({
      outcome: 'full-credit',
      windowEndsAt: '2026-11-23T10:00:00.000Z',
      credit: usd(100_000),
    });
    expect(
      cancellationDecision(
        { ...saas, currentTermEnd: '2028-11-20T00:00:00Z' },
        '2026-11-23T10:00:00.000Z',
      ),
    ).toEqual({
      outcome: 'cancel-at-renewal',
      rule: 'NCE-4',
      policyId: 'partner-center-nce-2025-04',
      program: 'new-commerce',
      message:
        'Requested after the 72-hour full-refund window (ended 2026-11-23T10:00:00.000Z): the subscription ends with its term (2028-11-20T00:00:00.000Z), with no credit.',
      messageId: 'refund.term.cancel-at-renewal.at',
      params: {
        count: 72,
        unit: 'hour',
        windowEndsAt: '2026-11-23T10:00:00.000Z',
        effectiveAt: '2028-11-20T00:00:00.000Z',
      },
      windowEndsAt: '2026-11-23T10:00:00.000Z',
      daysRemaining: 0,
      effectiveAt: '2028-11-20T00:00:00.000Z',
    });
  });

  it('NCE-1, NCE-11: marketplace SaaS of the 2021 rules: 24 hours monthly, 14 days annual (TIME-2 exact, ±1 ms)', () => {
    const saas = {
      program: 'new-commerce',
      product: 'marketplace-saas',
      term: 'P1Y',
      billingFrequency: 'monthly',
      orderedAt: '2021-11-20T10:00:00Z',
    } as const;
    expect(outcome(saas, '2021-11-21T09:59:59.999Z')).toBe('full-credit');
    expect(outcome(saas, '2021-11-21T10:00:00.000Z')).toBe('cancel-at-renewal');
    const annual = { ...saas, billingFrequency: 'annual' } as const;
    expect(outcome(annual, '2021-12-04T09:59:59.999Z')).toBe('full-credit');
    expect(outcome(annual, '2021-12-04T10:00:00.000Z')).toBe('cancel-at-renewal');
  });

  it('NCE-4: usage-based offers are never refundable (REF-4), a price credits 0', () => {
    const usage = {
      program: 'new-commerce',
      product: 'marketplace-usage',
      orderedAt: '2026-11-20T10:00:00Z',
      price: usd(500),
    } as const;
    expect(cancellationDecision(usage, '2026-11-20T10:00:00Z')).toMatchObject({
      outcome: 'no-refund',
      rule: 'REF-4',
      reason: 'usage-based',
      credit: usd(0),
    });
  });

  it('NCE-2: a combination outside the table, a missing term and a term on perpetual software are RuleErrors naming the field', () => {
    const cases: [unknown, string, string][] = [
      [
        { ...seats, term: 'P1M', billingFrequency: 'annual' },
        'INVALID_ARGUMENT',
        'purchase.billingFrequency',
      ],
      [{ ...seats, term: 'P2Y' }, 'INVALID_ARGUMENT', 'purchase.term'],
      [{ ...seats, term: undefined }, 'MISSING_FIELD', 'purchase.term'],
      [{ ...seats, billingFrequency: undefined }, 'MISSING_FIELD', 'purchase.billingFrequency'],
      [
        {
          program: 'new-commerce',
          product: 'software-perpetual',
          orderedAt: seats.orderedAt,
          term: 'P1Y',
        },
        'INVALID_ARGUMENT',
        'purchase.term',
      ],
      [{ ...seats, product: 'software-plan' }, 'INVALID_ARGUMENT', 'purchase.product'],
      [{ ...seats, quantity: 0 }, 'INVALID_QUANTITY', 'purchase.quantity'],
      [{ ...seats, price: usd(-1) }, 'INVALID_AMOUNT', 'purchase.price.amount'],
      [
        { ...seats, quantity: 2 ** 40, price: usd(2 ** 20) },
        'INVALID_AMOUNT',
        'purchase.price.amount',
      ],
      [{ ...seats, program: 'csp' }, 'INVALID_ARGUMENT', 'purchase.program'],
    ];
    for (const [purchase, code, path] of cases) {
      const error = ruleErrorOf(() =>
        cancellationDecision(purchase as never, '2026-11-21T00:00:00Z'),
      );
      expect([error.code, error.path], JSON.stringify(purchase)).toEqual([code, path]);
    }
  });

  it('NCE-11: a request before the term start or the order, or a termStart before the order, is OUT_OF_ORDER', () => {
    const renewed = { ...seats, termStart: '2027-11-20T00:00:00Z' };
    expect(ruleErrorOf(() => cancellationDecision(renewed, '2027-11-19T23:59:59.999Z')).path).toBe(
      'at',
    );
    expect(ruleErrorOf(() => cancellationDecision(seats, '2026-11-20T09:59:59.999Z')).code).toBe(
      'OUT_OF_ORDER',
    );
    const early = { ...seats, termStart: '2026-11-20T09:59:59.999Z' };
    expect(ruleErrorOf(() => cancellationDecision(early, '2026-11-21T00:00:00Z')).path).toBe(
      'purchase.termStart',
    );
    const ended = { ...seats, currentTermEnd: '2026-11-21T00:00:00Z' };
    expect(ruleErrorOf(() => cancellationDecision(ended, '2026-11-21T00:00:00Z')).path).toBe(
      'purchase.currentTermEnd',
    );
  });

  it('NCE-1: a legacy policy for a New Commerce purchase, and a New Commerce policy for a legacy one, are INVALID_ARGUMENT at options.policy.program', () => {
    const [legacy, , , , , nce] = partnerCenterPolicies;
    const wrongWay = ruleErrorOf(() =>
      cancellationDecision(seats, '2026-11-21T00:00:00Z', { policy: legacy }),
    );
    expect([wrongWay.code, wrongWay.path]).toEqual(['INVALID_ARGUMENT', 'options.policy.program']);
    const otherWay = ruleErrorOf(() =>
      cancellationDecision(
        { product: 'software-perpetual', orderedAt: '2026-11-20T10:00:00Z' },
        '2026-11-21T00:00:00Z',
        { policy: nce },
      ),
    );
    expect(otherWay.path).toBe('options.policy.program');
  });

  it("NCE-1, NCE-5: a policy of one's own decides: no free first day, a 3-calendar-day window", () => {
    const base = JSON.parse(JSON.stringify(partnerCenterPolicies[5]));
    base.id = 'no-free-day';
    base.products['license-based'].cancellation.firstDay = 'prorated-credit';
    base.products['license-based'].cancellation.window = { calendarDays: 3 };
    const policy = definePolicy(base);
    const decision = cancellationDecision(seats, '2026-11-20T10:00:00Z', { policy });
    // U = 1: charged r(417 · 1 / 10) · 10 = 420.
    expect(decision).toMatchObject({
      outcome: 'prorated-credit',
      policyId: 'no-free-day',
      windowEndsAt: '2026-11-24T00:00:00.000Z',
      credit: usd(12_080),
    });
  });

  it('NCE-1: legacy answers are unchanged: program "legacy" decides exactly as no program', () => {
    const legacy = {
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      orderedAt: '2026-11-20T10:00:00Z',
    } as const;
    for (const at of ['2026-11-20T10:00:00Z', '2026-11-21T10:00:00Z']) {
      expect(cancellationDecision({ ...legacy, program: 'legacy' }, at)).toEqual(
        cancellationDecision(legacy, at),
      );
    }
  });

  it('PCR-1: a stated cancellableUntil replaces the computed window, to the millisecond; null closes it', () => {
    const until = '2026-11-30T00:00:00.000Z';
    const stated = { ...seats, cancellableUntil: until };
    expect(cancellationDecision(stated, '2026-11-29T23:59:59.999Z')).toMatchObject({
      outcome: 'prorated-credit',
      rule: 'NCE-4',
      windowEndsAt: until,
      message: expect.stringContaining('within the stated window'),
    });
    expect(cancellationDecision(stated, until)).toMatchObject({
      outcome: 'not-cancellable',
      windowEndsAt: until,
      message: expect.stringContaining('the stated window ended'),
    });
    // on the first day, still a full credit (the full-credit end is the computed one)
    expect(cancellationDecision(stated, '2026-11-20T12:00:00Z').outcome).toBe('full-credit');
    expect(
      cancellationDecision({ ...seats, cancellableUntil: null }, '2026-11-20T10:00:00Z'),
    ).toMatchObject({ outcome: 'not-cancellable', windowEndsAt: '2026-11-20T10:00:00.000Z' });
  });

  it('PCR-1: a stated fullCreditUntil ends the full credit; a later cancellableUntil gives a prorated credit until it', () => {
    const full = '2026-11-22T00:00:00.000Z';
    const p = { ...seats, fullCreditUntil: full };
    expect(cancellationDecision(p, '2026-11-21T23:59:59.999Z')).toMatchObject({
      outcome: 'full-credit',
      credit: usd(12500),
    });
    expect(cancellationDecision(p, full).outcome).toBe('prorated-credit');
    const saas = {
      program: 'new-commerce',
      product: 'marketplace-saas',
      term: 'P1Y',
      billingFrequency: 'monthly',
      orderedAt: '2026-11-20T10:00:00Z',
      fullCreditUntil: '2026-11-21T10:00:00Z',
    } as const satisfies NewCommercePurchase;
    // without a stated cancellation end, a SaaS window (all full credit) ends with the full credit
    expect(cancellationDecision(saas, '2026-11-21T09:59:59.999Z').outcome).toBe('full-credit');
    expect(cancellationDecision(saas, '2026-11-21T10:00:00Z')).toMatchObject({
      outcome: 'cancel-at-renewal',
      windowEndsAt: '2026-11-21T10:00:00.000Z',
    });
    const longer = { ...saas, cancellableUntil: '2026-11-25T10:00:00Z' };
    expect(cancellationDecision(longer, '2026-11-21T10:00:00Z').outcome).toBe('prorated-credit');
    expect(cancellationDecision(longer, '2026-11-25T10:00:00Z').outcome).toBe('cancel-at-renewal');
  });

  it('PCR-1: a stated window that agrees with the computed one changes nothing', () => {
    const agreeing = {
      ...seats,
      cancellableUntil: '2026-11-28T00:00:00Z',
      fullCreditUntil: '2026-11-21T00:00:00Z',
    };
    for (const at of ['2026-11-20T12:00:00Z', '2026-11-24T00:00:00Z', '2026-11-28T00:00:00Z'])
      expect(cancellationDecision(agreeing, at)).toEqual(cancellationDecision(seats, at));
  });

  it('PCR-1: a stated window is checked, and a product without a term takes none', () => {
    expect(
      ruleErrorOf(() =>
        cancellationDecision({ ...seats, cancellableUntil: 'soon' }, seats.orderedAt),
      ),
    ).toMatchObject({ code: 'INVALID_INSTANT', path: 'purchase.cancellableUntil' });
    expect(
      ruleErrorOf(() =>
        cancellationDecision(
          {
            program: 'new-commerce',
            product: 'marketplace-usage',
            orderedAt: seats.orderedAt,
            fullCreditUntil: seats.orderedAt,
          } as NewCommercePurchase,
          seats.orderedAt,
        ),
      ),
    ).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'purchase.fullCreditUntil' });
  });

  describe('properties', () => {
    const newCommerce = purchaseArbitrary({ program: 'new-commerce', renewals: true });
    const request = newCommerce.chain((purchase) => {
      const termStart = 'termStart' in purchase ? purchase.termStart : undefined;
      const start = Date.parse(String(termStart ?? purchase.orderedAt));
      return fc.tuple(
        fc.constant(purchase),
        fc
          .oneof(
            fc.integer({ min: 0, max: 10 * 86_400_000 }),
            fc.integer({ min: 0, max: 400 * 86_400_000 }),
          )
          .map((offset) => new Date(start + offset).toISOString()),
      );
    });

    it('NCE-5: a credit is never negative and never more than what was charged for the period (P·Q)', () => {
      fc.assert(
        fc.property(request, ([purchase, at]) => {
          const decision: CancellationDecision = cancellationDecision(purchase, at);
          if (!('credit' in decision) || decision.credit === undefined) return true;
          const quantity = 'quantity' in purchase ? (purchase.quantity ?? 1) : 1;
          const paid = (purchase.price?.amount ?? 0) * quantity;
          return decision.credit.amount >= 0 && decision.credit.amount <= paid;
        }),
      );
    });

    it('NCE-4: a later request never gets a better outcome or a larger credit in the same term', () => {
      const rank = { 'full-credit': 0, 'prorated-credit': 1 } as Record<string, number>;
      fc.assert(
        fc.property(
          request,
          fc.integer({ min: 0, max: 30 * 86_400_000 }),
          ([purchase, at], step) => {
            const later = new Date(Date.parse(at) + step).toISOString();
            const a = cancellationDecision(purchase, at);
            const b = cancellationDecision(purchase, later);
            const credit = (d: CancellationDecision) =>
              'credit' in d ? (d.credit?.amount ?? 0) : 0;
            return (rank[a.outcome] ?? 2) <= (rank[b.outcome] ?? 2) && credit(b) <= credit(a);
          },
        ),
      );
    });

    it('PCR-1: with stated windows too, a later request never gets a better outcome or a larger credit, and a credit is never more than P·Q', () => {
      const rank = { 'full-credit': 0, 'prorated-credit': 1 } as Record<string, number>;
      const stated = purchaseArbitrary({
        program: 'new-commerce',
        renewals: true,
        statedWindows: true,
      }).chain((purchase) => {
        const termStart = 'termStart' in purchase ? purchase.termStart : undefined;
        const start = Date.parse(String(termStart ?? purchase.orderedAt));
        return fc.tuple(
          fc.constant(purchase),
          fc
            .integer({ min: 0, max: 25 * 86_400_000 })
            .map((o) => new Date(start + o).toISOString()),
          fc.integer({ min: 0, max: 10 * 86_400_000 }),
        );
      });
      let withWindow = 0;
      fc.assert(
        fc.property(stated, ([purchase, at, step]) => {
          if ('cancellableUntil' in purchase || 'fullCreditUntil' in purchase) withWindow++;
          const later = new Date(Date.parse(at) + step).toISOString();
          const a = cancellationDecision(purchase, at);
          const b = cancellationDecision(purchase, later);
          const credit = (d: CancellationDecision) => ('credit' in d ? (d.credit?.amount ?? 0) : 0);
          const most =
            (purchase.price?.amount ?? 0) * ((purchase as NewCommercePurchase).quantity ?? 1);
          return (
            (rank[a.outcome] ?? 2) <= (rank[b.outcome] ?? 2) &&
            credit(b) <= credit(a) &&
            credit(a) <= most
          );
        }),
      );
      expect(withWindow).toBeGreaterThan(10);
    });

    itKeepsTheContract('cancellationDecision (New Commerce)', cancellationDecision, request);
  });
});
