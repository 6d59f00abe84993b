import fc from 'fast-check';
import type { NewCommerceSubscription } from 'subscription-rules';
import {
  advance,
  chargesBetween,
  createSubscription,
  customTermEndDates,
  nextDeadline,
  purchaseCharges,
  transition,
} from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../../_contracts.ts';
import { ruleErrorOf } from '../../_errors.ts';
import { apply, DAY, iso, licence } from './_states.ts';

/** The worked example: 10 seats, P1Y monthly at 12.50 USD, bought 2026-11-20T10:00Z, aligned to 2027-10-31. */
const aligned = createSubscription({ ...licence, customTermEndDate: '2027-10-31' });
const END = Date.UTC(2027, 10, 1); // 2027-11-01T00:00Z: the aligned first term's end

describe('aligned end dates (MID-3)', () => {
  it('MID-3: a P1Y term bought 2026-11-20T10:00Z is offered 2027-10-31, the last day of the month before its nominal end 2027-11-19', () => {
    expect(
      customTermEndDates({
        term: 'P1Y',
        billingFrequency: 'monthly',
        startDate: '2026-11-20T10:00:00Z',
      }),
    ).toEqual([{ date: '2027-10-31', type: 'calendar-month' }]);
  });

  it('MID-3: aligned to 2027-10-31, the first term ends 2027-11-01T00:00:00.000Z; its last period, 12 of 31 days, is charged r(r(12500/31)·12/10)·10 = 484·10 = 4840', () => {
    expect(aligned).toMatchObject({
      termStart: '2026-11-20T10:00:00.000Z',
      termEnd: '2027-11-01T00:00:00.000Z',
      termNumber: 1,
    });
    const last = chargesBetween(aligned, aligned.asOf, iso(END - 1)).at(-1);
    expect(last).toEqual({
      type: 'charge',
      kind: 'cycle',
      at: '2027-10-20T00:00:00.000Z',
      quantity: 10,
      unitPrice: { amount: 1250, currency: 'USD' },
      amount: { amount: 4840, currency: 'USD' },
      periodStart: '2027-10-20T00:00:00.000Z',
      periodEnd: '2027-11-01T00:00:00.000Z',
      days: 12,
      periodDays: 31,
      seats: 10,
      term: 'P1Y',
      billingFrequency: 'monthly',
      rule: 'MID-3',
    });
    // every earlier period is whole: 11 of them at 125.00 after the purchase's
    expect(purchaseCharges(aligned)[0]?.amount.amount).toBe(12500);
    expect(
      chargesBetween(aligned, aligned.asOf, iso(END - 1))
        .slice(0, -1)
        .every((c) => c.amount.amount === 12500),
    ).toBe(true);
  });

  it('MID-3: the aligned end is the term end to the millisecond; the next term is nominal, a year from it (±1 ms)', () => {
    const before = advance(aligned, iso(END - 1));
    expect([before.events, before.subscription.termEnd]).toEqual([[], '2027-11-01T00:00:00.000Z']);
    const renewed = advance(aligned, iso(END));
    expect(renewed.events).toEqual([{ type: 'renewed', at: '2027-11-01T00:00:00.000Z' }]);
    expect(renewed.subscription).toMatchObject({
      termAnchor: '2027-11-01T00:00:00.000Z',
      termNumber: 1,
      termStart: '2027-11-01T00:00:00.000Z',
      termEnd: '2028-11-01T00:00:00.000Z',
    });
    expect(renewed.effects.at(-1)).toMatchObject({
      kind: 'renewal',
      amount: { amount: 12500 },
      periodEnd: '2027-12-01T00:00:00.000Z',
    });
    expect(
      nextDeadline(advance(renewed.subscription, '2028-06-01T00:00:00Z').subscription),
    ).toEqual({
      type: 'renewed',
      at: '2028-11-01T00:00:00.000Z',
    });
  });

  it('MID-5: createSubscription takes any date after the order date and not after the nominal end 2027-11-19; the nominal end itself is a nominal term', () => {
    const nominal = createSubscription({ ...licence, customTermEndDate: '2027-11-19' });
    expect(nominal.termEnd).toBe('2027-11-20T00:00:00.000Z');
    // it renews at the nominal end, not 1 ms before, into a nominal term (±1 ms)
    const nominalEnd = Date.UTC(2027, 10, 20);
    expect(advance(nominal, iso(nominalEnd - 1)).events).toEqual([]);
    expect(advance(nominal, iso(nominalEnd)).subscription.termEnd).toBe('2028-11-20T00:00:00.000Z');
    expect(
      chargesBetween(nominal, nominal.asOf, '2027-11-19T00:00:00Z').every(
        (c) => c.rule === 'CHG-1',
      ),
    ).toBe(true);
    for (const date of ['2027-11-20', '2026-11-20', '2026-11-19'])
      expect(
        ruleErrorOf(() => createSubscription({ ...licence, customTermEndDate: date })),
      ).toMatchObject({
        code: 'INVALID_ARGUMENT',
        path: 'input.customTermEndDate',
      });
    // where the months clamp, the run keeps the order's anchor: bought 2027-01-30, P1M aligned to
    // its nominal inclusive end 2027-02-27, then 2027-03-30 (not 2027-03-28)
    const clamped = createSubscription({
      ...licence,
      term: 'P1M',
      orderedAt: '2027-01-30T00:00:00Z',
      customTermEndDate: '2027-02-27',
    });
    expect(clamped.termEnd).toBe('2027-02-28T00:00:00.000Z');
    expect(advance(clamped, '2027-02-28T00:00:00Z').subscription.termEnd).toBe(
      '2027-03-30T00:00:00.000Z',
    );
    // the earliest: the day after the order's, a term ending 2026-11-22T00:00Z
    const earliest = createSubscription({ ...licence, customTermEndDate: '2026-11-21' });
    expect(earliest.termEnd).toBe('2026-11-22T00:00:00.000Z');
    expect(
      ruleErrorOf(() => createSubscription({ ...licence, customTermEndDate: '2026-02-30' })).code,
    ).toBe('INVALID_ARGUMENT');
  });

  it('MID-3: a term shorter than one period bills its purchase for its own days: 2 of 30, r(r(12500/30)·2/10)·10 = 83·10', () => {
    const short = createSubscription({ ...licence, customTermEndDate: '2026-11-21' });
    expect(purchaseCharges(short)).toMatchObject([
      { kind: 'purchase', amount: { amount: 830 }, days: 2, periodDays: 30, rule: 'MID-3' },
    ]);
    // a cancellation on its first day gives back what it charged, not P·Q
    const cancelled = transition(short, { type: 'cancel', at: '2026-11-20T12:00:00Z' });
    expect(cancelled.ok && cancelled.effects).toMatchObject([
      { kind: 'cancel', outcome: 'full-credit', credit: { amount: 830 } },
    ]);
  });

  it('MID-3: only licence-based and software subscriptions align, never in a trial (RuleError at input.customTermEndDate)', () => {
    const saas = { ...licence, product: 'marketplace-saas', term: 'P1M' } as const;
    for (const input of [
      { ...saas, customTermEndDate: '2026-11-30' },
      { ...licence, trial: {}, customTermEndDate: '2027-10-31' },
    ])
      expect(ruleErrorOf(() => createSubscription(input))).toMatchObject({
        code: 'INVALID_ARGUMENT',
        path: 'input.customTermEndDate',
      });
    const software = createSubscription({
      ...licence,
      product: 'software-subscription',
      term: 'P3Y',
      billingFrequency: 'annual',
      customTermEndDate: '2029-10-31',
    });
    expect(software.termEnd).toBe('2029-11-01T00:00:00.000Z');
  });

  it('MID-3, MID-5: a calendar-month date is the nominal end itself when that is a month\u2019s last day, and none when it would not fall after the start', () => {
    const offer = (term: 'P1M' | 'P1Y' | 'P3Y', startDate: string) =>
      customTermEndDates({ term, billingFrequency: 'monthly', startDate }).map((d) => d.date);
    expect(offer('P1M', '2026-12-01T10:00:00Z')).toEqual(['2026-12-31']);
    expect(offer('P1M', '2026-11-20T10:00:00Z')).toEqual(['2026-11-30']);
    expect(offer('P1M', '2026-11-30T10:00:00Z')).toEqual([]);
    expect(offer('P3Y', '2026-11-20T10:00:00Z')).toEqual(['2029-10-31']);
    // 2024-01-31 + P1M ends 2024-02-29 (clamped): its inclusive end 2024-02-28 is not the last day
    expect(offer('P1M', '2024-01-31T00:00:00Z')).toEqual([]);
    expect(offer('P1M', '2024-01-30T00:00:00Z')).toEqual(['2024-01-31']);
  });

  it('MID-3: subscription-aligned dates are the active subscriptions\u2019 inclusive end dates inside the term, grouped by date; a P1Y never aligns with a P1M', () => {
    const yearA = createSubscription({ ...licence, orderedAt: '2026-03-15T08:00:00Z' });
    const yearB = createSubscription({
      ...licence,
      quantity: 2,
      orderedAt: '2026-03-15T20:00:00Z',
    });
    const month = createSubscription({
      ...licence,
      term: 'P1M',
      orderedAt: '2026-11-25T10:00:00Z',
    });
    const suspended = apply(createSubscription({ ...licence, orderedAt: '2026-06-01T00:00:00Z' }), {
      type: 'suspend',
      at: '2026-07-01T00:00:00Z',
      reason: 'nonpayment',
    });
    const subscriptions = [
      { id: 'year-a', subscription: yearA },
      { id: 'month', subscription: month },
      { id: 'year-b', subscription: yearB },
      { id: 'suspended', subscription: suspended },
    ];
    const startDate = '2026-11-26T00:00:00Z';
    expect(
      customTermEndDates({ term: 'P1Y', billingFrequency: 'annual', startDate, subscriptions }),
    ).toEqual([
      { date: '2027-10-31', type: 'calendar-month' },
      { date: '2027-03-14', type: 'subscription', subscriptionIds: ['year-a', 'year-b'] },
    ]);
    // a P1M aligns with any: the monthly one ends 2026-12-24, inside 2026-11-26 … 2026-12-25
    expect(
      customTermEndDates({ term: 'P1M', billingFrequency: 'monthly', startDate, subscriptions }),
    ).toEqual([
      { date: '2026-11-30', type: 'calendar-month' },
      { date: '2026-12-24', type: 'subscription', subscriptionIds: ['month'] },
    ]);
    // a state behind the start is advanced to it: the monthly one renews twice by 2027-01-30
    expect(
      customTermEndDates({
        term: 'P1M',
        billingFrequency: 'monthly',
        startDate: '2027-01-30T00:00:00Z',
        subscriptions: [{ id: 'month', subscription: month }],
      }),
    ).toEqual([
      { date: '2027-01-31', type: 'calendar-month' },
      { date: '2027-02-24', type: 'subscription', subscriptionIds: ['month'] },
    ]);
  });

  it('MID-3: bad input names its field: a term not aligned (P2Y), a frequency the term lacks, a bad instant, a broken state', () => {
    const base = {
      term: 'P1Y',
      billingFrequency: 'monthly',
      startDate: '2026-11-20T10:00:00Z',
    } as const;
    expect(ruleErrorOf(() => customTermEndDates({ ...base, term: 'P2Y' })).path).toBe('input.term');
    expect(
      ruleErrorOf(() => customTermEndDates({ ...base, billingFrequency: 'triennial' })).path,
    ).toBe('input.billingFrequency');
    expect(ruleErrorOf(() => customTermEndDates({ ...base, startDate: '2026-11-20' })).path).toBe(
      'input.startDate',
    );
    expect(
      ruleErrorOf(() =>
        customTermEndDates({
          ...base,
          subscriptions: [{ id: 'x', subscription: { ...aligned, quantity: 0 } }],
        }),
      ).path,
    ).toBe('input.subscriptions.0.subscription.quantity');
    expect(
      ruleErrorOf(() =>
        customTermEndDates({ ...base, subscriptions: [{ id: '', subscription: aligned }] }),
      ).path,
    ).toBe('input.subscriptions.0');
  });

  it('MID-3: schedule-renewal { customTermEndDate } aligns the next term the same way; the one after it is nominal', () => {
    const year = createSubscription(licence);
    const scheduled = apply(year, {
      type: 'schedule-renewal',
      at: '2027-06-01T00:00:00Z',
      customTermEndDate: '2028-10-31',
    });
    expect(scheduled.scheduled).toEqual({
      quantity: null,
      term: null,
      billingFrequency: null,
      price: null,
      customTermEndDate: '2028-10-31',
    });
    const renewed = advance(scheduled, '2027-11-20T00:00:00Z').subscription;
    expect([renewed.termStart, renewed.termEnd]).toEqual([
      '2027-11-20T00:00:00.000Z',
      '2028-11-01T00:00:00.000Z',
    ]);
    expect(advance(renewed, '2028-11-01T00:00:00Z').subscription.termEnd).toBe(
      '2029-11-01T00:00:00.000Z',
    );
    // the date must fall inside the next term: after 2027-11-20 and not after 2028-11-19
    for (const date of ['2027-11-20', '2028-11-20'])
      expect(
        ruleErrorOf(() =>
          transition(year, {
            type: 'schedule-renewal',
            at: '2027-06-01T00:00:00Z',
            customTermEndDate: date,
          }),
        ),
      ).toMatchObject({ code: 'INVALID_ARGUMENT', path: 'event.customTermEndDate' });
  });

  itKeepsTheContract(
    'customTermEndDates',
    customTermEndDates,
    fc.tuple(fc.constantFrom('P1M', 'P1Y', 'P3Y'), fc.integer({ min: 0, max: 3_000 * DAY })).map(
      ([term, wait]) =>
        [
          {
            term,
            billingFrequency: 'monthly',
            startDate: iso(Date.UTC(2024, 0, 1) + wait),
            subscriptions: [{ id: 'a', subscription: aligned }],
          },
        ] as const,
    ),
  );
});

describe('properties', () => {
  /** Each term a state runs through by `to`: [start, end]. */
  const terms = (start: NewCommerceSubscription, to: number): [string, string][] => {
    const seen: [string, string][] = [];
    let state = start;
    while (state.status === 'active' && Date.parse(state.termEnd as string) <= to) {
      seen.push([state.termStart as string, state.termEnd as string]);
      state = advance(state, state.termEnd as string).subscription;
    }
    return seen;
  };
  const addMonths = (ms: number, months: number): number => {
    const d = new Date(ms);
    const target = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
    const last = new Date(
      Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months + 1, 0),
    ).getUTCDate();
    const t = new Date(target);
    return Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), Math.min(d.getUTCDate(), last));
  };

  it('MID-3: an aligned first term is never longer than the nominal one, and every later term is nominal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.constantFrom(['P1M', 1], ['P1Y', 12], ['P3Y', 36]) as fc.Arbitrary<
          ['P1M' | 'P1Y' | 'P3Y', number]
        >,
        fc.nat(),
        (orderedMs, [term, months], pick) => {
          const offered = customTermEndDates({
            term,
            billingFrequency: 'monthly',
            startDate: iso(orderedMs),
          });
          const firstDay = Math.floor(orderedMs / DAY);
          const lastDay =
            Math.floor(addMonths(Math.floor(orderedMs / DAY) * DAY, months) / DAY) - 1;
          const day = firstDay + 1 + (pick % Math.max(1, lastDay - firstDay));
          const date = offered[pick % 2]?.date ?? iso(day * DAY).slice(0, 10);
          const state = createSubscription({
            ...licence,
            term,
            orderedAt: iso(orderedMs),
            customTermEndDate: date,
          });
          const [first, ...later] = terms(state, orderedMs + 4 * 366 * DAY);
          if (first === undefined) throw new Error('no term ran out');
          expect(Date.parse(first[1])).toBeLessThanOrEqual(
            addMonths(Math.floor(orderedMs / DAY) * DAY, months),
          );
          expect(Date.parse(first[1])).toBeGreaterThan(orderedMs);
          // a date that is the nominal inclusive end gives a nominal term (MID-5): the run goes on
          // from the order's date, as a state or resource holding that term cannot tell it apart
          // (its anchor matters where the months clamp: bought 2027-01-30, P1M to 2027-02-28,
          // then 2027-03-30)
          const nominal = addMonths(Math.floor(orderedMs / DAY) * DAY, months);
          const aligned = Date.parse(first[1]) < nominal;
          for (const [start, end] of later) {
            // nominal, anchored on the aligned end: the run's n-th term ends n terms after it
            const n = later.findIndex(([s]) => s === start) + 1;
            expect(Date.parse(end)).toBe(
              aligned
                ? addMonths(Date.parse(first[1]), months * n)
                : addMonths(Math.floor(orderedMs / DAY) * DAY, months * (n + 1)),
            );
            expect(start < end).toBe(true);
          }
        },
      ),
    );
  });
});
