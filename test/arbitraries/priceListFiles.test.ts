import fc from 'fast-check';
import { overlayPriceList, priceAt, readPriceList } from 'subscription-rules';
import { priceListFiles } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { sameSamplesForOneSeed } from './_check.ts';

describe('priceListFiles()', () => {
  it('PL-1: every drawn file reads with no issue, a row a line; the preview takes over its keys from its start', () => {
    fc.assert(
      fc.property(priceListFiles(), (files) => {
        const current = readPriceList(files.current);
        const preview = readPriceList(files.preview);
        expect(current.issues).toEqual([]);
        expect(preview.issues).toEqual([]);
        expect(current.rows).toHaveLength(files.rows);
        const next = overlayPriceList(current, preview);
        for (const row of preview.rows) {
          const found = priceAt(next, row, row.EffectiveStartDate ?? '2023-01-01T00:00:00Z');
          expect(found.ok && found.row).toBe(row);
        }
      }),
    );
  });

  it('PL-1: it draws overlapping rows, the placeholder years and both date forms', () => {
    const texts = fc.sample(priceListFiles(), { seed: 7, numRuns: 200 }).map((f) => f.current);
    expect(texts.some((t) => t.includes('1/1/1753'))).toBe(true);
    expect(texts.some((t) => t.includes('11/30/9999'))).toBe(true);
    expect(texts.some((t) => /\d{4}-\d\d-\d\dT[\d:]+\.\d{7}Z/.test(t))).toBe(true);
    expect(texts.some((t) => / [AP]M,/.test(t))).toBe(true);
    const overlapping = texts.some((t) => {
      const { rows } = readPriceList(t);
      return rows.some((a, i) =>
        rows.some(
          (b, j) =>
            i !== j &&
            a.ProductId === b.ProductId &&
            a.TermDuration === b.TermDuration &&
            a.BillingPlan === b.BillingPlan &&
            a.Market === b.Market &&
            (a.EffectiveStartDate ?? '') <= (b.EffectiveStartDate ?? '') &&
            (a.EffectiveEndDate === null || (b.EffectiveStartDate ?? '') <= a.EffectiveEndDate),
        ),
      );
    });
    expect(overlapping).toBe(true);
  });

  it('ERR-1: bad constraints are a RuleError naming them', () => {
    expect(errorOf(() => priceListFiles({ maxKeys: 0 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.maxKeys.max',
    });
    expect(errorOf(() => priceListFiles(1 as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints',
    });
  });

  it('PURE-1: one seed draws the same files', () =>
    sameSamplesForOneSeed(() => priceListFiles({ maxKeys: 3 })));
});
