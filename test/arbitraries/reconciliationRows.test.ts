import fc from 'fast-check';
import { reconciliationRows } from 'subscription-rules/arbitraries';
import { invoiceLines, reconcile } from 'subscription-rules/reconciliation';
import { parseInvoiceLine } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { added, removed } from '../reconciliation/_effects.ts';
import { sameSamplesForOneSeed } from './_check.ts';

const lines = invoiceLines([...added.effects, ...removed.effects], { subscriptionId: 'S1' });

describe('reconciliationRows()', () => {
  it('REC-2, R4: a charge printed as two lines keeps its net: 31.20 USD as a reversal and a rebill of the same days', () => {
    // the quirks of each row are drawn among those asked for: the first file that has it
    const file = fc
      .sample(reconciliationRows({ lines: lines.slice(0, 1), quirks: ['two-line'] }), {
        seed: 1,
        numRuns: 50,
      })
      .find((drawn) => drawn.rows.length === 2);
    const rows = file?.rows ?? [];
    expect(rows.map((row) => [row.ChargeType, row.ChargeStartDate, row.ChargeEndDate])).toEqual([
      ['addQuantity', '2026-12-05', '2026-12-19'],
      ['addQuantity', '2026-12-05', '2026-12-19'],
    ]);
    const cents = rows.reduce((sum, row) => sum + Math.round(Number(row.Subtotal) * 100), 0);
    expect(cents).toBe(3120);
    expect(rows.some((row) => (row.BillableQuantity ?? '').startsWith('-'))).toBe(true);
    expect(reconcile(lines.slice(0, 1), rows).matched.map((m) => m.form)).toEqual(['two-line']);
  });

  it('REC-2, R10: each quirk writes what the real exports write', () => {
    const one = (quirk: never) =>
      fc
        .sample(reconciliationRows({ lines: lines.slice(1), quirks: [quirk] }), {
          seed: 3,
          numRuns: 40,
        })
        .flatMap((file) => file.rows)
        .map((row) => Object.entries(row).filter(([, value]) => value !== ''));
    const cells = (quirk: string) => one(quirk as never).flat();
    expect(cells('apostrophe')).toContainEqual(['Subtotal', "'-29.20"]);
    expect(cells('decimals')).toContainEqual(['Subtotal', '-29.200000000000000000']);
    expect(cells('scientific')).toContainEqual(['TaxTotal', '0E-20']);
    expect(cells('charge-type-case')).toContainEqual(['ChargeType', 'REMOVEQUANTITY']);
    expect(cells('us-dates')).toContainEqual(['ChargeStartDate', '12/6/2026']);
    expect(cells('iso-instants')).toContainEqual(['ChargeEndDate', '2026-12-19T23:59:00Z']);
    expect(cells('positive-credits')).toContainEqual(['Subtotal', '29.20']);
    const unknown = fc
      .sample(reconciliationRows({ lines, quirks: ['unknown-columns'] }), { seed: 3, numRuns: 20 })
      .flatMap((drawn) =>
        drawn.rows.map((row) => [Object.keys(row).includes('FutureColumn'), row.ReferenceId]),
      );
    expect(unknown).toContainEqual([true, '{"osId":"1","id":"2","v":2}']);
    const headers = fc
      .sample(reconciliationRows({ lines, quirks: ['header-case', 'column-order'] }), {
        seed: 4,
        numRuns: 20,
      })
      .map((file) => Object.keys(file.rows[0] ?? {}));
    expect(headers.some((names) => names[0]?.startsWith('\uFEFF'))).toBe(true);
    expect(headers.some((names) => names.includes(' subtotal'))).toBe(true);
    expect(
      headers.some((names) => names[0] !== 'PartnerId' && !names[0]?.includes('PartnerId')),
    ).toBe(true);
  });

  it('determinism: one seed, one sequence of samples', () => {
    sameSamplesForOneSeed(() => reconciliationRows({ maxBroken: 2 }));
  });

  it('ERR-1: bad constraints are a RuleError naming the field', () => {
    expect(errorOf(() => reconciliationRows({ quirks: ['commas' as never] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.quirks.0',
    });
    expect(errorOf(() => reconciliationRows({ maxBroken: -1 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.max',
    });
    expect(
      errorOf(() => reconciliationRows({ lines: [{ ...lines[0], Subtotal: '31.2O' } as never] })),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.lines.0.Subtotal',
    });
  });

  describe('properties', () => {
    it('REC-2: reconcile matches every group of the lines with the rows drawn, whatever their quirks, and reads no issue', () => {
      fc.assert(
        fc.property(reconciliationRows(), ({ lines: drawn, rows, broken }) => {
          const result = reconcile(drawn, rows);
          expect(broken).toEqual([]);
          expect([result.missing, result.unexpected, result.different, result.issues]).toEqual([
            [],
            [],
            [],
            [],
          ]);
          expect(result.matched.length).toBeGreaterThan(0);
          for (const line of drawn) expect(parseInvoiceLine(line).ok).toBe(true);
        }),
      );
    });

    it('ERR-2: every cell broken on purpose is exactly one issue, at its row and column', () => {
      fc.assert(
        fc.property(reconciliationRows({ maxBroken: 3 }), ({ lines: drawn, rows, broken }) => {
          const result = reconcile(drawn, rows);
          expect(result.issues.map(({ row, column }) => ({ row, column }))).toEqual(broken);
        }),
      );
    });
  });
});
