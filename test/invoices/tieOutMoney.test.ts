import { fc, it } from '@fast-check/vitest';
import { createTieOut, tieOut } from 'subscription-rules/usage';
import { describe, expect } from 'vitest';
import { usageRowsKept } from '../_private.ts';
import { resource, row } from './_worked.ts';

/** The exact decimal of `units × 10^-scale` as text in major units, independently of the library. */
function decimal(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  let fraction = scale === 0 ? '' : digits.slice(digits.length - scale);
  fraction = fraction.replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

describe('tie-out money', () => {
  it('INV-2, PRICE-1: JPY lines printed 200.4, 300.4, 400.4 sum to 901.2 kept in `exact`, never in `amount`', () => {
    const rows = ['200.4', '300.4', '400.4'].map((s) => row('G000000001', 'JPY', s, '0', s));
    const [result] = tieOut([resource('G000000001', 900, 'JPY')], rows).results;
    expect(result?.total).toEqual({ exact: '901.2', currency: 'JPY' });
    expect(result?.subtotal).toEqual({ exact: '901.2', currency: 'JPY' });
    expect(result?.tax).toEqual({ amount: 0, currency: 'JPY' });
    expect(result?.residual).toEqual({ exact: '-1.2', currency: 'JPY' });
    expect(result?.outcome).toBe('rounding');
  });

  it('PRICE-1: a line past Number.MAX_SAFE_INTEGER minor units is an issue naming its row and column, never summed', () => {
    const rows = [
      row('G000000003', 'USD', '10.00', '0', '10.00'),
      row('G000000003', 'USD', '90071992547409.93', '0', '90071992547409.93'),
    ];
    const { results, issues, summary } = tieOut([resource('G000000003', 10)], rows);
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'Subtotal'],
      [2, 'Total'],
    ]);
    expect(issues[0]?.message).toBe(
      'expected an amount of at most 9007199254740991 minor units (PRICE-1); the line is not summed',
    );
    expect(results[0]).toMatchObject({ lines: 1, total: { amount: 1000, currency: 'USD' } });
    expect(summary.tied).toBe(false);
  });

  it('PRICE-1: sums of safe lines past the safe integers are kept in `exact`, whole units as text', () => {
    const big = '90071992547409.91';
    const rows = [big, big].map((s) => row('G000000004', 'USD', s, '0', s));
    const [result] = tieOut([], rows).results;
    expect(result?.total).toEqual({ exact: '180143985094819.82', currency: 'USD' });
  });

  it.prop(
    [
      fc.array(
        fc.tuple(
          fc.integer({ min: -10_000_000, max: 10_000_000 }),
          fc.integer({ min: -1_000_000, max: 1_000_000 }),
        ),
        { minLength: 1, maxLength: 20 },
      ),
      fc.integer({ min: -100_000_000, max: 100_000_000 }),
    ],
    { numRuns: 200 },
  )(
    'INV-2, PRICE-1: tie-out parts sum to the total, each a Money of minor units',
    (lines, charged) => {
      const rows = lines.map(([sub, tax]) =>
        row(
          'G000000005',
          'USD',
          decimal(BigInt(sub), 2),
          decimal(BigInt(tax), 2),
          decimal(BigInt(sub + tax), 2),
        ),
      );
      const { results } = tieOut([resource('G000000005', decimal(BigInt(charged), 2))], rows);
      const [result] = results;
      const subtotal = result?.subtotal?.amount as number;
      const tax = result?.tax?.amount as number;
      const total = result?.total?.amount as number;
      for (const n of [subtotal, tax, total, result?.residual?.amount])
        expect(Number.isSafeInteger(n)).toBe(true);
      expect(subtotal + tax).toBe(total);
      expect(subtotal).toBe(lines.reduce((s, [sub]) => s + sub, 0));
      expect(result?.residual?.amount).toBe(charged - total);
      expect(result?.residual?.exact).toBeUndefined();
    },
  );

  it.prop(
    [
      fc.constantFrom('USD', 'JPY', 'KWD'),
      fc.array(
        fc.tuple(
          fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
          fc.integer({ min: 0, max: 5 }),
        ),
        {
          minLength: 1,
          maxLength: 12,
        },
      ),
    ],
    { numRuns: 200 },
  )('INV-2, PRICE-1: an amount is Money whenever whole units, else `exact`', (currency, lines) => {
    const exponent = { USD: 2, JPY: 0, KWD: 3 }[currency] as number;
    const rows = lines.map(([units, scale]) => {
      const text = decimal(units, scale);
      return row('G000000006', currency, text, '0', text);
    });
    const [result] = tieOut([resource('G000000006', 0, currency)], rows).results;
    const scale = Math.max(...lines.map(([, s]) => s));
    const sum = lines.reduce((s, [units, at]) => s + units * 10n ** BigInt(scale - at), 0n);
    for (const [amount, exact] of [
      [result?.total, sum],
      [result?.residual, -sum],
    ] as const) {
      const minor = exact * 10n ** BigInt(Math.max(0, exponent - scale));
      const whole = scale <= exponent || exact % 10n ** BigInt(scale - exponent) === 0n;
      if (whole) {
        const units = scale <= exponent ? minor : exact / 10n ** BigInt(scale - exponent);
        expect(amount).toEqual({ amount: Number(units), currency });
        expect(Number.isSafeInteger(amount?.amount)).toBe(true);
      } else expect(amount).toEqual({ exact: decimal(exact, scale), currency });
    }
  });

  it.prop(
    [
      fc.array(fc.tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: 0, max: 3 })), {
        maxLength: 8,
      }),
    ],
    { numRuns: 100 },
  )('INV-3: a tie-out’s results survive a JSON round trip unchanged', (lines) => {
    const rows = lines.map(([units, scale], i) => {
      const text = decimal(BigInt(units), scale);
      return row(
        i % 2 === 0 ? 'G000000007' : 'G000000008',
        i % 3 === 0 ? 'JPY' : 'USD',
        text,
        '0',
        text,
      );
    });
    const tied = tieOut([resource('G000000007', 12.5), resource('G000000009', 3, 'JPY')], rows);
    expect(JSON.parse(JSON.stringify(tied))).toEqual(tied);
  });
});

describe('INV amendments and totals', () => {
  it('INV-2: a credit note in another currency is listed under the invoice, left out of netOfAmendments, with a note', () => {
    const invoice = resource('G000024135', 2075.89);
    const euro = resource('G000000778', -20, 'EUR', {
      documentType: 'Credit Note',
      amendsOf: 'G000024135',
    });
    const usd = resource('G000000777', -50, 'USD', {
      documentType: 'Credit Note',
      amendsOf: 'G000024135',
    });
    const rows = [row('G000024135', 'USD', '2075.89', '0', '2075.89')];
    const result = tieOut([invoice, usd, euro], rows).results.find(
      (r) => r.invoiceNumber === 'G000024135',
    );
    expect(result?.amendments.map((a) => [a.id, a.totalCharges])).toEqual([
      ['G000000777', { amount: -5000, currency: 'USD' }],
      ['G000000778', { amount: -2000, currency: 'EUR' }],
    ]);
    expect(result?.netOfAmendments).toEqual({ amount: 202589, currency: 'USD' });
    expect(result?.message).toContain(
      'G000000778 is in EUR, not the invoice’s USD: listed, but left out of the net',
    );
  });

  it('INV-2: a reconciliation file without a Total column takes Subtotal + TaxTotal', () => {
    const rows = [
      { InvoiceNumber: 'G000024135', Currency: 'USD', Subtotal: '1200.00', TaxTotal: '96.00' },
      { InvoiceNumber: 'G000024135', Currency: 'USD', Subtotal: '700.12', TaxTotal: '56.01' },
    ];
    const { results, issues } = tieOut([resource('G000024135', 2052.13)], rows);
    expect(issues).toEqual([]);
    expect(results[0]).toMatchObject({
      total: { amount: 205213, currency: 'USD' },
      outcome: 'tied',
    });
  });

  it('INV-2: an empty Total cell in a file that has the column is an issue naming the row', () => {
    const rows = [
      row('G000024135', 'USD', '1200.00', '96.00', '1296.00'),
      row('G000024135', 'USD', '700.12', '56.01', ''),
    ];
    const { results, issues } = tieOut([resource('G000024135', 1296)], rows);
    expect(issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [2, 'Total', 'expected a number'],
    ]);
    expect(results[0]?.lines).toBe(1);
  });
});

describe('INV-3 usage state', () => {
  it('INV-3: createTieOut({ usage: true }) keeps the usage lines for USG-4, not every row', () => {
    const tie = createTieOut({ usage: true });
    for (let i = 0; i < 1000; i++)
      tie.observe({
        InvoiceNumber: 'G000000001',
        Currency: 'USD',
        ChargeType: 'cycleCharge',
        ProductId: 'CFQ7TTC0LH18',
        SkuId: '0001',
        AvailabilityId: `A${i}`,
        MeterDescription: '',
        Subtotal: '1.00',
        TaxTotal: '0',
        Total: '1.00',
      });
    tie.observe({
      InvoiceNumber: 'G000000001',
      Currency: 'USD',
      ProductId: 'DZH318Z0BQ3Q',
      SkuId: '0001',
      AvailabilityId: 'A1',
      MeterDescription: 'Bandwidth',
      EffectiveUnitPrice: '0.085',
      Subtotal: '2.39',
      TaxTotal: '0',
      Total: '2.39',
    });
    expect(usageRowsKept(tie)).toBe(1);
  });
});

describe('INV-3 usage state, files without a meter column', () => {
  it('INV-3: a file without MeterDescription or MeterId keeps its rows, only the usage file can say which are usage', () => {
    const tie = createTieOut({ usage: true });
    tie.observe({
      InvoiceNumber: 'G1',
      Currency: 'USD',
      ProductId: 'P',
      SkuId: 'S',
      Subtotal: '1',
      TaxTotal: '0',
      Total: '1',
    });
    tie.observe({
      InvoiceNumber: 'G1',
      Currency: 'USD',
      ChargeType: 'customerCredit',
      MeterDescription: '',
      Subtotal: '-1',
      TaxTotal: '0',
      Total: '-1',
    });
    tie.observe({
      InvoiceNumber: 'G1',
      Currency: 'USD',
      ChargeType: 'new',
      MeterId: ' ',
      Subtotal: '5',
      TaxTotal: '0',
      Total: '5',
    });
    expect(usageRowsKept(tie)).toBe(2);
    expect(usageRowsKept(createTieOut())).toBe(0);
  });
});
