import fc from 'fast-check';
import { overlayPriceList, type PriceKey, priceAt, readPriceList } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { basic, csv, priceRows } from './_lists.ts';

const key: PriceKey = {
  ProductId: 'CFQ7TTC0LH18',
  SkuId: '0001',
  TermDuration: 'P1Y',
  BillingPlan: 'Monthly',
  Market: 'US',
  Currency: 'USD',
  Segment: 'Commercial',
};
const current = readPriceList(
  csv([
    basic({ EffectiveStartDate: '2/1/2023 0:00' }),
    basic({ BillingPlan: 'Annual', UnitPrice: '72' }),
  ]),
);
const future = readPriceList(
  csv([
    basic({
      UnitPrice: '88.20',
      EffectiveStartDate: '7/1/2026 0:00',
      EffectiveEndDate: '11/30/9999 11:59 PM',
    }),
  ]),
);

describe('overlayPriceList', () => {
  it('PL-7, PL-1: a preview row replaces its key’s current rows from its start (±1 ms); other keys are unchanged', () => {
    const list = overlayPriceList(current, future);
    const at = (instant: string, k = key): unknown => {
      const found = priceAt(list, k, instant);
      return found.ok && found.price.amount;
    };
    expect(at('2026-06-30T23:59:59.999Z')).toBe(630);
    expect(at('2026-07-01T00:00:00.000Z')).toBe(735);
    expect(at('2030-01-01T00:00:00.000Z', { ...key, BillingPlan: 'Annual' })).toBe(7200);
    expect(list.rows.map((r) => [r.line, r.BillingPlan, r.EffectiveEndDate])).toEqual([
      [2, 'Monthly', '2026-06-30T23:59:59.999Z'],
      [3, 'Annual', null],
      [2, 'Monthly', null],
    ]);
    expect(Object.isFrozen(list.rows)).toBe(true);
  });

  it('PL-1: a current row that starts after the preview takes over is left out; the issues of both lists are kept', () => {
    const later = readPriceList(
      csv([basic({ EffectiveStartDate: '8/1/2026 0:00' }), basic({ UnitPrice: 'x' })]),
    );
    const list = overlayPriceList(later, future);
    expect(list.rows.map((r) => r.UnitPrice)).toEqual(['88.20']);
    expect(list.issues.map((i) => [i.row, i.column])).toEqual([[3, 'UnitPrice']]);
  });

  it('ERR-1: a list that is no price list is a RuleError naming it', () => {
    expect(errorOf(() => overlayPriceList(null as never, future))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'current',
    });
    expect(errorOf(() => overlayPriceList(current, { rows: {} } as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'future.rows',
    });
  });

  itKeepsTheContract(
    'overlayPriceList',
    overlayPriceList,
    fc.tuple(
      priceRows.map((rows) => readPriceList(csv(rows))),
      priceRows.map((rows) => readPriceList(csv(rows))),
    ),
  );

  describe('properties', () => {
    it('before the preview’s first start the current list prices; a key the preview lists prices by the preview from then on', () => {
      fc.assert(
        fc.property(priceRows, fc.integer({ min: 0, max: 800 }), (rows, day) => {
          const now = readPriceList(csv(rows));
          const list = overlayPriceList(now, future);
          const at = new Date(Date.parse('2025-01-01T00:00:00Z') + day * 86_400_000).toISOString();
          const expected = at < '2026-07-01' ? priceAt(now, key, at) : priceAt(future, key, at);
          const found = priceAt(list, key, at);
          expect(found.ok && found.price).toEqual(expected.ok && expected.price);
          const annual = { ...key, BillingPlan: 'Annual' };
          const a = priceAt(list, annual, at);
          const b = priceAt(now, annual, at);
          expect(a.ok && a.price).toEqual(b.ok && b.price);
        }),
      );
    });
  });
});
