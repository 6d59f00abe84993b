import fc from 'fast-check';
import {
  definePolicy,
  formatMessage,
  type MessageId,
  partnerCenterPolicies,
  type Reservation,
  type ReservationRefundRecord,
  reservationRefund,
} from 'subscription-rules';
import { refundHistory, reservation } from 'subscription-rules/arbitraries';
import { en } from 'subscription-rules/locales/en';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { addMonthsClamped, parseInstant } from '../_private.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' }) as const;
const DAY = 86_400_000;
/** The limit a decision leaves, where it states one. */
const limitLeft = (decision: object): unknown =>
  'limitLeft' in decision ? decision.limitLeft : undefined;

/** The source's example: 3 years at 100 USD a month (3 600 USD for the term). */
const threeYearsMonthly: Reservation = {
  id: 'vm-3y',
  type: 'virtual-machines',
  term: 'P3Y',
  billingPlan: 'monthly',
  purchasedAt: '2026-01-15T00:00:00Z',
  price: usd(360_000),
};

const oneYearUpfront: Reservation = {
  id: 'sql-1y',
  type: 'sql-database',
  term: 'P1Y',
  billingPlan: 'upfront',
  purchasedAt: '2026-03-01T00:00:00Z',
  price: usd(123_456),
  currentPrice: usd(98_765),
};

/** A reservation whose refund cancels nothing: what is left of the limit, read as it stands. */
const nothingLeft: Reservation = {
  id: 'empty',
  type: 'storage',
  term: 'P1Y',
  billingPlan: 'upfront',
  purchasedAt: '2027-06-01T00:00:00Z',
  price: usd(0),
};

describe('reservationRefund', () => {
  it("RES-1: the source's example — a 3-year reservation at 100 USD a month refunded in its 12th month cancels 2 400 USD, leaves 47 600 USD of the limit, and the 2 400 USD come back 365 days later", () => {
    const decision = reservationRefund(threeYearsMonthly, '2026-12-20T00:00:00Z');
    expect(decision).toEqual({
      ok: true,
      outcome: 'refund',
      rule: 'RES-1',
      policyId: 'partner-center-2021-03',
      // the 12th month runs 2026-12-15 → 2027-01-15 (31 days), 6 used: 100 USD × 25 / 31
      refund: usd(8065),
      cancelledCommitment: usd(240_000),
      limitLeft: usd(4_760_000),
      limitRestoresAt: [],
      restoresAt: '2027-12-20T00:00:00.000Z',
      messageId: 'reservation.refund',
      params: { restoresAt: '2027-12-20T00:00:00.000Z' },
      message:
        'Refunded: the unused part of the reservation at the lower of its purchase and current price. The cancelled commitment counts against the customer’s refund limit until 2027-12-20T00:00:00.000Z.',
    });
    const refunds = [{ at: '2026-12-20T00:00:00Z', cancelledCommitment: usd(240_000) }];
    expect(reservationRefund(nothingLeft, '2027-12-19T23:59:59.999Z', { refunds })).toMatchObject({
      outcome: 'refund',
      limitLeft: usd(4_760_000),
      limitRestoresAt: [{ at: '2027-12-20T00:00:00.000Z', amount: usd(240_000) }],
    });
    expect(reservationRefund(nothingLeft, '2027-12-20T00:00:00.000Z', { refunds })).toMatchObject({
      outcome: 'refund',
      limitLeft: usd(5_000_000),
      limitRestoresAt: [],
    });
  });

  it('RES-1: an upfront reservation refunds the unused days at the current price when it is lower, and cancels them at the purchase price, exact to the cent', () => {
    // 2026-03-01 → 2027-03-01 is 365 days; on 2026-06-15, 107 are used and 258 unused.
    const decision = reservationRefund(oneYearUpfront, '2026-06-15T12:00:00Z');
    expect(decision).toMatchObject({
      outcome: 'refund',
      refund: usd(69_812), // 987.65 × 258 / 365 = 698.1197… → 698.12
      cancelledCommitment: usd(87_265), // 1 234.56 × 258 / 365 = 872.6478… → 872.65
      limitLeft: usd(5_000_000 - 87_265),
    });
    const dearer = { ...oneYearUpfront, currentPrice: usd(150_000) };
    expect(reservationRefund(dearer, '2026-06-15T12:00:00Z')).toMatchObject({
      refund: usd(87_265),
      cancelledCommitment: usd(87_265),
    });
  });

  it('RES-1: the day of at counts as used (UTC days), the term ends as TIME-4, and at its end nothing is left to refund', () => {
    const bought = {
      ...oneYearUpfront,
      purchasedAt: '2026-03-01T10:00:00Z',
      currentPrice: undefined,
    };
    expect(reservationRefund(bought, '2026-03-01T10:00:00Z')).toMatchObject({
      refund: usd(123_118), // 364 of 365 days: 1 231.1776… → 1 231.18
      cancelledCommitment: usd(123_118),
    });
    expect(reservationRefund(bought, '2027-03-01T09:59:59.999Z')).toMatchObject({
      outcome: 'refund',
      refund: usd(0),
      cancelledCommitment: usd(0),
    });
    expect(errorOf(() => reservationRefund(bought, '2027-03-01T10:00:00Z'))).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'at',
    });
    expect(errorOf(() => reservationRefund(bought, '2026-03-01T09:59:59.999Z'))).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'at',
    });
  });

  it("RES-1: a monthly plan's months are anchored on the purchase (TIME-4): the month holding at is paid, the payments to come are cancelled", () => {
    const monthly: Reservation = {
      id: 'm',
      type: 'app-service',
      term: 'P1Y',
      billingPlan: 'monthly',
      purchasedAt: '2026-01-31T00:00:00Z',
      price: usd(120_000),
    };
    // month 1 runs 2026-01-31 → 2026-02-28 (28 days): on its last day nothing of it is unused
    expect(reservationRefund(monthly, '2026-02-27T23:59:59.999Z')).toMatchObject({
      refund: usd(0),
      cancelledCommitment: usd(110_000),
    });
    // month 2 runs 2026-02-28 → 2026-03-31 (31 days): 30 unused days of 100 USD
    expect(reservationRefund(monthly, '2026-02-28T00:00:00Z')).toMatchObject({
      refund: usd(9677),
      cancelledCommitment: usd(100_000),
    });
    // the 12th month: nothing left to cancel
    expect(reservationRefund(monthly, '2027-01-15T00:00:00Z')).toMatchObject({
      cancelledCommitment: usd(0),
    });
  });

  it("RES-1: the limit at ±1 ms of an earlier refund's 365th day: over-limit just before, refunded from that instant on", () => {
    const earlier = [{ at: '2026-01-10T08:00:00Z', cancelledCommitment: usd(4_950_000) }];
    const vm: Reservation = {
      id: 'vm',
      type: 'virtual-machines',
      term: 'P1Y',
      billingPlan: 'upfront',
      purchasedAt: '2026-06-01T00:00:00Z',
      price: usd(200_000),
    };
    // 141 of 365 days unused on 2027-01-10: 2 000 USD × 141 / 365 = 772.60 USD
    const before = reservationRefund(vm, '2027-01-10T07:59:59.999Z', { refunds: earlier });
    expect(before).toEqual({
      ok: false,
      outcome: 'over-limit',
      code: 'OVER_LIMIT',
      rule: 'RES-1',
      policyId: 'partner-center-2021-03',
      cancelledCommitment: usd(77_260),
      limitLeft: usd(50_000),
      limitRestoresAt: [{ at: '2027-01-10T08:00:00.000Z', amount: usd(4_950_000) }],
      messageId: 'reservation.over-limit',
      params: { days: 365 },
      message:
        'Not refunded: the cancelled commitment would take the customer’s reservation refunds of the last 365 days past the limit.',
    });
    expect('refund' in before).toBe(false);
    expect(reservationRefund(vm, '2027-01-10T08:00:00.000Z', { refunds: earlier })).toMatchObject({
      outcome: 'refund',
      refund: usd(77_260),
      limitLeft: usd(5_000_000 - 77_260),
      limitRestoresAt: [],
    });
  });

  it('RES-1: a refund that reaches the limit exactly is made; one cent more is over-limit and refunds nothing', () => {
    const at = '2026-06-15T12:00:00Z';
    const upTo = (amount: number) => [
      { at: '2026-05-01T00:00:00Z', cancelledCommitment: usd(amount) },
    ];
    expect(
      reservationRefund(oneYearUpfront, at, { refunds: upTo(5_000_000 - 87_265) }),
    ).toMatchObject({ outcome: 'refund', limitLeft: usd(0) });
    expect(
      reservationRefund(oneYearUpfront, at, { refunds: upTo(5_000_000 - 87_264) }),
    ).toMatchObject({ outcome: 'over-limit', limitLeft: usd(87_264) });
  });

  it('RES-3, RES-1: each type Microsoft never refunds is not-refundable, decided before the limit', () => {
    const full = [{ at: '2026-05-01T00:00:00Z', cancelledCommitment: usd(5_000_000) }];
    for (const type of [
      'databricks',
      'synapse-pre-purchase',
      'avs-cloudsimple',
      'azure-red-hat-openshift',
      'red-hat',
      'suse-linux',
    ] as const) {
      expect(
        reservationRefund({ ...oneYearUpfront, type }, '2026-06-15T12:00:00Z', { refunds: full }),
      ).toEqual({
        ok: false,
        outcome: 'not-refundable',
        code: 'NOT_REFUNDABLE',
        rule: 'RES-1',
        policyId: 'partner-center-2021-03',
        type,
        messageId: 'reservation.not-refundable',
        params: { type },
        message: `Reservations of type "${type}" are never refunded.`,
      });
    }
    expect(
      reservationRefund({ ...oneYearUpfront, type: 'red-hat-linux' }, '2026-06-15T12:00:00Z'),
    ).toMatchObject({ outcome: 'refund' });
  });

  it('RES-1: an amount in another currency counts in USD at its rate — the options’, else the reservation’s; an earlier refund at its own — and without one is MISSING_FIELD', () => {
    const euro: Reservation = {
      id: 'eu',
      type: 'cosmos-db',
      term: 'P1Y',
      billingPlan: 'upfront',
      purchasedAt: '2026-03-01T00:00:00Z',
      price: { amount: 100_000, currency: 'EUR' },
      usdRate: '1.0825',
    };
    // 364/365 of 1 000 EUR = 997.26 EUR; × 1.0825 = 1 079.53395 → 1 079.53 USD
    expect(reservationRefund(euro, '2026-03-01T00:00:00Z')).toMatchObject({
      refund: { amount: 99_726, currency: 'EUR' },
      cancelledCommitment: { amount: 99_726, currency: 'EUR' },
      limitLeft: usd(5_000_000 - 107_953),
    });
    expect(reservationRefund(euro, '2026-03-01T00:00:00Z', { usdRate: 1.1 })).toMatchObject({
      limitLeft: usd(5_000_000 - 109_699),
    });
    const yen = [
      {
        at: '2026-02-01T00:00:00Z',
        cancelledCommitment: { amount: 1_000_000, currency: 'JPY' },
        usdRate: '0.0067',
      },
    ] as const;
    expect(reservationRefund(euro, '2026-03-01T00:00:00Z', { refunds: yen })).toMatchObject({
      limitLeft: usd(5_000_000 - 670_000 - 107_953),
      limitRestoresAt: [{ at: '2027-02-01T00:00:00.000Z', amount: usd(670_000) }],
    });
    expect(
      errorOf(() => reservationRefund({ ...euro, usdRate: undefined }, '2026-03-01T00:00:00Z')),
    ).toEqual({
      code: 'MISSING_FIELD',
      path: 'reservation.usdRate',
    });
    const noRate = [
      { at: '2026-02-01T00:00:00Z', cancelledCommitment: { amount: 1, currency: 'EUR' } },
    ] as const;
    expect(
      errorOf(() => reservationRefund(oneYearUpfront, '2026-06-15T00:00:00Z', { refunds: noRate })),
    ).toEqual({
      code: 'MISSING_FIELD',
      path: 'options.refunds.0.usdRate',
    });
    expect(
      errorOf(() => reservationRefund(euro, '2026-03-01T00:00:00Z', { usdRate: '-1' })),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.usdRate',
    });
  });

  it('RES-1: a rate is read by its value: 1e-7 is 0.0000001 and 2.5e-9 is 0.0000000025 of a dollar; a rate past 900719.9254740991 is refused as too large, not for its decimals (found by review)', () => {
    const rupiah: Reservation = {
      id: 'id',
      type: 'cosmos-db',
      term: 'P1Y',
      billingPlan: 'upfront',
      purchasedAt: '2026-03-01T00:00:00Z',
      price: { amount: 12_000_000_000, currency: 'IDR' },
    };
    const at = '2026-03-01T00:00:00Z';
    // 364/365 of 120 000 000.00 IDR = 119 671 232.88 IDR; × 0.0000001 = 11.97 USD; × 0.0000000025 = 0.30 USD
    expect(limitLeft(reservationRefund(rupiah, at, { usdRate: 1e-7 }))).toEqual(
      usd(5_000_000 - 1197),
    );
    expect(limitLeft(reservationRefund(rupiah, at, { usdRate: '0.0000001' }))).toEqual(
      usd(5_000_000 - 1197),
    );
    expect(limitLeft(reservationRefund(rupiah, at, { usdRate: 2.5e-9 }))).toEqual(
      usd(5_000_000 - 30),
    );
    // the largest rate is read; one unit of 10⁻¹⁰ more is refused, saying the limit
    const euro = { ...rupiah, price: { amount: 1, currency: 'EUR' } } as const;
    expect(reservationRefund(euro, at, { usdRate: 900719.9254740991 }).outcome).toBe('refund');
    for (const usdRate of [1_000_000, '1000000', '900719.9254740992', 1e21]) {
      let message = '';
      try {
        reservationRefund(euro, at, { usdRate });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain('at most 900719.9254740991');
      expect(message).not.toContain('decimals');
    }
    // eleven decimals are still too many, by value too
    expect(errorOf(() => reservationRefund(euro, at, { usdRate: 1e-11 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.usdRate',
    });
  });

  it('RES-1: bad input is a RuleError at its own field: an earlier refund after at, a current price in another currency, a negative price, an unknown term', () => {
    const at = '2026-06-15T00:00:00Z';
    const later = [{ at: '2026-06-15T00:00:00.001Z', cancelledCommitment: usd(1) }];
    expect(errorOf(() => reservationRefund(oneYearUpfront, at, { refunds: later }))).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'options.refunds.0.at',
    });
    const sameInstant = [{ at, cancelledCommitment: usd(1) }];
    expect(reservationRefund(oneYearUpfront, at, { refunds: sameInstant }).outcome).toBe('refund');
    const cases: [Record<string, unknown>, { code: string; path: string }][] = [
      [
        { currentPrice: { amount: 1, currency: 'EUR' } },
        { code: 'CURRENCY_MISMATCH', path: 'reservation.currentPrice.currency' },
      ],
      [{ price: usd(-1) }, { code: 'INVALID_AMOUNT', path: 'reservation.price.amount' }],
      [{ term: 'P1M' }, { code: 'INVALID_ARGUMENT', path: 'reservation.term' }],
      [{ billingPlan: undefined }, { code: 'MISSING_FIELD', path: 'reservation.billingPlan' }],
      [{ type: '' }, { code: 'INVALID_ARGUMENT', path: 'reservation.type' }],
      [
        { purchasedAt: '2026-02-30T00:00:00Z' },
        { code: 'INVALID_INSTANT', path: 'reservation.purchasedAt' },
      ],
    ];
    for (const [change, error] of cases) {
      expect(
        errorOf(() => reservationRefund({ ...oneYearUpfront, ...change } as Reservation, at)),
        JSON.stringify(change),
      ).toEqual(error);
    }
    expect(errorOf(() => reservationRefund(oneYearUpfront, at, { refunds: {} as never }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.refunds',
    });
    expect(
      errorOf(() =>
        reservationRefund(oneYearUpfront, at, {
          refunds: [{ at, cancelledCommitment: usd(-5) }],
        }),
      ),
    ).toEqual({ code: 'INVALID_AMOUNT', path: 'options.refunds.0.cancelledCommitment.amount' });
  });

  it('RES-1, POL-1, POL-2: the limit is the policy’s — the one in force at at, or one of your own', () => {
    expect(reservationRefund(oneYearUpfront, '2026-06-15T12:00:00Z').policyId).toBe(
      'partner-center-2021-03',
    );
    const older = { ...oneYearUpfront, purchasedAt: '2020-06-01T00:00:00Z' };
    expect(reservationRefund(older, '2021-03-07T23:59:59.999Z').policyId).toBe(
      'partner-center-2020-01',
    );
    expect(reservationRefund(older, '2021-03-08T00:00:00Z').policyId).toBe(
      'partner-center-2021-03',
    );
    const policy = definePolicy({
      ...JSON.parse(JSON.stringify(partnerCenterPolicies[5])),
      id: 'tight-reservations',
      reservationRefunds: { limit: usd(200_000), window: { days: 30 } },
    });
    const refunds = [{ at: '2026-05-20T00:00:00Z', cancelledCommitment: usd(20_000) }];
    expect(
      reservationRefund(oneYearUpfront, '2026-06-15T12:00:00Z', { policy, refunds }),
    ).toMatchObject({
      outcome: 'refund',
      policyId: 'tight-reservations',
      limitLeft: usd(200_000 - 20_000 - 87_265),
      limitRestoresAt: [{ at: '2026-06-19T00:00:00.000Z', amount: usd(20_000) }],
      restoresAt: '2026-07-15T12:00:00.000Z',
    });
    expect(
      reservationRefund(oneYearUpfront, '2026-06-15T12:00:00Z', {
        policy,
        refunds: [{ at: '2026-06-01T00:00:00Z', cancelledCommitment: usd(120_000) }],
      }),
    ).toMatchObject({ outcome: 'over-limit', params: { days: 30 } });
    const broken = { ...policy, reservationRefunds: { limit: { amount: 1, currency: 'EUR' } } };
    expect(
      errorOf(() =>
        reservationRefund(oneYearUpfront, '2026-06-15T12:00:00Z', { policy: broken as never }),
      ),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.policy.reservationRefunds.limit.currency',
    });
  });

  it('MSG-1: every answer in Korean, Simplified and Traditional Chinese, and formatMessage of its JSON gives the same sentence', () => {
    const answers = [
      reservationRefund(threeYearsMonthly, '2026-12-20T00:00:00Z'),
      reservationRefund({ ...threeYearsMonthly, type: 'suse-linux' }, '2026-12-20T00:00:00Z'),
      reservationRefund(threeYearsMonthly, '2026-12-20T00:00:00Z', {
        refunds: [{ at: '2026-12-01T00:00:00Z', cancelledCommitment: usd(5_000_000) }],
      }),
    ];
    expect(answers.map((answer) => answer.outcome)).toEqual([
      'refund',
      'not-refundable',
      'over-limit',
    ]);
    for (const answer of answers) {
      expect(formatMessage(JSON.parse(JSON.stringify(answer)))).toBe(answer.message);
      for (const locale of [ko, zhHans, zhHant]) {
        expect(formatMessage(answer, locale)).not.toBe(answer.message);
      }
    }
    // the English sentences are plain (no forms, no lists), so filling them is what formatMessage does
    const ids = Object.keys(en.messages).filter((id) => id.startsWith('reservation.'));
    expect(ids).toHaveLength(5);
    for (const id of ids) expect(en.messages[id as MessageId]).not.toMatch(/\{\w+:\w\}/);
    const korean = reservationRefund(threeYearsMonthly, '2026-12-20T00:00:00Z', { locale: ko });
    expect(korean.message).toBe(formatMessage(answers[0] as (typeof answers)[0], ko));
    expect(korean.message).toContain('2027년 12월 20일');
  });

  describe('properties', () => {
    /** A policy whose limit no reservation reaches, so every refundable one is refunded. */
    const noLimit = definePolicy({
      ...JSON.parse(JSON.stringify(partnerCenterPolicies[1])),
      id: 'no-reservation-limit',
      reservationRefunds: { limit: usd(Number.MAX_SAFE_INTEGER), window: { days: 365 } },
    });

    /** US cents of an amount in USD or EUR at a rate of at most 10 decimals, half up: an oracle. */
    const inUsd = (amount: number, rate: string | number | undefined): number => {
      if (rate === undefined) return amount;
      const [whole, fraction = ''] = String(rate).split('.');
      const scale = 10n ** BigInt(fraction.length);
      const exact = BigInt(amount) * BigInt(`${whole}${fraction}`);
      return Number((2n * exact + scale) / (2n * scale));
    };

    /** A reservation with an instant inside its term, `fraction` of the way through. */
    const reservationAt = (constraints?: Parameters<typeof reservation>[0]) =>
      fc
        .tuple(
          reservation(constraints),
          fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        )
        .map(([r, fraction]) => {
          const start = parseInstant(r.purchasedAt, 'purchasedAt');
          const end = addMonthsClamped(start, r.term === 'P1Y' ? 12 : 36);
          return [r, new Date(start + Math.floor(fraction * (end - start))).toISOString()] as const;
        });

    it('RES-1: the refund never exceeds the unused share of the lower price (an exact BigInt oracle, within half a minor unit), nor the price', () => {
      fc.assert(
        fc.property(reservationAt(), ([r, at]) => {
          const decision = reservationRefund(r, at, { policy: noLimit });
          if (decision.outcome !== 'refund') return decision.outcome === 'not-refundable';
          const lower = BigInt(Math.min(r.price.amount, r.currentPrice?.amount ?? r.price.amount));
          const start = parseInstant(r.purchasedAt, 'purchasedAt');
          const atMs = parseInstant(at, 'at');
          const days = (from: number, to: number) =>
            BigInt(Math.floor(to / DAY) - Math.floor(from / DAY));
          const months = r.term === 'P1Y' ? 12 : 36;
          let part: bigint;
          let whole: bigint;
          if (r.billingPlan === 'upfront') {
            const end = addMonthsClamped(start, months);
            whole = days(start, end);
            part = whole - days(start, atMs) - 1n;
          } else {
            let m = 0;
            while (addMonthsClamped(start, m + 1) <= atMs) m++;
            const monthStart = addMonthsClamped(start, m);
            const monthDays = days(monthStart, addMonthsClamped(start, m + 1));
            whole = monthDays * BigInt(months);
            part = monthDays - days(monthStart, atMs) - 1n;
          }
          if (part < 0n) part = 0n;
          const refund = BigInt(decision.refund.amount);
          // |refund − lower × part / whole| ≤ ½, in integers
          const twice = 2n * (refund * whole - lower * part);
          return twice <= whole && twice > -whole - 1n && refund <= lower && refund >= 0n;
        }),
      );
    });

    it('RES-1: the sum of cancelled commitments in any 365-day window of a history the function accepted never passes the limit', () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.tuple(
              reservationAt({
                currencies: ['USD', 'EUR'],
                from: '2026-01-01T00:00:00Z',
                to: '2028-01-01T00:00:00Z',
              }),
              fc.nat({ max: 3 * 365 * DAY }),
            ),
            {
              maxLength: 24,
            },
          ),
          (draws) => {
            // asked in time order, each at its own instant
            const asks = draws
              .map(([[r, at], later]) => {
                const ms = parseInstant(at, 'at');
                const end = addMonthsClamped(
                  parseInstant(r.purchasedAt, 'p'),
                  r.term === 'P1Y' ? 12 : 36,
                );
                return [r, Math.min(ms + later, end - 1)] as const;
              })
              .sort((a, b) => a[1] - b[1]);
            const accepted: { ms: number; usd: number }[] = [];
            const history: ReservationRefundRecord[] = [];
            for (const [r, ms] of asks) {
              const at = new Date(ms).toISOString();
              const decision = reservationRefund(r, at, { refunds: history });
              if (decision.outcome !== 'refund') continue;
              accepted.push({ ms, usd: inUsd(decision.cancelledCommitment.amount, r.usdRate) });
              history.push({
                at,
                cancelledCommitment: decision.cancelledCommitment,
                ...(r.usdRate === undefined ? {} : { usdRate: r.usdRate }),
              });
            }
            for (const { ms: start } of accepted) {
              const inWindow = accepted.filter((a) => a.ms >= start && a.ms < start + 365 * DAY);
              if (inWindow.reduce((sum, a) => sum + a.usd, 0) > 5_000_000) return false;
            }
            return true;
          },
        ),
      );
    });

    it('RES-1: the answer is path-independent of the history’s order', () => {
      fc.assert(
        fc.property(
          reservationAt({ from: '2028-01-01T00:00:00Z', to: '2029-01-01T00:00:00Z' }),
          refundHistory({ from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' }),
          fc.nat(),
          ([r, at], refunds, seed) => {
            const shuffled = [...refunds]
              .map((refund, i) => [((i + 1) * 7919 + seed) % 1_000_003, refund] as const)
              .sort((a, b) => a[0] - b[0])
              .map(([, refund]) => refund);
            expect(reservationRefund(r, at, { refunds: shuffled })).toEqual(
              reservationRefund(r, at, { refunds }),
            );
          },
        ),
      );
    });

    it('RES-1: the cancelled commitment never exceeds the price and never grows as at moves later; upfront at the purchase price, the refund is the cancelled commitment', () => {
      fc.assert(
        fc.property(reservationAt(), fc.nat({ max: 400 * DAY }), ([r, at], later) => {
          const first = reservationRefund(r, at);
          if (first.outcome !== 'refund') return true;
          const end = addMonthsClamped(
            parseInstant(r.purchasedAt, 'p'),
            r.term === 'P1Y' ? 12 : 36,
          );
          const next = reservationRefund(
            r,
            new Date(Math.min(parseInstant(at, 'at') + later, end - 1)).toISOString(),
          );
          if (next.outcome !== 'refund') return false;
          return (
            first.cancelledCommitment.amount <= r.price.amount &&
            next.cancelledCommitment.amount <= first.cancelledCommitment.amount &&
            (r.billingPlan !== 'upfront' ||
              (r.currentPrice ?? r.price).amount < r.price.amount ||
              first.refund.amount === first.cancelledCommitment.amount)
          );
        }),
      );
    });

    itKeepsTheContract(
      'reservationRefund',
      reservationRefund,
      fc
        .tuple(
          reservationAt({ from: '2028-01-01T00:00:00Z', to: '2029-01-01T00:00:00Z' }),
          refundHistory({ from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' }),
        )
        .map(
          ([[r, at], refunds]) =>
            [r, at, { refunds }] as [Reservation, string, { refunds: ReservationRefundRecord[] }],
        ),
    );
  });
});
