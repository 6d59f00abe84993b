import fc from 'fast-check';
import { quote } from 'subscription-rules';
import { taxRate } from 'subscription-rules/arbitraries';
import { parseQuoteInput } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { readTaxRate } from '../_private.ts';
import { accepted, sameSamplesForOneSeed } from './_check.ts';

describe('taxRate()', () => {
  it('PRICE-3: every sample, text or number, is a rate parseQuoteInput and quote accept', () => {
    fc.assert(
      fc.property(taxRate({ form: 'any', max: '9.999999' }), (rate) => {
        const input = { listPrice: { amount: 1099, currency: 'AUD' }, market: 'AU', taxRate: rate };
        accepted(parseQuoteInput, input);
        const q = quote({ ...input, listPrice: { amount: 1099, currency: 'AUD' } });
        expect(q.net.amount + q.tax.amount).toBe(q.gross.amount);
      }),
    );
  });

  it('PRICE-3: samples stay in [min, max] and in the form asked for; common rates come up', () => {
    fc.assert(
      fc.property(taxRate({ min: '0.05', max: 0.2, form: 'number' }), (rate) => {
        expect(typeof rate).toBe('number');
        expect(readTaxRate(rate, 'r')).toBeGreaterThanOrEqual(50_000);
        expect(readTaxRate(rate, 'r')).toBeLessThanOrEqual(200_000);
      }),
    );
    const texts = fc.sample(taxRate(), { seed: 9, numRuns: 300 });
    expect(texts.every((rate) => typeof rate === 'string')).toBe(true);
    expect(texts).toContain('0.1');
    expect(texts).toContain('0.2');
  });

  it('determinism: one seed, one sequence of samples', () => {
    sameSamplesForOneSeed(() => taxRate({ form: 'any' }));
  });

  it('ERR-1: bad constraints are a RuleError naming the field', () => {
    expect(errorOf(() => taxRate({ min: '10' }))).toEqual({
      code: 'INVALID_TAX_RATE',
      path: 'constraints.min',
    });
    expect(errorOf(() => taxRate({ min: '0.2', max: '0.1' }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.max',
    });
    expect(errorOf(() => taxRate({ form: 'percent' as never }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.form',
    });
  });
});
