import fc from 'fast-check';
import { createUsageReconciler, readUsageLine, reconcileUsage } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { reconRow, usageRow } from './_rows.ts';

/** Decimal text of `units × 10^-scale`, with `zeros` trailing zeros after the point. */
function decimal(units: bigint, scale: number, zeros: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  const tail = zeros === 0 ? '' : `${scale === 0 ? '.' : ''}${'0'.repeat(zeros)}`;
  return `${negative ? '-' : ''}${whole}${tail}`;
}

const TWO_53 = 2n ** 53n;
/** Digits near 2^53 and everyday ones, at up to 18 decimals, with or without trailing zeros. */
const number = (min: bigint): fc.Arbitrary<{ units: bigint; scale: number; text: string }> =>
  fc
    .record({
      units: fc.oneof(
        fc.bigInt({ min: TWO_53 - 3n, max: TWO_53 + 3n }),
        fc.bigInt({ min: min < 0n ? -TWO_53 : 0n, max: 10n ** 20n }),
        fc.bigInt({ min, max: 5_000n }),
      ),
      scale: fc.integer({ min: 0, max: 18 }),
      zeros: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ units, scale, zeros }) => ({ units, scale, text: decimal(units, scale, zeros) }));

/** A usage line at random: its numbers exact and wide; billed as its arithmetic gives, or a unit off. */
const line = fc
  .record({
    plan: fc.constantFrom('plan-1', 'plan-2'),
    entitlement: fc.constantFrom('azure-1', 'azure-2'),
    meter: fc.constantFrom('vm-d2s', 'disk', 'spot'),
    day: fc.integer({ min: 1, max: 3 }),
    pec: fc.constantFrom('15', '15.00', '0', '10', undefined),
    credit: fc.constantFrom('0', '100', '0.0', undefined),
    quantity: number(-50n),
    unitPrice: fc.option(number(0n), { nil: undefined }),
    price: number(0n),
    rate: fc.oneof(number(1n), fc.constant({ units: 1n, scale: 0, text: '1' })),
    extra: fc.integer({ min: -1, max: 1 }),
    currency: fc.constantFrom('USD', 'JPY'),
    json: fc.boolean(),
  })
  .map((r) => {
    const decimals = r.currency === 'JPY' ? 0 : 2;
    const exact = r.price.units * r.quantity.units * r.rate.units;
    const scale = r.price.scale + r.quantity.scale + r.rate.scale;
    const minor =
      (scale >= decimals
        ? exact / 10n ** BigInt(scale - decimals)
        : exact * 10n ** BigInt(decimals - scale)) + BigInt(r.extra);
    const cells: Record<string, string> = usageRow({
      SubscriptionId: r.plan,
      EntitlementId: r.entitlement,
      MeterId: r.meter,
      MeterName: r.meter === 'spot' ? 'D2s v5 Spot' : r.meter,
      UsageDate: `2026-11-0${r.day}`,
      Quantity: r.quantity.text,
      EffectiveUnitPrice: r.price.text,
      PCToBCExchangeRate: r.rate.text,
      BillingPreTaxTotal: decimal(minor, decimals, 0),
      BillingCurrency: r.currency,
    });
    delete cells.PartnerEarnedCreditPercentage;
    delete cells.CreditPercentage;
    delete cells.UnitPrice;
    if (r.unitPrice !== undefined) cells.UnitPrice = r.unitPrice.text;
    if (!r.json) {
      if (r.pec !== undefined) cells.PartnerEarnedCreditPercentage = r.pec;
      if (r.credit !== undefined) cells.CreditPercentage = r.credit;
      return cells;
    }
    // the Graph export's JSON line: numbers as JSON numbers, v1 rates as fractions (× 100 read)
    const numbers = new Set(['Quantity', 'EffectiveUnitPrice', 'PCToBCExchangeRate', 'UnitPrice']);
    const fields = Object.entries(cells).map(
      ([k, v]) => `"${k}":${numbers.has(k) ? v : JSON.stringify(v)}`,
    );
    if (r.pec !== undefined)
      fields.push(
        `"rateOfPartnerEarnedCredit":${r.pec === '15.00' ? '0.1500' : Number(r.pec) / 100}`,
      );
    if (r.credit !== undefined) fields.push(`"rateOfCredit":${r.credit === '100' ? '1.0' : '0'}`);
    return `{${fields.join(',')}}`;
  });

const recon = [
  reconRow({ SubscriptionId: 'plan-1', Subtotal: '12.34' }),
  reconRow({ SubscriptionId: 'plan-2', Subtotal: '1.00', Currency: 'JPY' }),
];

describe('createUsageReconciler: a line readUsageLine read, taken with the numbers it read', () => {
  it('USG-2: a line as read and a copy of it (checked field by field, its numbers read again) finish as the same result, for random lines near 2^53 and with many decimals', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (rows) => {
        const fast = createUsageReconciler();
        const checked = createUsageReconciler();
        rows.forEach((row, i) => {
          const read = readUsageLine(row, i + 1);
          fast.observe(read);
          checked.observe(read.ok ? { ...read.line } : read);
        });
        expect(fast.finish(recon)).toEqual(checked.finish(recon));
      }),
      { numRuns: 300 },
    );
  });

  it('USG-2: the worked line (23.2 × 0.085 × 0.92 = 1.81424 → 1.81 EUR) is the same line through either path, and a copy changed is read as changed', () => {
    const read = readUsageLine(
      usageRow({
        Quantity: '23.2',
        UnitPrice: '0.1',
        EffectiveUnitPrice: '0.085',
        PCToBCExchangeRate: '0.92',
        BillingPreTaxTotal: '1.81',
        BillingCurrency: 'EUR',
      }),
      1,
    );
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const result = (input: Parameters<ReturnType<typeof createUsageReconciler>['observe']>[0]) => {
      const reconciler = createUsageReconciler();
      reconciler.observe(input);
      return reconciler.finish();
    };
    expect(result(read)).toEqual(result({ ...read.line }));
    expect(result(read).different).toEqual([]);
    // one minor unit more in a copy: that copy's own amount, checked again, is a difference
    const off = result({ ...read.line, billingPreTaxTotal: { amount: 182, currency: 'EUR' } });
    expect(off.different.map((f) => f.rows)).toEqual([[1]]);
    // a copy whose quantity is no number: the caller's field named (ERR-1), never the numbers read
    expect(errorOf(() => result({ ...read.line, quantity: '23,2' }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'line.quantity',
    });
  });

  it('USG-2: the line read is frozen with its amount, so the numbers kept for it are still its own', () => {
    const read = readUsageLine(usageRow(), 1);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(Object.isFrozen(read.line)).toBe(true);
    expect(Object.isFrozen(read.line.billingPreTaxTotal)).toBe(true);
    expect(() => {
      (read.line as { quantity: string }).quantity = '1000';
    }).toThrow(TypeError);
    expect(reconcileUsage([usageRow()]).summary).toEqual(
      (() => {
        const r = createUsageReconciler();
        r.observe(read);
        return r.finish().summary;
      })(),
    );
  });
  it('USG-2: the numbers kept with a line read show nowhere: its prototype is Object’s, its keys its fields alone, and a clone of it is checked field by field', () => {
    const read = readUsageLine(usageRow(), 1);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(Object.getPrototypeOf(read.line)).toBe(Object.prototype);
    expect(Reflect.ownKeys(read.line)).toEqual(Object.keys(read.line));
    expect(Object.keys(read.line)).toContain('quantity');
    expect(Object.getOwnPropertySymbols(read.line)).toEqual([]);
    // a clone is a caller's object: its quantity no number is named (ERR-1), never taken as read
    const clone = { ...structuredClone(read.line), quantity: 'x' };
    expect(errorOf(() => createUsageReconciler().observe(clone))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'line.quantity',
    });
  });
});
