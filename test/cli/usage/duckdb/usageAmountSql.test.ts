import { fc, test } from '@fast-check/vitest';
import { readUsageLine, usageLineAmount } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { usageAmountSql } from '../../../_private.ts';
import { usageRow } from '../../../usage/_rows.ts';
import { memoryDuckdb } from './_memoryDuckdb.ts';

const connection = memoryDuckdb((opened) => opened.run(usageAmountSql()));

/** A text as an SQL string literal. */
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** The SQL macros' answer: whether they read the line exactly, and its amount in minor units. */
async function sqlAmount(
  price: string,
  quantity: string,
  rate: string,
  currency: string,
): Promise<{ exact: boolean; amount: string | null }> {
  const args = [price, quantity, rate, currency].map(literal).join(', ');
  const read = await connection().runAndReadAll(
    `SELECT usage_amount_exact(${args}), CASE WHEN usage_amount_exact(${args}) THEN CAST(usage_amount(${args}) AS VARCHAR) END`,
  );
  const [exact, amount] = read.getRowsJS()[0] ?? [];
  return { exact: exact === true, amount: (amount as string | null) ?? null };
}

/** The library's amount of the line (USG-2). */
function libraryAmount(price: string, quantity: string, rate: string, currency: string): string {
  const read = readUsageLine(
    usageRow({
      EffectiveUnitPrice: price,
      Quantity: quantity,
      PCToBCExchangeRate: rate,
      BillingCurrency: currency,
      BillingPreTaxTotal: '0',
    }),
    2,
  );
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return String(usageLineAmount(read.line).amount);
}

/** A decimal text as files print it: a sign, up to `whole` digits, up to `decimals` decimals. */
const decimal = (whole: number, decimals: number, signed = false) =>
  fc
    .record({
      negative: fc.boolean(),
      whole: fc.stringMatching(new RegExp(`^[0-9]{1,${whole}}$`)),
      fraction: fc.stringMatching(new RegExp(`^[0-9]{0,${decimals}}$`)),
    })
    .map(
      ({ negative, whole: w, fraction }) =>
        `${signed && negative ? '-' : ''}${w}${fraction === '' ? '' : `.${fraction}`}`,
    );

describe('usageAmountSql (USG-2 rendered to SQL)', () => {
  it('USG-2: the worked numbers: 0.085 × 23.2 × 0.92 = 1.81424 → 181 EUR cents; × 150.25 = 296.293 → 296 JPY', async () => {
    expect(await sqlAmount('0.085', '23.2', '0.92', 'EUR')).toEqual({ exact: true, amount: '181' });
    expect(await sqlAmount('0.085', '23.2', '150.25', 'JPY')).toEqual({
      exact: true,
      amount: '296',
    });
    expect(libraryAmount('0.085', '23.2', '0.92', 'EUR')).toBe('181');
  });

  it('USG-2: truncation toward zero at ±1 minor unit: 0.0099999 → 0, 0.01 → 1, −0.0099999 → 0, −0.01 → −1 (USD cents)', async () => {
    for (const [quantity, cents] of [
      ['0.0099999', '0'],
      ['0.01', '1'],
      ['-0.0099999', '0'],
      ['-0.01', '-1'],
      ['-0.0199999', '-1'],
    ] as const) {
      expect([quantity, await sqlAmount('1', quantity, '1', 'USD')]).toEqual([
        quantity,
        { exact: true, amount: cents },
      ]);
      expect(libraryAmount('1', quantity, '1', 'USD')).toBe(cents);
    }
  });

  it('USG-2: a product past 38 digits, an exponent, a space or an unknown currency is not read by the SQL (the default reader reads it)', async () => {
    const long = `${'9'.repeat(20)}.${'9'.repeat(18)}`;
    expect((await sqlAmount(long, '1.5', '1', 'USD')).exact).toBe(false);
    expect((await sqlAmount('1e-5', '1', '1', 'USD')).exact).toBe(false);
    expect((await sqlAmount(' 1', '1', '1', 'USD')).exact).toBe(false);
    expect((await sqlAmount('1', '1', '1', 'XXY')).exact).toBe(false);
    expect((await sqlAmount('1', '1', '1', 'usd')).exact).toBe(false);
  });

  describe('properties', () => {
    const line = fc.tuple(
      // amounts within the safe integers, as usageLineAmount requires
      decimal(4, 12),
      decimal(7, 9, true),
      decimal(3, 8),
      fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'GBP'),
    );
    // a query a batch of lines: DuckDB answers a query in milliseconds, not a line
    test.prop([fc.array(line, { minLength: 1, maxLength: 40 })], { numRuns: 10 })(
      'USG-2: the SQL macro and usageLineAmount agree on every line the SQL reads exactly',
      async (lines) => {
        const values = lines
          .map((cells, i) => `(${i}, ${cells.map(literal).join(', ')})`)
          .join(', ');
        const read = await connection().runAndReadAll(
          `SELECT i, usage_amount_exact(p, q, x, c), CAST(usage_amount(p, q, x, c) AS VARCHAR) FROM (VALUES ${values}) AS t(i, p, q, x, c) ORDER BY i`,
        );
        expect(read.getRowsJS()).toEqual(
          lines.map(([p, q, x, c], i) => [i, true, libraryAmount(p, q, x, c)]),
        );
      },
      120_000,
    );
  });
});
