import fc from 'fast-check';
import { formatMessage, type PriceKey, priceAt, readPriceList } from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
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

/** Business Basic before and after the July 2026 change (6 → 7 USD a month, +5 % billed monthly). */
const july = readPriceList(
  csv([
    basic({
      UnitPrice: '75.60',
      EffectiveStartDate: '2/1/2023 0:00',
      EffectiveEndDate: '6/30/2026 11:59 PM',
    }),
    basic({
      UnitPrice: '88.20',
      EffectiveStartDate: '7/1/2026 12:00 AM',
      EffectiveEndDate: '11/30/9999 11:59 PM',
    }),
  ]),
);

const price = (at: string, list = july, k: PriceKey = key): unknown => {
  const found = priceAt(list, k, at);
  return found.ok ? [found.row.line, found.price.amount] : found.message;
};

describe('priceAt', () => {
  it('PL-7, PL-3: the row valid at the instant: the old row holds to its end date’s last millisecond, the new one from its start', () => {
    expect(price('2026-06-30T23:59:59.999Z')).toEqual([2, 630]);
    expect(price('2026-07-01T00:00:00.000Z')).toEqual([3, 735]);
    expect(price('2023-02-01T00:00:00.000Z')).toEqual([2, 630]);
    expect(price('2040-01-01T00:00:00Z')).toEqual([3, 735]);
  });

  it('PL-3: ±1 ms at a row’s EffectiveStartDate and EffectiveEndDate: before the start and after the end there is no price, and the message names the nearest rows', () => {
    const one = readPriceList(
      csv([
        basic({
          EffectiveStartDate: '2026-01-01T00:00:00Z',
          EffectiveEndDate: '2026-01-31T23:59:59.999Z',
        }),
      ]),
    );
    expect(price('2026-01-01T00:00:00.000Z', one)).toEqual([2, 630]);
    expect(price('2026-01-31T23:59:59.999Z', one)).toEqual([2, 630]);
    expect(price('2025-12-31T23:59:59.999Z', one)).toBe(
      'The price list has no row for CFQ7TTC0LH18 0001 P1Y Monthly US USD Commercial at 2025-12-31T23:59:59.999Z; the nearest: line 2: 75.60 USD from 2026-01-01T00:00:00.000Z to 2026-01-31T23:59:59.999Z.',
    );
    expect(priceAt(one, key, '2026-02-01T00:00:00.000Z')).toMatchObject({
      ok: false,
      code: 'NO_PRICE',
    });
  });

  it('PL-3, MSG-1: NO_PRICE has an ID and parameters: formatMessage says it in Korean', () => {
    const found = priceAt(july, key, '2023-01-31T23:59:59.999Z');
    if (found.ok) throw new Error('expected NO_PRICE');
    expect(found).toMatchObject({
      messageId: 'lifecycle.nce.price.no-price.nearest',
      params: {
        key: 'CFQ7TTC0LH18 0001 P1Y Monthly US USD Commercial',
        when: '2023-01-31T23:59:59.999Z',
      },
    });
    expect(formatMessage(found)).toBe(found.message);
    expect(formatMessage(found, ko)).toBe(
      '가격표에 2023년 1월 31일 23시 59분 59초 UTC 시점의 CFQ7TTC0LH18 0001 P1Y Monthly US USD Commercial 행이 없습니다. 가장 가까운 행: 2행: 75.60 USD, 2023년 2월 1일 00:00 UTC부터 2026년 6월 30일 23시 59분 59초 UTC까지.',
    );
    const other = priceAt(july, { ...key, ProductId: 'NONE' }, '2026-01-01T00:00:00Z');
    if (other.ok) throw new Error('expected NO_PRICE');
    expect(other.messageId).toBe('lifecycle.nce.price.no-price.no-product');
    expect(formatMessage(other, ko)).toBe(
      '가격표에 NONE 0001 P1Y Monthly US USD Commercial의 행이 없고 해당 제품과 SKU의 행도 없습니다.',
    );
  });

  it('PL-3, MSG-1: the rows NO_PRICE lists are written in the locale: no English word is left in Korean, Simplified or Traditional Chinese', () => {
    // four rows of the product in other plans and markets: three listed, one counted
    const others = readPriceList(
      csv([
        basic({
          UnitPrice: '75.60',
          EffectiveStartDate: '2/1/2023 0:00',
          EffectiveEndDate: '6/30/2026 11:59 PM',
        }),
        basic({
          UnitPrice: '88.20',
          EffectiveStartDate: '7/1/2026 12:00 AM',
          EffectiveEndDate: '11/30/9999 11:59 PM',
        }),
        basic({ TermDuration: 'P1M', UnitPrice: '7.20' }),
        basic({ BillingPlan: 'Annual', UnitPrice: '72.00' }),
      ]),
    );
    const missing = [
      priceAt(july, key, '2023-01-31T23:59:59.999Z'),
      priceAt(others, { ...key, Market: 'GB', Currency: 'GBP' }, '2026-01-01T00:00:00Z'),
    ];
    expect(missing.map((m) => !m.ok && m.messageId)).toEqual([
      'lifecycle.nce.price.no-price.nearest',
      'lifecycle.nce.price.no-price.product-rows',
    ]);
    const product = missing[1];
    if (product === undefined || product.ok) throw new Error('expected NO_PRICE');
    expect(product.message).toContain(' and 1 more.');
    for (const found of missing) {
      if (found.ok) throw new Error('expected NO_PRICE');
      for (const locale of [ko, zhHans, zhHant]) {
        const text = formatMessage(found, locale);
        // the key's own columns (Monthly, Commercial, …) are the file's data, not words
        const words = text
          .replace(/CFQ7TTC0LH18 0001 P1[YM] (Monthly|Annual) [A-Z]{2} [A-Z]{3} Commercial/g, '')
          .replace(/P1[YM] (Monthly|Annual) US USD Commercial/g, '');
        expect(words).not.toMatch(/\b(line|from|to|and|more|the|nearest|open|always)\b/i);
        expect(text).toMatch(/2023/);
      }
    }
    expect(formatMessage(product, zhHans)).toContain('，另有 1 行');
  });

  it('PL-3, P4: overlapping rows: the one that started earlier holds until its end (the fact sheet’s November 2021 example)', () => {
    const list = readPriceList(
      csv([
        basic({
          UnitPrice: '90',
          EffectiveStartDate: '2021-11-01T00:00:00.0000000Z',
          EffectiveEndDate: '9999-11-30T23:59:59.0000000Z',
        }),
        basic({
          UnitPrice: '80',
          EffectiveStartDate: '2021-10-01T00:00:00.0000000Z',
          EffectiveEndDate: '2021-11-03T06:57:30.0682597Z',
        }),
      ]),
    );
    expect(price('2021-11-02T00:00:00Z', list)).toEqual([3, 667]);
    expect(price('2021-11-03T06:57:30.068Z', list)).toEqual([3, 667]);
    expect(price('2021-11-03T06:57:30.069Z', list)).toEqual([2, 750]);
    expect(price('2021-11-04T00:00:00Z', list)).toEqual([2, 750]);
  });

  it('PL-3: the key in any case; its term and plan pick the row; a key without rows names its product’s rows', () => {
    const list = readPriceList(
      csv([
        basic(),
        basic({ BillingPlan: 'Annual', UnitPrice: '72' }),
        basic({ TermDuration: 'P1M', UnitPrice: '7.20' }),
      ]),
    );
    const lower = {
      ...key,
      ProductId: 'cfq7ttc0lh18',
      Market: 'us',
      Currency: 'usd',
      Segment: 'commercial',
      BillingPlan: 'monthly',
    };
    expect(price('2026-01-01T00:00:00Z', list, lower)).toEqual([2, 630]);
    expect(price('2026-01-01T00:00:00Z', list, { ...key, BillingPlan: 'Annual' })).toEqual([
      3, 7200,
    ]);
    expect(price('2026-01-01T00:00:00Z', list, { ...key, TermDuration: 'P1M' })).toEqual([4, 720]);
    expect(price('2026-01-01T00:00:00Z', list, { ...key, Market: 'GB', Currency: 'GBP' })).toBe(
      'The price list has no row for CFQ7TTC0LH18 0001 P1Y Monthly GB GBP Commercial; its product and SKU have line 2: P1Y Monthly US USD Commercial 75.60 USD from 2023-02-01T00:00:00.000Z to …, line 3: P1Y Annual US USD Commercial 72 USD from 2023-02-01T00:00:00.000Z to …, line 4: P1M Monthly US USD Commercial 7.20 USD from 2023-02-01T00:00:00.000Z to ….',
    );
    expect(price('2026-01-01T00:00:00Z', list, { ...key, ProductId: 'CFQ7TTC0LDPB' })).toBe(
      'The price list has no row for CFQ7TTC0LDPB 0001 P1Y Monthly US USD Commercial, nor for its product and SKU.',
    );
  });

  it('PL-3: a JSON copy of a list prices as the list does (indexed at every call, since it may change)', () => {
    const copy = JSON.parse(JSON.stringify(july));
    expect(price('2026-07-01T00:00:00Z', copy)).toEqual([3, 735]);
    copy.rows[1].UnitPrice = '100.80';
    expect(price('2026-07-01T00:00:00Z', copy)).toEqual([3, 840]);
  });

  it('PL-7: an empty TermDuration (an Azure plan’s or a usage-billed resource’s) is NO_PRICE saying the product is billed by usage, not an invalid argument', () => {
    for (const TermDuration of ['', ' ']) {
      const found = priceAt(july, { ...key, TermDuration }, '2026-07-01T00:00:00Z');
      if (found.ok) throw new Error('expected NO_PRICE');
      expect(found).toMatchObject({
        ok: false,
        code: 'NO_PRICE',
        messageId: 'lifecycle.nce.price.no-price.usage',
        params: { key: 'CFQ7TTC0LH18 0001 Monthly US USD Commercial' },
      });
      expect(found.message).toBe(
        'CFQ7TTC0LH18 0001 Monthly US USD Commercial has no term: the product is billed by usage, not priced by the licence price list.',
      );
      expect(formatMessage(found, ko)).toBe(
        'CFQ7TTC0LH18 0001 Monthly US USD Commercial에는 약정 기간이 없습니다. 이 제품은 사용량으로 청구되며 라이선스 가격표로 가격이 정해지지 않습니다.',
      );
      expect(formatMessage(found, zhHans)).toBe(
        'CFQ7TTC0LH18 0001 Monthly US USD Commercial 没有期限：该产品按使用量计费，不按许可证价目表定价。',
      );
      expect(formatMessage(found, zhHant)).toBe(
        'CFQ7TTC0LH18 0001 Monthly US USD Commercial 沒有期限：該產品按使用量計費，不依授權價目表定價。',
      );
    }
    // the other columns are still checked
    expect(
      errorOf(() => priceAt(july, { ...key, TermDuration: '', SkuId: '' }, '2026-07-01T00:00:00Z')),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'key.SkuId' });
  });

  it('ERR-1: a bad list, key or instant is a RuleError naming the field', () => {
    expect(errorOf(() => priceAt(july, key, '2026-07-01'))).toEqual({
      code: 'INVALID_INSTANT',
      path: 'at',
    });
    expect(errorOf(() => priceAt(july, { ...key, SkuId: '' }, '2026-07-01T00:00:00Z'))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'key.SkuId',
    });
    const { Segment: _, ...noSegment } = key;
    expect(errorOf(() => priceAt(july, noSegment as PriceKey, '2026-07-01T00:00:00Z'))).toEqual({
      code: 'MISSING_FIELD',
      path: 'key.Segment',
    });
    expect(errorOf(() => priceAt({ rows: 1 } as never, key, '2026-07-01T00:00:00Z'))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'list.rows',
    });
    expect(
      errorOf(() =>
        priceAt(
          { rows: [{ ...july.rows[0], EffectiveStartDate: 'soon' }], issues: [] } as never,
          key,
          '2026-07-01T00:00:00Z',
        ),
      ),
    ).toEqual({ code: 'INVALID_INSTANT', path: 'list.rows.0.EffectiveStartDate' });
  });

  itKeepsTheContract(
    'priceAt',
    priceAt,
    fc.tuple(
      priceRows.map((rows) => readPriceList(csv(rows))),
      fc.constantFrom(
        key,
        { ...key, BillingPlan: 'Annual' },
        { ...key, Market: 'GB', Currency: 'GBP' },
      ),
      fc
        .integer({ min: 0, max: 900 })
        .map((d) => new Date(Date.parse('2025-01-01T00:00:00Z') + d * 86_400_000).toISOString()),
    ),
  );

  describe('properties', () => {
    it('the row found holds at the instant, and no row of the key that started earlier still holds then', () => {
      fc.assert(
        fc.property(priceRows, fc.integer({ min: -10, max: 900 }), (rows, day) => {
          const list = readPriceList(csv(rows));
          const at = Date.parse('2025-01-01T00:00:00Z') + day * 86_400_000;
          for (const k of [key, { ...key, BillingPlan: 'Annual' }]) {
            const found = priceAt(list, k, new Date(at).toISOString());
            const same = list.rows.filter(
              (r) =>
                r.ProductId === k.ProductId &&
                r.BillingPlan === k.BillingPlan &&
                r.Market === k.Market,
            );
            const holds = same.filter(
              (r) =>
                (r.EffectiveStartDate === null || Date.parse(r.EffectiveStartDate) <= at) &&
                (r.EffectiveEndDate === null || at <= Date.parse(r.EffectiveEndDate)),
            );
            expect(found.ok).toBe(holds.length > 0);
            if (!found.ok) continue;
            const start = (r: (typeof holds)[number]): number =>
              r.EffectiveStartDate === null ? -Infinity : Date.parse(r.EffectiveStartDate);
            expect(holds).toContain(found.row);
            expect(Math.min(...holds.map(start))).toBe(start(found.row));
          }
        }),
      );
    });
  });
});
