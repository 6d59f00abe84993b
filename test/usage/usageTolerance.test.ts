import fc from 'fast-check';
import { reconcileUsage, usageTolerance } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { dec, mul, text, trunc } from './_oracle.ts';
import { reconRow, usageRow } from './_rows.ts';

const money = (amount: number, currency: string) => ({ amount, currency });

describe('usageTolerance', () => {
  it('USG-4: three USD days at X = 1: band [−1, 2]', () => {
    expect(
      usageTolerance({
        lines: 3,
        exchangeRate: '1',
        pricingCurrency: 'USD',
        billingCurrency: 'USD',
      }),
    ).toEqual({ low: money(-1, 'USD'), high: money(2, 'USD') });
  });

  it('USG-4: one EUR day at X = 0.92: band [−1, 0]', () => {
    expect(
      usageTolerance({
        lines: 1,
        exchangeRate: '0.92',
        pricingCurrency: 'USD',
        billingCurrency: 'EUR',
      }),
    ).toEqual({ low: money(-1, 'EUR'), high: money(0, 'EUR') });
  });

  it('USG-4: JPY at X = 150.25: low = −⌈0.01 × 150.25 / 1⌉ = −2 yen; at X = 100 exactly −1, at 100.01 −2', () => {
    const low = (rate: string) =>
      usageTolerance({
        lines: 1,
        exchangeRate: rate,
        pricingCurrency: 'USD',
        billingCurrency: 'JPY',
      }).low.amount;
    expect(low('150.25')).toBe(-2);
    expect(low('100')).toBe(-1);
    expect(low('100.01')).toBe(-2);
    expect(low('99.99')).toBe(-1);
  });

  it('USG-4: a negative group’s band is mirrored: n − 1 ≥ −d ≥ −⌈u(P)·X/u(B)⌉', () => {
    expect(
      usageTolerance({
        lines: 3,
        exchangeRate: '1',
        pricingCurrency: 'USD',
        billingCurrency: 'USD',
        negative: true,
      }),
    ).toEqual({ low: money(-2, 'USD'), high: money(1, 'USD') });
  });

  it('ERR-1: lines below 1, a rate that is no number, an unknown currency are RuleErrors naming the field', () => {
    const input = { lines: 1, exchangeRate: '1', pricingCurrency: 'USD', billingCurrency: 'USD' };
    expect(errorOf(() => usageTolerance({ ...input, lines: 0 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'input.lines',
    });
    expect(errorOf(() => usageTolerance({ ...input, exchangeRate: 'x' }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'input.exchangeRate',
    });
    expect(errorOf(() => usageTolerance({ ...input, billingCurrency: 'usd' }))).toEqual({
      code: 'UNKNOWN_CURRENCY',
      path: 'input.billingCurrency',
    });
  });

  itKeepsTheContract(
    'usageTolerance',
    usageTolerance,
    fc.constant([
      { lines: 3, exchangeRate: '150.25', pricingCurrency: 'USD', billingCurrency: 'JPY' },
    ] as [Parameters<typeof usageTolerance>[0]]),
  );

  describe('properties', () => {
    /**
     * A group of days drawn at random (amounts within the safe integers) (E, the quantities, X, USD or JPY billing), both sides worked
     * out here with BigInt: each day r_B(E·q·X), the invoice r_B(r_P(E·Q)·X).
     */
    const group = fc.record({
      price: fc
        .tuple(fc.bigInt({ min: 1n, max: 10n ** 4n }), fc.integer({ min: 0, max: 6 }))
        .map(([n, s]) => text({ n, s })),
      quantities: fc.array(
        fc
          .tuple(fc.bigInt({ min: 1n, max: 10n ** 5n }), fc.integer({ min: 0, max: 4 }))
          .map(([n, s]) => text({ n, s })),
        { minLength: 1, maxLength: 12 },
      ),
      rate: fc
        .tuple(fc.bigInt({ min: 1n, max: 10n ** 5n }), fc.integer({ min: 0, max: 4 }))
        .map(([n, s]) => text({ n, s })),
      currency: fc.constantFrom('USD', 'JPY', 'EUR'),
      negative: fc.boolean(),
    });
    function sides(g: {
      price: string;
      quantities: string[];
      rate: string;
      currency: string;
      negative: boolean;
    }) {
      const exponent = g.currency === 'JPY' ? 0 : 2;
      const sign = g.negative ? '-' : '';
      const quantities = g.quantities.map((q) => `${sign}${q}`);
      const days = quantities.map((q) =>
        trunc(mul(mul(dec(g.price), dec(q)), dec(g.rate)), exponent),
      );
      const total = quantities.reduce(
        (sum, q) => ({
          n:
            sum.n * 10n ** BigInt(Math.max(0, dec(q).s - sum.s)) +
            dec(q).n * 10n ** BigInt(Math.max(0, sum.s - dec(q).s)),
          s: Math.max(sum.s, dec(q).s),
        }),
        { n: 0n, s: 0 },
      );
      const invoice = trunc(
        mul({ n: trunc(mul(dec(g.price), total), 2), s: 2 }, dec(g.rate)),
        exponent,
      );
      return { exponent, quantities, days, invoice };
    }
    function rows(
      g: { price: string; rate: string; currency: string },
      quantities: string[],
      days: bigint[],
      invoice: bigint,
      exponent: number,
    ) {
      const amount = (n: bigint) => text({ n, s: exponent });
      const usage = quantities.map((q, i) =>
        usageRow({
          UsageDate: `2026-11-${String(i + 1).padStart(2, '0')}`,
          Quantity: q,
          UnitPrice: g.price,
          EffectiveUnitPrice: g.price,
          PartnerEarnedCreditPercentage: '0',
          MeterName: 'Storage',
          PCToBCExchangeRate: g.rate,
          BillingPreTaxTotal: amount(days[i] as bigint),
          BillingCurrency: g.currency,
        }),
      );
      return {
        usage,
        recon: [
          reconRow({
            EffectiveUnitPrice: g.price,
            Subtotal: amount(invoice),
            Currency: g.currency,
          }),
        ],
      };
    }

    it('USG-4: for any day split of a group the invoice’s own rounding is inside the band: never a false different', () => {
      fc.assert(
        fc.property(group, (g) => {
          const { exponent, quantities, days, invoice } = sides(g);
          const { usage, recon } = rows(g, quantities, days, invoice, exponent);
          const result = reconcileUsage(usage, recon);
          expect(result.different).toEqual([]);
          expect(result.matched).toHaveLength(1);
          expect(result.matched[0]?.rounding.amount).toBe(
            Number(invoice - days.reduce((a, b) => a + b, 0n)),
          );
        }),
      );
    });

    it('USG-4: an invoice line other than the Subtotal the rules give (S) is different by exactly its distance from S, signed in difference, whatever the band: one unit either side of S, or one past either end of the band', () => {
      fc.assert(
        fc.property(group, fc.constantFrom('below', 'above', 'low', 'high'), (g, where) => {
          const { exponent, quantities, days, invoice } = sides(g);
          const band = usageTolerance({
            lines: days.length,
            exchangeRate: g.rate,
            pricingCurrency: 'USD',
            billingCurrency: g.currency,
            negative: g.negative,
          });
          const sum = days.reduce((a, b) => a + b, 0n);
          const billed =
            where === 'below'
              ? invoice - 1n
              : where === 'above'
                ? invoice + 1n
                : sum + BigInt(where === 'high' ? band.high.amount + 1 : band.low.amount - 1);
          const { usage, recon } = rows(g, quantities, days, billed, exponent);
          const result = reconcileUsage(usage, recon);
          const distance = Number(billed - invoice);
          expect(result.matched).toEqual([]);
          expect(
            result.different.map((f) => [f.rule, f.atStake.amount, f.difference.amount]),
          ).toEqual([['USG-4', Math.abs(distance), distance]]);
          expect(
            invoice >= sum + BigInt(band.low.amount) && invoice <= sum + BigInt(band.high.amount),
          ).toBe(true);
        }),
      );
    });
  });
});
