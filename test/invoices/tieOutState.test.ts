import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { finishTieOut, TieOutState } from '../_private.ts';
import { resource } from './_worked.ts';

/** A reconciliation row whose Total is its Subtotal + TaxTotal, in cents or yen. */
const rowArb = fc
  .record({
    number: fc.constantFrom('G1', 'G2', 'G3'),
    currency: fc.constantFrom('USD', 'JPY'),
    subtotal: fc.integer({ min: -100_000, max: 100_000 }),
    tax: fc.integer({ min: -999, max: 999 }),
    decimals: fc.constantFrom(0, 2, 3),
  })
  .map(({ number, currency, subtotal, tax, decimals }) => {
    const text = (units: number): string => (units / 10 ** decimals).toFixed(decimals);
    return {
      InvoiceNumber: number,
      Currency: currency,
      Subtotal: text(subtotal),
      TaxTotal: text(tax),
      Total: text(subtotal + tax),
    };
  });

const INVOICES = [resource('G1', '10.00'), resource('G2', 12, 'JPY')];

describe('TieOutState.observeGroup', () => {
  it('INV-3: a group of the worked lines added at once ties out as its four rows observed one by one', () => {
    const lines = [
      ['1200.00', '96.00', '1296.00'],
      ['700.12', '56.01', '756.13'],
      ['-30.00', '-2.40', '-32.40'],
      ['52.00', '4.16', '56.16'],
    ].map(([Subtotal, TaxTotal, Total]) => ({
      InvoiceNumber: 'G000024135',
      Currency: 'USD',
      Subtotal,
      TaxTotal,
      Total,
    }));
    const one = new TieOutState(true);
    lines.forEach((line, i) => {
      one.observe(line, i + 1);
    });
    const grouped = new TieOutState(true);
    for (const group of one.groups.values()) grouped.observeGroup(group);
    const invoices = [resource('G000024135', '2075.89')];
    expect(JSON.stringify(finishTieOut(grouped, invoices, undefined))).toBe(
      JSON.stringify(finishTieOut(one, invoices, undefined)),
    );
    expect([grouped.rows, grouped.last]).toEqual([4, 4]);
  });

  describe('properties', () => {
    it('adding each (number, currency)’s lines as one group ties out as observing every row: the same results, sums, bounds and rows', () => {
      fc.assert(
        fc.property(fc.array(rowArb, { maxLength: 40 }), (rows) => {
          const each = new TieOutState(true);
          rows.forEach((row, i) => {
            each.observe(row, i + 1);
          });
          const grouped = new TieOutState(true);
          for (const group of each.groups.values()) grouped.observeGroup(group);
          expect(JSON.stringify(finishTieOut(grouped, INVOICES, undefined))).toBe(
            JSON.stringify(finishTieOut(each, INVOICES, undefined)),
          );
          expect(grouped.rows).toBe(rows.length);
        }),
      );
    });
  });
});
