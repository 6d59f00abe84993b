import { fc } from '@fast-check/vitest';
import { ko } from 'subscription-rules/locales/ko';
import { tieOut } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { ruleErrorOf } from '../_errors.ts';
import { g24135Rows, resource, row } from './_worked.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const jpy = (amount: number) => ({ amount, currency: 'JPY' });
const jpyExact = (exact: string) => ({ exact, currency: 'JPY' });

describe('tieOut', () => {
  it('INV-2: G000024135’s four lines add up to 2075.89 USD: totalCharges 2075.89 is tied, k = 4, bound < 5 cents', () => {
    const { results, issues, summary } = tieOut([resource('G000024135', 2075.89)], g24135Rows);
    expect(issues).toEqual([]);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      invoiceNumber: 'G000024135',
      currency: 'USD',
      documentType: 'invoice',
      lines: 4,
      subtotal: usd(192212),
      tax: usd(15377),
      total: usd(207589),
      check: true,
      invoiceTotal: usd(207589),
      residual: usd(0),
      tolerance: usd(5),
      taxedLines: 4,
      fractionalLines: 0,
      outcome: 'tied',
      rows: [1, 2, 3, 4],
    });
    expect(results[0]?.message).toBe('G000024135: its 4 lines add up to the invoice’s 2075.89 USD');
    expect(summary).toEqual({
      rows: 4,
      tied: true,
      currencies: [
        {
          currency: 'USD',
          results: 1,
          outcomes: { tied: 1 },
          total: usd(207589),
          invoiceTotal: usd(207589),
        },
      ],
    });
  });

  it('INV-2: the same lines against totalCharges 2075.90 leave 0.01: rounding', () => {
    const [result] = tieOut([resource('G000024135', 2075.9)], g24135Rows).results;
    expect(result).toMatchObject({ residual: usd(1), tolerance: usd(5), outcome: 'rounding' });
    expect(result?.remedy).toBeUndefined();
  });

  it('INV-2: the same lines against totalCharges 2125.89 leave 50.00: an adjustment not in the files, remedy never', () => {
    const [result] = tieOut([resource('G000024135', 2125.89)], g24135Rows).results;
    expect(result).toMatchObject({
      residual: usd(5000),
      outcome: 'adjustment-not-in-files',
      remedy: 'never',
    });
    expect(result?.message).toBe(
      'G000024135: the invoice’s 2125.89 USD is 50.00 USD away from its 4 lines’ 2075.89 USD, past the 0.05 USD rounding can leave: an adjustment on the invoice that the reconciliation file does not hold; ask Microsoft which adjustment it is',
    );
  });

  it('INV-2: the bound’s boundary at k = 4: a residual of ±0.04 is rounding, ±0.05 an adjustment', () => {
    const outcome = (total: string) =>
      tieOut([resource('G000024135', total)], g24135Rows).results[0]?.outcome;
    expect(outcome('2075.93')).toBe('rounding');
    expect(outcome('2075.94')).toBe('adjustment-not-in-files');
    expect(outcome('2075.85')).toBe('rounding');
    expect(outcome('2075.84')).toBe('adjustment-not-in-files');
  });

  it('INV-2: JPY lines 200.4, 300.4, 400.4 (m = 3, k = 0) against 900: residual −1.2 within 3 yen, rounding; against 897: −4.2, an adjustment', () => {
    const rows = ['200.4', '300.4', '400.4'].map((a) => row('G000000001', 'JPY', a, '0', a));
    const at = (total: number) => tieOut([resource('G000000001', total, 'JPY')], rows).results[0];
    expect(at(900)).toMatchObject({
      subtotal: jpyExact('901.2'),
      tax: jpy(0),
      total: jpyExact('901.2'),
      residual: jpyExact('-1.2'),
      tolerance: jpy(3),
      fractionalLines: 3,
      taxedLines: 0,
      outcome: 'rounding',
    });
    expect(at(897)).toMatchObject({
      residual: jpyExact('-4.2'),
      outcome: 'adjustment-not-in-files',
    });
    // the boundary: −2.2 is within 3 yen, −3.2 is not
    expect(at(899)?.outcome).toBe('rounding');
    expect(at(898)?.outcome).toBe('adjustment-not-in-files');
  });

  it('INV-2: with m = k = 0 there is no tolerance at all: one cent off is an adjustment', () => {
    const rows = [row('G1', 'USD', '10.00', '0.00', '10.00')];
    const [result] = tieOut([resource('G1', '10.01')], rows).results;
    expect(result).toMatchObject({ tolerance: usd(0), outcome: 'adjustment-not-in-files' });
  });

  it('INV-2: G000000002 with lines in EUR and in USD is mixed-currency, one result per currency, with no sum', () => {
    const rows = [
      row('G000000002', 'EUR', '10.00', '2.00', '12.00'),
      row('G000000002', 'USD', '5.00', '0.00', '5.00'),
    ];
    const { results, summary } = tieOut([resource('G000000002', '17.00', 'EUR')], rows);
    expect(results.map((r) => [r.currency, r.outcome])).toEqual([
      ['EUR', 'mixed-currency'],
      ['USD', 'mixed-currency'],
    ]);
    for (const r of results) {
      expect(r.total).toBeUndefined();
      expect(r.residual).toBeUndefined();
    }
    expect(summary.tied).toBe(false);
  });

  it('INV-2: credit note G000000777 (“Credit Note”, −50.00, amending G000024135) without lines is no-lines, its −50.00 an adjustment; G000024135 lists it, netOfAmendments 2025.89', () => {
    const note = resource('G000000777', -50, 'USD', {
      documentType: 'Credit Note',
      amendsOf: 'G000024135',
    });
    const { results } = tieOut([resource('G000024135', 2075.89), note], g24135Rows);
    expect(results.map((r) => r.invoiceNumber)).toEqual(['G000000777', 'G000024135']);
    expect(results[0]).toMatchObject({
      documentType: 'credit-note',
      amendsOf: 'G000024135',
      lines: 0,
      residual: usd(-5000),
      tolerance: usd(0),
      outcome: 'no-lines',
      classification: 'adjustment-not-in-files',
      remedy: 'never',
      rows: [],
    });
    expect(results[1]).toMatchObject({
      outcome: 'tied',
      residual: usd(0),
      amendments: [{ id: 'G000000777', documentType: 'credit-note', totalCharges: usd(-5000) }],
      netOfAmendments: usd(202589),
    });
  });

  it('INV-2: an amendment the resource lists, not given on its own, is tied on its own number too', () => {
    const note = resource('G000000777', '-50.00', 'USD', { documentType: 'creditNote' });
    const { results } = tieOut(
      [resource('G000024135', '2075.89', 'USD', { amendments: [note] })],
      g24135Rows,
    );
    expect(results.map((r) => [r.invoiceNumber, r.outcome])).toEqual([
      ['G000000777', 'no-lines'],
      ['G000024135', 'tied'],
    ]);
    expect(results[1]?.netOfAmendments).toEqual(usd(202589));
  });

  it('INV-2: a credit note with a positive total is read as printed, with a note', () => {
    const note = resource('G9', '5.00', 'USD', { documentType: 'credit note' });
    const [result] = tieOut([note], [row('G9', 'USD', '5.00', '0', '5.00')]).results;
    expect(result?.outcome).toBe('tied');
    expect(result?.message).toContain('the credit note’s total is positive; read as printed');
  });

  it('INV-2: lines without a resource are no-invoice with their sums; lines in another currency than the resource’s are currency-mismatch', () => {
    const { results } = tieOut(
      [resource('G2', '12.00', 'EUR')],
      [row('G1', 'USD', '10.00', '1.00', '11.00'), row('G2', 'USD', '10.00', '2.00', '12.00')],
    );
    expect(results[0]).toMatchObject({
      invoiceNumber: 'G1',
      outcome: 'no-invoice',
      total: usd(1100),
    });
    expect(results[0]?.residual).toBeUndefined();
    expect(results[1]).toMatchObject({
      invoiceNumber: 'G2',
      outcome: 'currency-mismatch',
      total: usd(1200),
      invoiceTotal: { amount: 1200, currency: 'EUR' },
    });
  });

  it('INV-2: a line whose Total is not Subtotal + TaxTotal is an issue, summed as printed; a cell that is no number is an issue naming its column', () => {
    const { results, issues, summary } = tieOut(
      [resource('G1', '11.00')],
      [
        row('G1', 'USD', '10.00', '1.00', '11.00'),
        row('G1', 'USD', '1.00', '0.10', '1.00'),
        row('G1', 'USD', 'n/a', '0', '0'),
      ],
    );
    expect(issues).toEqual([
      {
        row: 2,
        column: 'Total',
        message: 'expected Subtotal + TaxTotal (1.10); the line is summed as printed',
      },
      { row: 3, column: 'Subtotal', message: 'expected a number' },
    ]);
    expect(results[0]).toMatchObject({
      lines: 2,
      total: usd(1200),
      check: false,
      residual: usd(-100),
    });
    expect(summary.tied).toBe(false);
  });

  it('INV-2, REC-2: the file’s dialect: columns in any case and order, Excel’s apostrophe, scientific zeros, a lower-case currency', () => {
    const rows = [
      {
        '\uFEFFinvoicenumber': ' G1 ',
        CURRENCY: 'usd',
        subtotal: "'10.000",
        taxtotal: '0E-20',
        TOTAL: '10',
      },
    ];
    const [result] = tieOut([resource('G1', 10)], rows).results;
    expect(result).toMatchObject({
      total: usd(1000),
      outcome: 'tied',
      fractionalLines: 0,
      taxedLines: 0,
    });
  });

  it('INV-3: messages in the locale asked for', () => {
    const [result] = tieOut([resource('G000024135', 2075.89)], g24135Rows, { locale: ko }).results;
    expect(result?.message).toBe(
      'G000024135: 줄 4개의 합계가 청구서의 2075.89 USD과(와) 일치합니다',
    );
  });

  it('ERR-1: a resource that cannot be read, a number given twice and rows that are no list are RuleErrors naming the caller’s field', () => {
    expect(ruleErrorOf(() => tieOut([resource('G1', '10.001')], [])).path).toBe(
      'invoices.0.totalCharges',
    );
    expect(ruleErrorOf(() => tieOut([resource('G1', '1'), resource('G1', '2')], [])).path).toBe(
      'invoices.1.id',
    );
    expect(ruleErrorOf(() => tieOut([], 'rows' as never)).path).toBe('rows');
    expect(ruleErrorOf(() => tieOut([resource('G1', 1, 'XYZ')], [])).path).toBe(
      'invoices.0.currencyCode',
    );
    expect(
      ruleErrorOf(() => tieOut([resource('G1', 1, 'USD', { documentType: 'Receipt' })], [])).path,
    ).toBe('invoices.0.documentType');
  });

  itKeepsTheContract(
    'tieOut',
    tieOut,
    fc.constant<Parameters<typeof tieOut>>([[resource('G000024135', 2075.9)], g24135Rows]),
  );
});
