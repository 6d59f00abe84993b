import { UTCDate } from '@date-fns/utc';
import { addYears } from 'date-fns';
import fc from 'fast-check';
import type {
  BillingCycle,
  CancellationDecision,
  CurrencyCode,
  Product,
  Purchase,
} from 'subscription-rules';
import { cancellationDecision, partnerCenterPolicies, prorate } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { epochMs, withOffset } from '../_arbitraries.ts';
import { itKeepsTheContract } from '../_contracts.ts';
import { ruleErrorOf } from '../_errors.ts';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * SPEC §3 written out independently of the policy data: for each policy and product, the window
 * (ms, or null for a rule that does not depend on time), the outcomes inside and after it, and the
 * rule IDs that decide.
 */
interface Expectation {
  readonly rule: string;
  readonly product: Product;
  readonly billingCycle?: BillingCycle;
  readonly windowMs: number | null;
  readonly within: CancellationDecision['outcome'];
  readonly withinRule: string;
  readonly after: CancellationDecision['outcome'];
  readonly afterRule: string;
}

function expectations(softwareDays: number, esuBySupport: boolean): readonly Expectation[] {
  const software = softwareDays * DAY;
  return [
    {
      rule: 'REF-1',
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      windowMs: 24 * HOUR,
      within: 'full-credit',
      withinRule: 'REF-1',
      after: 'cancel-at-renewal',
      afterRule: 'REF-2',
    },
    {
      rule: 'REF-3',
      product: 'marketplace-saas',
      billingCycle: 'annual',
      windowMs: 14 * DAY,
      within: 'full-credit',
      withinRule: 'REF-3',
      after: 'cancel-at-renewal',
      afterRule: 'REF-3',
    },
    {
      rule: 'REF-4',
      product: 'marketplace-usage',
      windowMs: null,
      within: 'no-refund',
      withinRule: 'REF-4',
      after: 'no-refund',
      afterRule: 'REF-4',
    },
    {
      rule: 'REF-5',
      product: 'software-perpetual',
      windowMs: software,
      within: 'full-credit',
      withinRule: 'REF-5',
      after: 'not-cancellable',
      afterRule: 'REF-5',
    },
    {
      rule: 'REF-5',
      product: 'software-subscription',
      windowMs: software,
      within: 'prorated-credit',
      withinRule: 'REF-5',
      after: 'not-cancellable',
      afterRule: 'REF-5',
    },
    {
      rule: 'REF-7',
      product: 'software-plan',
      windowMs: null,
      within: 'not-cancellable',
      withinRule: 'REF-7',
      after: 'not-cancellable',
      afterRule: 'REF-7',
    },
    esuBySupport
      ? {
          rule: 'REF-8',
          product: 'windows-7-esu',
          windowMs: null,
          within: 'support-request',
          withinRule: 'REF-8',
          after: 'support-request',
          afterRule: 'REF-8',
        }
      : {
          rule: 'REF-8',
          product: 'windows-7-esu',
          windowMs: software,
          within: 'prorated-credit',
          withinRule: 'REF-5',
          after: 'not-cancellable',
          afterRule: 'REF-5',
        },
  ];
}

const byPolicy = [
  {
    policyId: 'partner-center-2020-01',
    program: 'legacy',
    orderedMs: Date.UTC(2020, 5, 15, 9, 30),
    rows: expectations(60, true),
  },
  {
    policyId: 'partner-center-2021-03',
    program: 'legacy',
    orderedMs: Date.UTC(2026, 10, 20, 10),
    rows: expectations(30, false),
  },
] as const;

const cases = byPolicy.flatMap(({ policyId, orderedMs, rows }) =>
  rows.map((row) => ({ ...row, policyId, orderedMs })),
);

function purchaseOf(row: Expectation, orderedMs: number): Purchase {
  return row.billingCycle === undefined
    ? { product: row.product, orderedAt: iso(orderedMs) }
    : { product: row.product, billingCycle: row.billingCycle, orderedAt: iso(orderedMs) };
}

describe('cancellationDecision', () => {
  for (const row of cases) {
    const cycle = row.billingCycle === undefined ? '' : ` billed ${row.billingCycle}`;
    describe(`${row.rule}: ${row.product}${cycle} under ${row.policyId}`, () => {
      const purchase = purchaseOf(row, row.orderedMs);
      if (row.windowMs !== null) {
        const end = row.orderedMs + row.windowMs;
        it(`${row.rule}: 1 ms before the window's end → ${row.within}; at the end and 1 ms after → ${row.after}`, () => {
          const before = cancellationDecision(purchase, iso(end - 1));
          const atEnd = cancellationDecision(purchase, iso(end));
          const after = cancellationDecision(purchase, iso(end + 1));
          expect([before.outcome, atEnd.outcome, after.outcome]).toEqual([
            row.within,
            row.after,
            row.after,
          ]);
          expect([before.rule, atEnd.rule, after.rule]).toEqual([
            row.withinRule,
            row.afterRule,
            row.afterRule,
          ]);
          for (const decision of [before, atEnd, after]) {
            expect(decision).toMatchObject({
              policyId: row.policyId,
              windowEndsAt: iso(end),
              daysRemaining: 0,
            });
          }
          if (row.after === 'not-cancellable')
            expect(atEnd).toMatchObject({ reason: 'window-closed' });
        });
      } else {
        it(`${row.rule}: ${row.within} at the order, 1 ms later and ten years later, with no window`, () => {
          for (const ms of [row.orderedMs, row.orderedMs + 1, row.orderedMs + 3653 * DAY]) {
            const decision = cancellationDecision(purchase, iso(ms));
            expect(decision).toMatchObject({
              outcome: row.within,
              rule: row.withinRule,
              policyId: row.policyId,
            });
            expect(decision).not.toHaveProperty('windowEndsAt');
            expect(decision).not.toHaveProperty('daysRemaining');
          }
        });
      }
    });
  }

  it('REF-1: the example of the issue, word for word', () => {
    const decision = cancellationDecision(
      { product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' },
      '2026-11-20T22:00:00Z',
    );
    expect(decision).toEqual({
      outcome: 'full-credit',
      rule: 'REF-1',
      policyId: 'partner-center-2021-03',
      program: 'legacy',
      message:
        'Cancelled within 24 hours of the order: full credit on the next invoice (window ends 2026-11-21T10:00:00.000Z).',
      messageId: 'refund.full-credit',
      params: { count: 24, unit: 'hour', windowEndsAt: '2026-11-21T10:00:00.000Z' },
      windowEndsAt: '2026-11-21T10:00:00.000Z',
      daysRemaining: 0,
    });
  });

  it('REF-2: effectiveAt is the current term end when given, and absent otherwise', () => {
    const purchase = {
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      orderedAt: '2026-11-20T10:00:00Z',
    } as const;
    const late = '2026-12-01T00:00:00Z';
    expect(cancellationDecision(purchase, late)).not.toHaveProperty('effectiveAt');
    const scheduled = cancellationDecision(
      { ...purchase, currentTermEnd: '2026-12-20T21:00:00+11:00' },
      late,
    );
    expect(scheduled).toMatchObject({
      outcome: 'cancel-at-renewal',
      effectiveAt: '2026-12-20T10:00:00.000Z',
    });
    expect(scheduled.message).toContain('2026-12-20T10:00:00.000Z');
  });

  it('REF-2: a currentTermEnd at or before the request is OUT_OF_ORDER', () => {
    const purchase = {
      product: 'marketplace-saas',
      billingCycle: 'annual',
      orderedAt: '2026-11-20T10:00:00Z',
    } as const;
    for (const end of ['2026-12-01T00:00:00Z', '2026-11-30T00:00:00Z']) {
      const error = ruleErrorOf(() =>
        cancellationDecision({ ...purchase, currentTermEnd: end }, '2026-12-01T00:00:00Z'),
      );
      expect([error.code, error.path]).toEqual(['OUT_OF_ORDER', 'purchase.currentTermEnd']);
    }
  });

  it('REF-3: an annual marketplace SaaS order gets full credit for 14 days, then its cancellation is scheduled for the term end', () => {
    const annual = {
      product: 'marketplace-saas',
      billingCycle: 'annual',
      orderedAt: '2026-01-10T12:00:00Z',
      currentTermEnd: '2027-01-10T12:00:00Z',
    } as const;
    expect(cancellationDecision(annual, '2026-01-24T11:59:59.999Z')).toMatchObject({
      outcome: 'full-credit',
      rule: 'REF-3',
      windowEndsAt: '2026-01-24T12:00:00.000Z',
    });
    expect(cancellationDecision(annual, '2026-01-24T12:00:00Z')).toMatchObject({
      outcome: 'cancel-at-renewal',
      rule: 'REF-3',
      effectiveAt: '2027-01-10T12:00:00.000Z',
    });
  });

  it('REF-4: a usage-based service credits zero in the price currency when a price is given', () => {
    expect(
      cancellationDecision(
        {
          product: 'marketplace-usage',
          orderedAt: '2026-01-01T00:00:00Z',
          price: { amount: 500, currency: 'JPY' },
        },
        '2026-01-01T00:00:00Z',
      ),
    ).toMatchObject({
      outcome: 'no-refund',
      reason: 'usage-based',
      credit: { amount: 0, currency: 'JPY' },
    });
  });

  it('REF-5: a software subscription term other than P1Y or P3Y is INVALID_ARGUMENT', () => {
    for (const product of ['software-subscription', 'windows-7-esu'] as const) {
      for (const term of ['P1M', 'P2Y', 1]) {
        const error = ruleErrorOf(() =>
          cancellationDecision(
            { product, orderedAt: '2026-01-01T00:00:00Z', term: term as 'P1Y' },
            '2026-01-02T00:00:00Z',
          ),
        );
        expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'purchase.term']);
      }
    }
    const perpetual = ruleErrorOf(() =>
      cancellationDecision(
        { product: 'software-perpetual', orderedAt: '2026-01-01T00:00:00Z', term: 'P1Y' },
        '2026-01-02T00:00:00Z',
      ),
    );
    expect(perpetual.message).toContain('expected no term');
  });

  it('REF-6: full credit is the whole price; a prorated credit is the unused days of the term, half-up', () => {
    const orderedAt = '2026-01-01T00:00:00Z';
    const price = { amount: 36_500, currency: 'USD' } as const;
    expect(
      cancellationDecision(
        { product: 'software-perpetual', orderedAt, price },
        '2026-01-10T12:00:00Z',
      ),
    ).toMatchObject({ outcome: 'full-credit', credit: price });
    // A year of 365 days, the 10th day used: 355 days unused.
    expect(
      cancellationDecision(
        { product: 'software-subscription', orderedAt, price },
        '2026-01-10T12:00:00Z',
      ),
    ).toMatchObject({ outcome: 'prorated-credit', credit: { amount: 35_500, currency: 'USD' } });
    // Three years from 2026-01-01 are 1096 days (2028 is a leap year); day 1 used:
    // 1095/1096 of 100.01 = 99.9187… → 99.92.
    expect(
      cancellationDecision(
        {
          product: 'software-subscription',
          orderedAt,
          price: { amount: 10_001, currency: 'USD' },
          term: 'P3Y',
        },
        orderedAt,
      ),
    ).toMatchObject({ credit: { amount: 9992, currency: 'USD' } });
    // 2020 has 366 days; 33 used, 333 unused: 183 × 333 / 366 = 166.5 → 167 half-up (half-even: 166).
    expect(
      cancellationDecision(
        {
          product: 'software-subscription',
          orderedAt: '2020-01-01T00:00:00Z',
          price: { amount: 183, currency: 'USD' },
        },
        '2020-02-02T12:00:00Z',
      ),
    ).toMatchObject({ outcome: 'prorated-credit', credit: { amount: 167, currency: 'USD' } });
  });

  it('REF-6: no credit without a price, and a negative price is INVALID_AMOUNT', () => {
    const purchase = { product: 'software-perpetual', orderedAt: '2026-01-01T00:00:00Z' } as const;
    expect(cancellationDecision(purchase, '2026-01-02T00:00:00Z')).not.toHaveProperty('credit');
    const error = ruleErrorOf(() =>
      cancellationDecision(
        { ...purchase, price: { amount: -1, currency: 'USD' } },
        '2026-01-02T00:00:00Z',
      ),
    );
    expect([error.code, error.path]).toEqual(['INVALID_AMOUNT', 'purchase.price.amount']);
    expect(
      ruleErrorOf(() =>
        cancellationDecision(
          { ...purchase, price: { amount: 1, currency: 'usd' as 'USD' } },
          '2026-01-02T00:00:00Z',
        ),
      ).code,
    ).toBe('UNKNOWN_CURRENCY');
  });

  it('REF-7: a SUSE or Red Hat plan is never cancellable, whatever the policy', () => {
    for (const orderedAt of ['2020-01-01T00:00:00Z', '2026-01-01T00:00:00Z']) {
      expect(
        cancellationDecision({ product: 'software-plan', orderedAt }, orderedAt),
      ).toMatchObject({
        outcome: 'not-cancellable',
        reason: 'plan-not-cancellable',
        rule: 'REF-7',
      });
    }
  });

  it('REF-8: Windows 7 ESU needs a support request under the 2020 rules and is a 30-day software subscription under the 2021 rules', () => {
    expect(
      cancellationDecision(
        { product: 'windows-7-esu', orderedAt: '2021-03-07T23:59:59.999Z' },
        '2021-03-08T00:00:00Z',
      ),
    ).toMatchObject({
      outcome: 'support-request',
      rule: 'REF-8',
      policyId: 'partner-center-2020-01',
      program: 'legacy',
    });
    expect(
      cancellationDecision(
        { product: 'windows-7-esu', orderedAt: '2021-03-08T00:00:00Z' },
        '2021-04-06T23:59:59.999Z',
      ),
    ).toMatchObject({
      outcome: 'prorated-credit',
      rule: 'REF-5',
      windowEndsAt: '2021-04-07T00:00:00.000Z',
    });
  });

  it('REF-9: daysRemaining counts whole days left, rounded down: 60 at the order, 59 a millisecond later, 0 on the last partial day', () => {
    const purchase = { product: 'software-perpetual', orderedAt: '2020-06-15T09:30:00Z' } as const;
    const days = (at: string) => {
      const decision = cancellationDecision(purchase, at);
      return 'daysRemaining' in decision ? decision.daysRemaining : undefined;
    };
    expect(days('2020-06-15T09:30:00Z')).toBe(60);
    expect(days('2020-06-15T09:30:00.001Z')).toBe(59);
    expect(days('2020-08-13T09:30:00Z')).toBe(1);
    expect(days('2020-08-13T09:30:00.001Z')).toBe(0);
    expect(days('2020-08-14T09:29:59.999Z')).toBe(0);
    expect(days('2021-08-14T09:30:00Z')).toBe(0);
    const saas = {
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      orderedAt: '2026-11-20T10:00:00Z',
    } as const;
    expect(cancellationDecision(saas, '2026-11-20T10:00:00Z')).toMatchObject({ daysRemaining: 1 });
  });

  it('REF-9: the message names the window end, the policy comes from the data, and a custom policy is obeyed', () => {
    const decision = cancellationDecision(
      { product: 'software-perpetual', orderedAt: '2026-01-01T00:00:00Z' },
      '2026-03-01T00:00:00Z',
    );
    expect(decision).toMatchObject({ outcome: 'not-cancellable', reason: 'window-closed' });
    expect(decision.message).toBe(
      'No longer cancellable: the 30-day cancellation window after the order ended 2026-01-31T00:00:00.000Z.',
    );
    const copy = JSON.parse(JSON.stringify(partnerCenterPolicies[1]));
    copy.id = 'ninety-days';
    copy.products['software-perpetual'].cancellation.window = { days: 90 };
    expect(
      cancellationDecision(
        { product: 'software-perpetual', orderedAt: '2026-01-01T00:00:00Z' },
        '2026-03-01T00:00:00Z',
        {
          policy: copy,
        },
      ),
    ).toMatchObject({
      outcome: 'full-credit',
      policyId: 'ninety-days',
      windowEndsAt: '2026-04-01T00:00:00.000Z',
    });
  });

  it('REF-11: the SaaS window counts from the order, not from the end of a free trial', () => {
    // 30-day trial from the order; after conversion a cancellation is scheduled for the term end.
    const decision = cancellationDecision(
      {
        product: 'marketplace-saas',
        billingCycle: 'monthly',
        orderedAt: '2026-01-01T00:00:00Z',
        currentTermEnd: '2026-03-03T00:00:00Z',
      },
      '2026-01-31T00:00:01Z',
    );
    expect(decision).toMatchObject({
      outcome: 'cancel-at-renewal',
      windowEndsAt: '2026-01-02T00:00:00.000Z',
      effectiveAt: '2026-03-03T00:00:00.000Z',
    });
  });

  it('REF-10: a request before the order is OUT_OF_ORDER, also by one millisecond', () => {
    const error = ruleErrorOf(() =>
      cancellationDecision(
        { product: 'software-perpetual', orderedAt: '2026-01-01T00:00:00Z' },
        '2025-12-31T23:59:59.999Z',
      ),
    );
    expect([error.code, error.path]).toEqual(['OUT_OF_ORDER', 'at']);
  });

  it('REF-10: marketplace-saas without a billing cycle is MISSING_FIELD; an unknown cycle is INVALID_ARGUMENT', () => {
    const missing = ruleErrorOf(() =>
      cancellationDecision(
        { product: 'marketplace-saas', orderedAt: '2026-01-01T00:00:00Z' },
        '2026-01-01T00:00:00Z',
      ),
    );
    expect([missing.code, missing.path]).toEqual(['MISSING_FIELD', 'purchase.billingCycle']);
    for (const product of ['marketplace-saas', 'software-perpetual'] as const) {
      const unknown = ruleErrorOf(() =>
        cancellationDecision(
          { product, billingCycle: 'yearly' as 'annual', orderedAt: '2026-01-01T00:00:00Z' },
          '2026-01-01T00:00:00Z',
        ),
      );
      expect([unknown.code, unknown.path]).toEqual(['INVALID_ARGUMENT', 'purchase.billingCycle']);
    }
  });

  it('REF-10: an unknown or missing product is INVALID_ARGUMENT or MISSING_FIELD, even one named like an Object method', () => {
    for (const product of ['office-365', 'toString', '__proto__', 7]) {
      const error = ruleErrorOf(() =>
        cancellationDecision(
          { product: product as Product, orderedAt: '2026-01-01T00:00:00Z' },
          '2026-01-01T00:00:00Z',
        ),
      );
      expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'purchase.product']);
    }
    const missing = ruleErrorOf(() =>
      cancellationDecision(
        { orderedAt: '2026-01-01T00:00:00Z' } as Purchase,
        '2026-01-01T00:00:00Z',
      ),
    );
    expect([missing.code, missing.path]).toEqual(['MISSING_FIELD', 'purchase.product']);
  });

  it('TIME-1: an invalid instant is INVALID_INSTANT at its path; a purchase that is not an object is INVALID_ARGUMENT', () => {
    const purchase = { product: 'software-perpetual', orderedAt: '2026-01-01T00:00:00Z' } as const;
    for (const [run, path] of [
      [() => cancellationDecision(purchase, '2026-01-01T00:00:00'), 'at'],
      [() => cancellationDecision(purchase, new Date(Number.NaN)), 'at'],
      [
        () =>
          cancellationDecision(
            { ...purchase, orderedAt: '2026-02-30T00:00:00Z' },
            '2026-03-05T00:00:00Z',
          ),
        'purchase.orderedAt',
      ],
      [
        () => cancellationDecision({ ...purchase, currentTermEnd: 'soon' }, '2026-01-05T00:00:00Z'),
        'purchase.currentTermEnd',
      ],
    ] as const) {
      const error = ruleErrorOf(run);
      expect([error.code, error.path]).toEqual(['INVALID_INSTANT', path]);
    }
    expect(
      ruleErrorOf(() => cancellationDecision(null as unknown as Purchase, '2026-01-01T00:00:00Z'))
        .code,
    ).toBe('INVALID_ARGUMENT');
    expect(
      ruleErrorOf(() =>
        cancellationDecision(purchase, '2026-01-02T00:00:00Z', { policy: {} as never }),
      ).path,
    ).toBe('options.policy.id');
  });

  it('POL-2: an order on 2021-03-07 keeps the 60-day window when the request comes in April 2021', () => {
    const decision = cancellationDecision(
      { product: 'software-perpetual', orderedAt: '2021-03-07T12:00:00Z' },
      '2021-04-20T08:00:00Z',
    );
    expect(decision).toMatchObject({
      outcome: 'full-credit',
      policyId: 'partner-center-2020-01',
      program: 'legacy',
      windowEndsAt: '2021-05-06T12:00:00.000Z',
      daysRemaining: 16,
    });
    expect(
      cancellationDecision(
        { product: 'software-perpetual', orderedAt: '2021-03-08T00:00:00Z' },
        '2021-04-20T08:00:00Z',
      ),
    ).toMatchObject({ outcome: 'not-cancellable', policyId: 'partner-center-2021-03' });
    expect(
      cancellationDecision(
        { product: 'software-perpetual', orderedAt: '2021-03-07T12:00:00Z' },
        '2021-04-20T08:00:00Z',
        { policy: partnerCenterPolicies[1] },
      ),
    ).toMatchObject({ outcome: 'not-cancellable', policyId: 'partner-center-2021-03' });
  });

  it('PCR-1: a stated fullCreditUntil replaces the computed full-credit window (±1 ms); before it a prorated rule credits in full', () => {
    const saas = {
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      orderedAt: '2026-11-20T10:00:00Z',
    } as const;
    const until = '2026-11-22T10:00:00.000Z';
    const stated = { ...saas, fullCreditUntil: until };
    expect(cancellationDecision(stated, iso(Date.parse(until) - 1))).toMatchObject({
      outcome: 'full-credit',
      windowEndsAt: until,
      message: expect.stringContaining('within the stated window'),
    });
    expect(cancellationDecision(stated, until)).toMatchObject({
      outcome: 'cancel-at-renewal',
      windowEndsAt: until,
    });
    // agreeing with REF-1: the same answer as without it
    const agreeing = { ...saas, fullCreditUntil: '2026-11-21T10:00:00Z' };
    expect(cancellationDecision(agreeing, '2026-11-21T09:00:00Z')).toEqual(
      cancellationDecision(saas, '2026-11-21T09:00:00Z'),
    );
    const software = {
      product: 'software-subscription',
      orderedAt: '2021-03-07T12:00:00Z',
      price: { amount: 36500, currency: 'USD' },
      fullCreditUntil: '2021-03-10T12:00:00Z',
    } as const;
    expect(cancellationDecision(software, '2021-03-10T11:59:59.999Z')).toMatchObject({
      outcome: 'full-credit',
      credit: { amount: 36500, currency: 'USD' },
      windowEndsAt: '2021-05-06T12:00:00.000Z',
    });
    expect(cancellationDecision(software, '2021-03-10T12:00:00Z').outcome).toBe('prorated-credit');
    expect(
      ruleErrorOf(() => cancellationDecision({ ...saas, fullCreditUntil: 'x' }, saas.orderedAt)),
    ).toMatchObject({ code: 'INVALID_INSTANT', path: 'purchase.fullCreditUntil' });
  });

  describe('properties', () => {
    const products: readonly Product[] = [
      'marketplace-saas',
      'marketplace-usage',
      'software-perpetual',
      'software-subscription',
      'software-plan',
      'windows-7-esu',
    ];
    const currencies: readonly CurrencyCode[] = ['USD', 'JPY', 'BHD', 'EUR', 'AUD'];
    /** An offset from the order, often within a few ms of one of the SPEC's window lengths. */
    const offset = fc.oneof(
      fc.integer({ min: 0, max: 120 * DAY }),
      fc
        .constantFrom(24 * HOUR, 14 * DAY, 30 * DAY, 60 * DAY)
        .chain((end) => fc.integer({ min: end - 2, max: end + 2 })),
    );
    const scenario = fc
      .record({
        product: fc.constantFrom(...products),
        billingCycle: fc.constantFrom<BillingCycle>('monthly', 'annual'),
        orderedMs: epochMs,
        price: fc.option(
          fc.record({
            amount: fc.integer({ min: 0, max: 1e12 }),
            currency: fc.constantFrom(...currencies),
          }),
          { nil: undefined },
        ),
        term: fc.option(fc.constantFrom('P1Y' as const, 'P3Y' as const), { nil: undefined }),
        first: offset,
        second: offset,
        zone: fc.integer({ min: -14 * 60, max: 14 * 60 }),
      })
      .map(({ product, billingCycle, orderedMs, price, term, first, second, zone }) => {
        const purchase: Purchase = {
          product,
          orderedAt: iso(orderedMs),
          ...(product === 'marketplace-saas' ? { billingCycle } : {}),
          ...(price === undefined ? {} : { price }),
          ...(term !== undefined &&
          (product === 'software-subscription' || product === 'windows-7-esu')
            ? { term }
            : {}),
        };
        const [early, late] = first <= second ? [first, second] : [second, first];
        return { purchase, orderedMs, earlyMs: orderedMs + early, lateMs: orderedMs + late, zone };
      });
    const hasCredit = (decision: CancellationDecision) =>
      decision.outcome === 'full-credit' || decision.outcome === 'prorated-credit';
    const creditOf = (decision: CancellationDecision) =>
      'credit' in decision && decision.credit !== undefined ? decision.credit.amount : 0;

    it('REF-1, REF-2, REF-5: once a request gets no full or prorated credit, every later request gets none either', () => {
      fc.assert(
        fc.property(scenario, ({ purchase, earlyMs, lateMs }) => {
          const early = cancellationDecision(purchase, iso(earlyMs));
          const late = cancellationDecision(purchase, iso(lateMs));
          return hasCredit(early) || !hasCredit(late);
        }),
      );
    });

    it('REF-6: the credit never exceeds the price and never grows as `at` moves later', () => {
      fc.assert(
        fc.property(scenario, ({ purchase, earlyMs, lateMs }) => {
          const early = creditOf(cancellationDecision(purchase, iso(earlyMs)));
          const late = creditOf(cancellationDecision(purchase, iso(lateMs)));
          return 0 <= late && late <= early && early <= (purchase.price?.amount ?? 0);
        }),
      );
    });

    it('REF-6: a credit is present exactly when there is a price and money can come back, and equals PRICE-6 on the term from the order', () => {
      fc.assert(
        fc.property(scenario, ({ purchase, orderedMs, earlyMs }) => {
          const decision = cancellationDecision(purchase, iso(earlyMs));
          const creditable = hasCredit(decision) || decision.outcome === 'no-refund';
          expect('credit' in decision).toBe(purchase.price !== undefined && creditable);
          if (purchase.price === undefined) return;
          if (decision.outcome === 'full-credit') expect(decision.credit).toEqual(purchase.price);
          if (decision.outcome === 'prorated-credit') {
            const years = purchase.term === 'P3Y' ? 3 : 1;
            const termEnd = addYears(new UTCDate(orderedMs), years).toISOString();
            expect(decision.credit).toEqual(
              prorate(purchase.price, { termStart: purchase.orderedAt, termEnd, at: iso(earlyMs) }),
            );
          }
          if (decision.outcome === 'no-refund') {
            expect(decision.credit).toEqual({ amount: 0, currency: purchase.price.currency });
          }
        }),
      );
    });

    it('REF-9: the window ends where SPEC §3 says, and daysRemaining is the whole days left, never negative', () => {
      const softwareDays = (ms: number) => (ms < Date.UTC(2021, 2, 8) ? 60 : 30);
      fc.assert(
        fc.property(scenario, ({ purchase, orderedMs, earlyMs }) => {
          const decision = cancellationDecision(purchase, iso(earlyMs));
          const windowMs =
            purchase.product === 'marketplace-saas'
              ? purchase.billingCycle === 'monthly'
                ? 24 * HOUR
                : 14 * DAY
              : purchase.product === 'software-perpetual' ||
                  purchase.product === 'software-subscription' ||
                  (purchase.product === 'windows-7-esu' && softwareDays(orderedMs) === 30)
                ? softwareDays(orderedMs) * DAY
                : null;
          if (windowMs === null) {
            expect(decision).not.toHaveProperty('windowEndsAt');
            return;
          }
          const end = orderedMs + windowMs;
          expect(decision).toMatchObject({
            windowEndsAt: iso(end),
            daysRemaining: Math.max(0, Math.floor((end - earlyMs) / DAY)),
          });
        }),
      );
    });

    it('TIME-1: the decision is the same for a Date, a Z string and a string with any offset', () => {
      fc.assert(
        fc.property(scenario, ({ purchase, orderedMs, earlyMs, zone }) => {
          const expected = cancellationDecision(purchase, iso(earlyMs));
          expect(
            cancellationDecision(
              { ...purchase, orderedAt: new Date(orderedMs) },
              new Date(earlyMs),
            ),
          ).toEqual(expected);
          expect(
            cancellationDecision(
              { ...purchase, orderedAt: withOffset(orderedMs, zone) },
              withOffset(earlyMs, -zone),
            ),
          ).toEqual(expected);
        }),
      );
    });

    it('REF-9: every decision has a non-empty message that names the window end and the effective date when there are ones', () => {
      fc.assert(
        fc.property(
          scenario,
          fc.integer({ min: 1, max: 400 * DAY }),
          ({ purchase, lateMs }, more) => {
            const decision = cancellationDecision(
              { ...purchase, currentTermEnd: iso(lateMs + more) },
              iso(lateMs),
            );
            expect(decision.message.length).toBeGreaterThan(20);
            expect(decision.message).toMatch(/^[A-Z].*\.$/);
            if ('windowEndsAt' in decision && decision.windowEndsAt !== undefined) {
              expect(decision.message).toContain(decision.windowEndsAt);
            }
            if ('effectiveAt' in decision && decision.effectiveAt !== undefined) {
              expect(decision.message).toContain(decision.effectiveAt);
            }
          },
        ),
      );
    });

    itKeepsTheContract(
      'cancellationDecision',
      cancellationDecision,
      fc
        .tuple(scenario, fc.constantFrom(undefined, 0, 1))
        .map(([{ purchase, earlyMs }, policy]) =>
          policy === undefined
            ? ([purchase, iso(earlyMs)] as [Purchase, string])
            : ([purchase, iso(earlyMs), { policy: partnerCenterPolicies[policy] }] as [
                Purchase,
                string,
                { policy: (typeof partnerCenterPolicies)[number] },
              ]),
        ),
    );
  });
});
