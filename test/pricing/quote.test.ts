import fc from 'fast-check';
import type { CurrencyCode, MarketCode, Policy, RoundingMode } from 'subscription-rules';
import { money, partnerCenterPolicies, type QuoteInput, quote } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { marketNames } from '../_private.ts';

const markets = Object.keys(marketNames) as MarketCode[];
const modes: readonly RoundingMode[] = [
  'half-up',
  'half-even',
  'half-down',
  'up',
  'down',
  'ceiling',
  'floor',
];
const newest = partnerCenterPolicies[1];

/** round(n / d) for d > 0 in each mode, from the definitions, on bigint: the test's own reference. */
function roundQuotient(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const floor = n >= 0n ? n / d : (n - d + 1n) / d;
  const exact = floor * d === n;
  if (exact) return floor;
  const ceiling = floor + 1n;
  const twiceFraction = 2n * (n - floor * d); // in (0, 2d): compare with d for "half"
  const awayFromZero = n > 0n ? ceiling : floor;
  const towardZero = n > 0n ? floor : ceiling;
  if (mode === 'ceiling') return ceiling;
  if (mode === 'floor') return floor;
  if (mode === 'up') return awayFromZero;
  if (mode === 'down') return towardZero;
  if (twiceFraction < d) return floor;
  if (twiceFraction > d) return ceiling;
  if (mode === 'half-up') return awayFromZero;
  if (mode === 'half-down') return towardZero;
  return floor % 2n === 0n ? floor : ceiling;
}

/** PRICE-4 written out with bigint and the rate as a fraction of 10⁶, independently of the library. */
function referenceQuote(
  amount: number,
  quantity: number,
  micro: number,
  inclusive: boolean,
  mode: RoundingMode,
): { net: number; tax: number; gross: number } {
  const line = BigInt(amount) * BigInt(quantity);
  const rate = BigInt(micro);
  if (inclusive) {
    const tax = roundQuotient(line * rate, 1_000_000n + rate, mode);
    return { net: Number(line - tax), tax: Number(tax), gross: Number(line) };
  }
  const tax = roundQuotient(line * rate, 1_000_000n, mode);
  return { net: Number(line), tax: Number(tax), gross: Number(line + tax) };
}

function amounts(input: QuoteInput, options?: { policy: Policy }): number[] {
  const result = quote(input, options);
  return [result.net.amount, result.tax.amount, result.gross.amount];
}

describe('quote', () => {
  it('PRICE-4: 10.99 AUD including 10 % GST has tax 1.00 and net 9.99', () => {
    expect(quote({ listPrice: money('10.99', 'AUD'), market: 'AU', taxRate: '0.1' })).toEqual({
      net: { amount: 999, currency: 'AUD' },
      tax: { amount: 100, currency: 'AUD' },
      gross: { amount: 1099, currency: 'AUD' },
      listPriceIncludesTax: true,
      policyId: 'partner-center-2021-03',
    });
  });

  it('PRICE-4: 3 × 3.33 AUD including 10 % is gross 9.99, tax 0.91, net 9.08 (the line is taxed, not the unit)', () => {
    expect(
      amounts({ listPrice: money('3.33', 'AUD'), quantity: 3, market: 'AU', taxRate: 0.1 }),
    ).toEqual([908, 91, 999]);
  });

  it('PRICE-4: 40.00 including 5 % splits into net + tax = 40.00 exactly, in BR and in AU', () => {
    for (const [market, currency] of [
      ['BR', 'BRL'],
      ['AU', 'AUD'],
    ] as const) {
      const [net, tax, gross] = amounts({
        listPrice: money('40.00', currency),
        market,
        taxRate: '0.05',
      });
      expect([net, tax, gross]).toEqual([3810, 190, 4000]);
      expect((net as number) + (tax as number)).toBe(4000);
    }
  });

  it('PRICE-4, PRICE-5: 10.00 USD plus 7.25 % is tax 0.73 half-up, 0.72 half-even and down', () => {
    const input = { listPrice: money('10.00', 'USD'), market: 'US', taxRate: '0.0725' } as const;
    expect(quote(input)).toEqual({
      net: { amount: 1000, currency: 'USD' },
      tax: { amount: 73, currency: 'USD' },
      gross: { amount: 1073, currency: 'USD' },
      listPriceIncludesTax: false,
      policyId: 'partner-center-2021-03',
    });
    expect(amounts({ ...input, rounding: 'half-even' })).toEqual([1000, 72, 1072]);
    expect(amounts({ ...input, rounding: 'down' })).toEqual([1000, 72, 1072]);
    expect(amounts({ ...input, rounding: 'half-down' })).toEqual([1000, 72, 1072]);
    expect(amounts({ ...input, rounding: 'up' })).toEqual([1000, 73, 1073]);
    expect(amounts({ ...input, taxRate: 0.0725 })).toEqual([1000, 73, 1073]);
  });

  it('PRICE-4: a credit (negative list price) mirrors the charge', () => {
    expect(amounts({ listPrice: money('-10.99', 'AUD'), market: 'AU', taxRate: '0.1' })).toEqual([
      -999, -100, -1099,
    ]);
    expect(
      amounts({
        listPrice: money('-10.00', 'USD'),
        market: 'US',
        taxRate: '0.0725',
        rounding: 'floor',
      }),
    ).toEqual([-1000, -73, -1073]);
  });

  it('PRICE-4: a rate of zero taxes nothing; the quantity defaults to 1; the market may be lower case', () => {
    expect(amounts({ listPrice: money('10.99', 'AUD'), market: 'au', taxRate: 0 })).toEqual([
      1099, 0, 1099,
    ]);
    expect(
      amounts({ listPrice: money('10.99', 'AUD'), market: 'AU', taxRate: '0.1', quantity: 1 }),
    ).toEqual(amounts({ listPrice: money('10.99', 'AUD'), market: 'AU', taxRate: '0.1' }));
  });

  it('PRICE-4: exact beyond the safe range of the intermediate product (bigint only there)', () => {
    const input = {
      listPrice: { amount: 900_719_925_474_099, currency: 'USD' },
      quantity: 10,
      market: 'BR',
      taxRate: '9.999999',
    } as const;
    expect(amounts(input)).toEqual(
      Object.values(referenceQuote(900_719_925_474_099, 10, 9_999_999, true, 'half-up')),
    );
  });

  it('POL-2, PRICE-2: the tax-inclusive markets come from the policy, the newest unless one is passed', () => {
    const input = { listPrice: money('10.99', 'AUD'), market: 'AU', taxRate: '0.1' } as const;
    expect(quote(input, { policy: partnerCenterPolicies[0] }).policyId).toBe(
      'partner-center-2020-01',
    );
    const exclusive: Policy = { ...structuredClone(newest), id: 'no-gst', taxInclusiveMarkets: [] };
    expect(quote(input, { policy: exclusive })).toMatchObject({
      net: { amount: 1099 },
      tax: { amount: 110 },
      gross: { amount: 1209 },
      listPriceIncludesTax: false,
      policyId: 'no-gst',
    });
  });

  it('PRICE-4: a quantity that is not an integer ≥ 1 is INVALID_QUANTITY', () => {
    for (const quantity of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2', null, 2 ** 53]) {
      expect(
        errorOf(() =>
          quote({
            listPrice: money('1', 'USD'),
            quantity: quantity as number,
            market: 'US',
            taxRate: '0.1',
          }),
        ),
      ).toEqual({ code: 'INVALID_QUANTITY', path: 'input.quantity' });
    }
  });

  it('PRICE-4: a line or gross past the safe integers is INVALID_AMOUNT', () => {
    const big = { amount: Number.MAX_SAFE_INTEGER, currency: 'USD' } as const;
    expect(
      errorOf(() => quote({ listPrice: big, quantity: 2, market: 'US', taxRate: '0' })),
    ).toEqual({ code: 'INVALID_AMOUNT', path: 'input.quantity' });
    expect(errorOf(() => quote({ listPrice: big, market: 'US', taxRate: '0.1' }))).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'input.listPrice.amount',
    });
    // Inclusive: the tax is part of the gross, so the same price is fine.
    expect(quote({ listPrice: big, market: 'AU', taxRate: '0.1' }).gross.amount).toBe(big.amount);
  });

  it('PRICE-3, MKT-2, ERR-1: bad rates, markets, prices, modes and policies name their field', () => {
    const valid = { listPrice: money('1', 'USD'), market: 'US', taxRate: '0.1' } as const;
    const cases: [unknown, string, string][] = [
      [{ ...valid, taxRate: '0.1234567' }, 'INVALID_TAX_RATE', 'input.taxRate'],
      [{ ...valid, taxRate: -0.1 }, 'INVALID_TAX_RATE', 'input.taxRate'],
      [{ ...valid, taxRate: 10 }, 'INVALID_TAX_RATE', 'input.taxRate'],
      [{ ...valid, taxRate: Number.NaN }, 'INVALID_TAX_RATE', 'input.taxRate'],
      [{ ...valid, taxRate: '1e-7' }, 'INVALID_TAX_RATE', 'input.taxRate'],
      [{ ...valid, taxRate: '0x1' }, 'INVALID_TAX_RATE', 'input.taxRate'],
      [{ ...valid, taxRate: undefined }, 'MISSING_FIELD', 'input.taxRate'],
      [{ ...valid, market: 'ZZ' }, 'UNKNOWN_MARKET', 'input.market'],
      [{ ...valid, market: undefined }, 'MISSING_FIELD', 'input.market'],
      [{ ...valid, listPrice: undefined }, 'MISSING_FIELD', 'input.listPrice'],
      [
        { ...valid, listPrice: { amount: 1.5, currency: 'USD' } },
        'INVALID_AMOUNT',
        'input.listPrice.amount',
      ],
      [
        { ...valid, listPrice: { amount: 1, currency: 'usd' } },
        'UNKNOWN_CURRENCY',
        'input.listPrice.currency',
      ],
      [{ ...valid, rounding: 'nearest' }, 'INVALID_ARGUMENT', 'input.rounding'],
      [{ ...valid, rounding: 'toString' }, 'INVALID_ARGUMENT', 'input.rounding'],
      [null, 'INVALID_ARGUMENT', 'input'],
      ['10.99', 'INVALID_ARGUMENT', 'input'],
    ];
    for (const [input, code, path] of cases) {
      expect(errorOf(() => quote(input as QuoteInput))).toEqual({ code, path });
    }
    const noList = {
      ...structuredClone(newest),
      taxInclusiveMarkets: undefined,
    } as unknown as Policy;
    expect(errorOf(() => quote(valid, { policy: noList }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.policy.taxInclusiveMarkets',
    });
    expect(errorOf(() => quote(valid, { policy: 'newest' as unknown as Policy }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.policy',
    });
  });

  describe('properties', () => {
    const micro = fc.integer({ min: 0, max: 3_000_000 });
    const cases = fc.record({
      amount: fc.integer({ min: -1e12, max: 1e12 }),
      quantity: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 1000 })),
      micro,
      market: fc.constantFrom(...markets),
      rounding: fc.constantFrom(...modes),
      currency: fc.constantFrom<CurrencyCode>('AUD', 'BRL', 'USD', 'EUR', 'JPY', 'BHD'),
    });
    const rateText = (value: number) =>
      `${Math.floor(value / 1e6)}.${String(value % 1e6).padStart(6, '0')}`;
    const inputOf = (c: {
      amount: number;
      quantity: number;
      micro: number;
      market: MarketCode;
      rounding: RoundingMode;
      currency: CurrencyCode;
    }): QuoteInput => ({
      listPrice: { amount: c.amount, currency: c.currency },
      quantity: c.quantity,
      market: c.market,
      taxRate: rateText(c.micro),
      rounding: c.rounding,
    });

    it('PRICE-4: net + tax = gross for every amount, quantity, rate, market and mode', () => {
      fc.assert(
        fc.property(cases, (c) => {
          const { net, tax, gross } = quote(inputOf(c));
          expect(net.amount + tax.amount).toBe(gross.amount);
          expect([net.currency, tax.currency, gross.currency]).toEqual([
            c.currency,
            c.currency,
            c.currency,
          ]);
        }),
      );
    });

    it('PRICE-4: every quote equals an independent bigint reference of the formulas', () => {
      fc.assert(
        fc.property(cases, (c) => {
          const result = quote(inputOf(c));
          const inclusive = newest.taxInclusiveMarkets.includes(c.market);
          expect(result.listPriceIncludesTax).toBe(inclusive);
          expect({
            net: result.net.amount,
            tax: result.tax.amount,
            gross: result.gross.amount,
          }).toEqual(referenceQuote(c.amount, c.quantity, c.micro, inclusive, c.rounding));
        }),
      );
    });

    it('PRICE-4: exclusive → gross → split as inclusive gives back the net within one minor unit', () => {
      fc.assert(
        fc.property(cases, (c) => {
          const rate = rateText(c.micro);
          const listPrice = { amount: c.amount, currency: c.currency };
          const there = quote({ listPrice, market: 'US', taxRate: rate, rounding: c.rounding });
          const back = quote({
            listPrice: there.gross,
            market: 'AU',
            taxRate: rate,
            rounding: c.rounding,
          });
          expect(Math.abs(back.net.amount - c.amount)).toBeLessThanOrEqual(1);
        }),
      );
    });

    it('PRICE-3: a rate given as a number quotes the same as its decimal text', () => {
      fc.assert(
        fc.property(cases, (c) => {
          expect(quote({ ...inputOf(c), taxRate: c.micro / 1e6 })).toEqual(quote(inputOf(c)));
        }),
      );
    });

    it('PRICE-4: an included tax never exceeds the price it is part of, and has its sign', () => {
      fc.assert(
        fc.property(cases, (c) => {
          const { tax, gross } = quote({ ...inputOf(c), market: 'AU' });
          expect(Math.abs(tax.amount)).toBeLessThanOrEqual(Math.abs(gross.amount));
          expect(tax.amount === 0 || Math.sign(tax.amount) === Math.sign(gross.amount)).toBe(true);
        }),
      );
    });

    itKeepsTheContract(
      'quote',
      quote,
      cases.map((c): [QuoteInput] => [inputOf(c)]),
    );
  });
});
