import fc from 'fast-check';
import {
  expectedEffectiveUnitPrice,
  readUsageLine,
  type UsageLine,
  usageLineAmount,
} from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { dec, mul, text, trunc } from './_oracle.ts';
import { usageRow } from './_rows.ts';

function line(over: Readonly<Record<string, string>>): UsageLine {
  const read = readUsageLine(usageRow(over), 1);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.line;
}

const EUR = {
  UnitPrice: '0.10',
  Quantity: '23.2',
  EffectiveUnitPrice: '0.085',
  PCToBCExchangeRate: '0.92',
  BillingPreTaxTotal: '1.81',
  BillingCurrency: 'EUR',
};

describe('usageLineAmount', () => {
  it('USG-2: 0.085 × 23.2 × 0.92 = 1.81424 → 1.81 EUR (181), one truncation', () => {
    expect(usageLineAmount(line(EUR))).toEqual({ amount: 181, currency: 'EUR' });
  });

  it('USG-2: the same line in JPY at 150.25: 296.293 → 296 JPY', () => {
    expect(
      usageLineAmount(
        line({
          ...EUR,
          PCToBCExchangeRate: '150.25',
          BillingPreTaxTotal: '296',
          BillingCurrency: 'JPY',
        }),
      ),
    ).toEqual({ amount: 296, currency: 'JPY' });
  });

  it('USG-2: at the unit’s boundary: exactly 1.82 stays 1.82; 1 × 10⁻⁴ less is 1.81 (one minor unit down, never rounded up)', () => {
    const at = (quantity: string) =>
      usageLineAmount(
        line({ ...EUR, EffectiveUnitPrice: '0.091', Quantity: quantity, PCToBCExchangeRate: '1' }),
      ).amount;
    expect(at('20')).toBe(182);
    expect(at('19.9999')).toBe(181);
    expect(at('20.1098')).toBe(182);
    expect(at('20.1099')).toBe(183);
  });

  it('USG-2: a negative correction line mirrors its positive line: truncated toward zero (−1.81424 → −1.81)', () => {
    expect(
      usageLineAmount(line({ ...EUR, Quantity: '-23.2', BillingPreTaxTotal: '-1.81' })),
    ).toEqual({ amount: -181, currency: 'EUR' });
  });

  it('ERR-1: a line whose fields are not decimal text is a RuleError naming the field', () => {
    expect(errorOf(() => usageLineAmount({ ...line(EUR), quantity: 'many' }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'line.quantity',
    });
    expect(
      errorOf(() => usageLineAmount({ ...line(EUR), billingCurrency: 'EURO' as 'EUR' })),
    ).toEqual({ code: 'UNKNOWN_CURRENCY', path: 'line.billingCurrency' });
    expect(errorOf(() => usageLineAmount(null as unknown as UsageLine))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'line',
    });
  });

  itKeepsTheContract('usageLineAmount', usageLineAmount, fc.constant([line(EUR)] as [UsageLine]));

  describe('properties', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 12 }))
      .map(([n, s]) => text({ n, s }));
    it('USG-2: the amount is E × Q × X truncated toward zero at the billing currency’s unit, exactly (a BigInt oracle), in USD and JPY', () => {
      fc.assert(
        fc.property(
          decimal,
          decimal,
          decimal,
          fc.constantFrom('USD', 'JPY'),
          (price, quantity, rate, currency) => {
            const exponent = currency === 'JPY' ? 0 : 2;
            const expected = trunc(mul(mul(dec(price), dec(quantity)), dec(rate)), exponent);
            fc.pre(
              expected <= BigInt(Number.MAX_SAFE_INTEGER) &&
                -expected <= BigInt(Number.MAX_SAFE_INTEGER),
            );
            const l = {
              ...line(EUR),
              effectiveUnitPrice: price,
              quantity,
              exchangeRate: rate,
              billingCurrency: currency as 'USD',
            };
            expect(usageLineAmount(l)).toEqual({ amount: Number(expected), currency });
          },
        ),
      );
    });
  });
});

describe('expectedEffectiveUnitPrice', () => {
  it('USG-2: UnitPrice 0.10 less PEC 15 % is 0.085, exactly; with credit 100 it is 0', () => {
    expect(expectedEffectiveUnitPrice({ unitPrice: '0.10', pecPercentage: '15' })).toBe('0.085');
    expect(expectedEffectiveUnitPrice({ unitPrice: '0.10' })).toBe('0.1');
    expect(
      expectedEffectiveUnitPrice({
        unitPrice: '0.02',
        pecPercentage: '15',
        creditPercentage: '100',
      }),
    ).toBe('0');
    expect(
      expectedEffectiveUnitPrice({
        unitPrice: '0.0123',
        pecPercentage: '15',
        creditPercentage: '15',
      }),
    ).toBe('0.00888675');
  });

  it('ERR-1: a percentage outside 0–100 (100.01, −0.01) or a price that is no number is a RuleError naming the field', () => {
    expect(expectedEffectiveUnitPrice({ unitPrice: '1', pecPercentage: '100' })).toBe('0');
    expect(
      errorOf(() => expectedEffectiveUnitPrice({ unitPrice: '1', pecPercentage: '100.01' })),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'input.pecPercentage' });
    expect(
      errorOf(() => expectedEffectiveUnitPrice({ unitPrice: '1', creditPercentage: '-0.01' })),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'input.creditPercentage' });
    expect(errorOf(() => expectedEffectiveUnitPrice({ unitPrice: 'ten' }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'input.unitPrice',
    });
    expect(errorOf(() => expectedEffectiveUnitPrice({} as { unitPrice: string }))).toEqual({
      code: 'MISSING_FIELD',
      path: 'input.unitPrice',
    });
  });

  itKeepsTheContract(
    'expectedEffectiveUnitPrice',
    expectedEffectiveUnitPrice,
    fc.constant([{ unitPrice: '0.10', pecPercentage: '15' }] as [
      { unitPrice: string; pecPercentage: string },
    ]),
  );
});
