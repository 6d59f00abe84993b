import fc from 'fast-check';
import { type PriceList, priceAt, readPriceList } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { basic, COLUMNS, csv, priceRows, type Row } from './_lists.ts';

/** The fact sheet's P9 A row (illustrative, not a downloaded row). */
const P9 =
  'ProductTitle,ProductId,SkuId,SkuTitle,Publisher,SkuDescription,UnitOfMeasure,TermDuration,BillingPlan,Market,Currency,UnitPrice,PricingTierRangeMin,PricingTierRangeMax,EffectiveStartDate,EffectiveEndDate,Tags,ERP Price,Segment\n' +
  'Microsoft 365 Business Basic,CFQ7TTC0LH18,0001,Microsoft 365 Business Basic,Microsoft Corporation,"Best for businesses that need professional email, cloud file storage, and...",,P1Y,Annual,US,USD,48,,,2023-02-01T00:00:00.0000000Z,9999-11-30T23:59:59.0000000Z,License,60,Commercial\n';

/** The rows without their line numbers, in one order: what a list says, however it was written. */
const content = (list: PriceList): string[] =>
  list.rows.map(({ line: _, ...row }) => JSON.stringify(row)).sort();

describe('readPriceList', () => {
  it('PL-1: the fact sheet’s Business Basic row: its key, its price as text, always-open end, every other column kept', () => {
    const list = readPriceList(P9);
    expect(list.issues).toEqual([]);
    expect(list.rows).toEqual([
      {
        line: 2,
        ProductId: 'CFQ7TTC0LH18',
        SkuId: '0001',
        TermDuration: 'P1Y',
        BillingPlan: 'Annual',
        Market: 'US',
        Currency: 'USD',
        Segment: 'Commercial',
        UnitPrice: '48',
        EffectiveStartDate: '2023-02-01T00:00:00.000Z',
        EffectiveEndDate: null,
        cells: {
          ProductTitle: 'Microsoft 365 Business Basic',
          SkuTitle: 'Microsoft 365 Business Basic',
          Publisher: 'Microsoft Corporation',
          SkuDescription:
            'Best for businesses that need professional email, cloud file storage, and...',
          UnitOfMeasure: '',
          PricingTierRangeMin: '',
          PricingTierRangeMax: '',
          Tags: 'License',
          'ERP Price': '60',
        },
      },
    ]);
    expect(Object.isFrozen(list.rows)).toBe(true);
  });

  it('PL-1: columns in any order and letter case, a byte-order mark, unknown columns kept, no Segment column read as Commercial', () => {
    const columns = [
      'UNITPRICE',
      'currency',
      'market',
      'billingplan',
      'termduration',
      'skuid',
      'productid',
      'effectiveenddate',
      'EffectiveStartDate',
      'ChangeIndicator',
    ];
    const text = `\uFEFF${columns.join(',')}\r\n'75.60,usd,us,monthly,p1y,0001,cfq7ttc0lh18,6/30/2026 11:59 PM,2/1/2023 0:00,Unchanged\r\n`;
    const list = readPriceList(text);
    expect(list.issues).toEqual([]);
    expect(list.rows[0]).toMatchObject({
      ProductId: 'CFQ7TTC0LH18',
      TermDuration: 'P1Y',
      BillingPlan: 'Monthly',
      Market: 'US',
      Currency: 'USD',
      Segment: 'Commercial',
      UnitPrice: '75.60',
      EffectiveStartDate: '2023-02-01T00:00:00.000Z',
      EffectiveEndDate: '2026-06-30T23:59:59.999Z',
      cells: { ChangeIndicator: 'Unchanged' },
    });
  });

  it('PL-1: dates in both forms, an end holding to the last millisecond of its unit, the placeholder years 1753 and 9999 as always', () => {
    const at = (start: string, end: string): unknown[] => {
      const { rows, issues } = readPriceList(
        csv([basic({ EffectiveStartDate: start, EffectiveEndDate: end })]),
      );
      expect(issues).toEqual([]);
      return [rows[0]?.EffectiveStartDate, rows[0]?.EffectiveEndDate];
    };
    expect(at('7/1/2026 12:00 AM', '12/31/2026 11:59 PM')).toEqual([
      '2026-07-01T00:00:00.000Z',
      '2026-12-31T23:59:59.999Z',
    ]);
    expect(at('7/1/2026 12:30 PM', '7/1/2026 1:05:09 PM')).toEqual([
      '2026-07-01T12:30:00.000Z',
      '2026-07-01T13:05:09.999Z',
    ]);
    expect(at('7/1/2026', '7/31/2026')).toEqual([
      '2026-07-01T00:00:00.000Z',
      '2026-07-31T23:59:59.999Z',
    ]);
    expect(at('2021-11-01T00:00:00.0000000Z', '2021-11-03T06:57:30.0682597Z')).toEqual([
      '2021-11-01T00:00:00.000Z',
      '2021-11-03T06:57:30.068Z',
    ]);
    expect(at('2026-07-01T02:00:00+02:00', '2026-07-31')).toEqual([
      '2026-07-01T00:00:00.000Z',
      '2026-07-31T23:59:59.999Z',
    ]);
    expect(at('1/1/1753 0:00', '12/31/9999 11:59 PM')).toEqual([null, null]);
    expect(at('1753-01-01T00:00:00Z', '9999-11-30T23:59:59.0000000Z')).toEqual([null, null]);
  });

  it('PL-1: bad rows are issues naming the line and the column, never thrown and never silently left out; the good rows are read', () => {
    const list = readPriceList(
      csv([
        basic(),
        basic({ UnitPrice: '12,50', Currency: 'XYZ' }),
        basic({ EffectiveStartDate: '2/30/2026 0:00' }),
        basic({ TermDuration: 'P1M', BillingPlan: 'Annual' }),
        basic({ EffectiveStartDate: '2026-08-01', EffectiveEndDate: '2026-07-31' }),
        basic({ ProductId: '', UnitPrice: '-1' }),
        basic({ SkuId: '0002' }),
      ]),
    );
    expect(list.rows.map((row) => [row.line, row.SkuId])).toEqual([
      [2, '0001'],
      [8, '0002'],
    ]);
    expect(list.issues.map((i) => [i.row, i.column, i.code, i.value])).toEqual([
      [3, 'Currency', 'UNKNOWN_CURRENCY', 'XYZ'],
      [3, 'UnitPrice', 'INVALID_AMOUNT', '12,50'],
      [4, 'EffectiveStartDate', 'INVALID_INSTANT', '2/30/2026 0:00'],
      [5, 'BillingPlan', 'INVALID_ARGUMENT', 'Annual'],
      [6, 'EffectiveEndDate', 'OUT_OF_ORDER', '2026-07-31'],
      [7, 'ProductId', 'MISSING_FIELD', ''],
      [7, 'UnitPrice', 'INVALID_AMOUNT', '-1'],
    ]);
    expect(list.issues[4]?.message).toBe(
      "line 6, EffectiveEndDate: expected an end at or after the start 2026-08-01, got '2026-07-31'",
    );
  });

  it('PL-1: a header without the key’s columns is one issue per column at line 1, and no row', () => {
    const list = readPriceList('ProductId,UnitPrice\nCFQ7TTC0LH18,75.60\n');
    expect(list.rows).toEqual([]);
    expect(list.issues.map((i) => [i.row, i.column, i.code])).toEqual(
      [
        'SkuId',
        'TermDuration',
        'BillingPlan',
        'Market',
        'Currency',
        'EffectiveStartDate',
        'EffectiveEndDate',
      ].map((c) => [1, c, 'MISSING_FIELD']),
    );
    expect(readPriceList('')).toMatchObject({ rows: [] });
  });

  it('PL-1: a quoted cell may hold commas, quotes and a line break; the line numbers count the file’s lines', () => {
    const list = readPriceList(
      csv([basic({ SkuDescription: 'one, "two"\nthree' }), basic({ SkuId: '0002' })]),
    );
    expect(list.issues).toEqual([]);
    expect(list.rows.map((row) => [row.line, row.cells.SkuDescription])).toEqual([
      [2, 'one, "two"\nthree'],
      [4, basic().SkuDescription],
    ]);
  });

  it('PL-1: rows in memory, keyed by column name, read as the text is', () => {
    const rows = [basic(), basic({ UnitPrice: '90.00', EffectiveStartDate: '7/1/2026 0:00' })];
    expect(readPriceList(rows)).toEqual(readPriceList(csv(rows)));
  });

  it('PL-1: streamed: a file in pieces of bytes, cut anywhere (inside a line, a quote, a character), reads as the whole text', async () => {
    const text = csv([
      basic({ SkuDescription: 'Café, “quoted”\nline' }),
      basic({ Market: 'GB', Currency: 'GBP' }),
    ]);
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 8 }),
        async (cuts) => {
          const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
          async function* pieces(): AsyncGenerator<Uint8Array> {
            for (let i = 1; i < points.length; i++) yield bytes.subarray(points[i - 1], points[i]);
          }
          expect(await readPriceList(pieces())).toEqual(readPriceList(text));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('ERR-1: input that is no price list is a RuleError at input', () => {
    expect(errorOf(() => readPriceList(42 as unknown as string))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'input',
    });
    expect(errorOf(() => readPriceList([basic(), null] as unknown as Row[]))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'input.1',
    });
  });

  itKeepsTheContract(
    'readPriceList',
    (text: string) => readPriceList(text),
    priceRows.map((rows) => [csv(rows)] as [string]),
  );

  describe('properties', () => {
    it('insensitive to column order and letter case: any order and case of the header reads the same rows', () => {
      fc.assert(
        fc.property(
          priceRows,
          fc.shuffledSubarray([...COLUMNS], { minLength: COLUMNS.length }),
          fc.array(fc.boolean(), { minLength: COLUMNS.length, maxLength: COLUMNS.length }),
          (rows, order, upper) => {
            const names = order.map((name, i) =>
              upper[i] ? name.toUpperCase() : name.toLowerCase(),
            );
            const plain = readPriceList(csv(rows));
            const shuffled = readPriceList(csv(rows, order, names));
            expect(shuffled.issues).toEqual(plain.issues);
            expect(shuffled.rows.map(({ cells: _, ...row }) => row)).toEqual(
              plain.rows.map(({ cells: _, ...row }) => row),
            );
          },
        ),
      );
    });

    it('insensitive to row order: the same rows in any order are the same list, and price every instant alike', () => {
      fc.assert(
        fc.property(
          priceRows.chain((rows) =>
            fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
          ),
          fc.integer({ min: 0, max: 800 }),
          ([rows, shuffled], day) => {
            const a = readPriceList(csv(rows));
            const b = readPriceList(csv(shuffled));
            expect(content(b)).toEqual(content(a));
            const at = new Date(
              Date.parse('2025-01-01T00:00:00Z') + day * 86_400_000,
            ).toISOString();
            for (const row of a.rows) {
              const one = priceAt(a, row, at);
              const other = priceAt(b, row, at);
              expect(other.ok && other.price).toEqual(one.ok && one.price);
              // overlaps aside (rows alike but for their text), the same row
              if (one.ok && other.ok)
                expect(other.row.EffectiveStartDate).toBe(one.row.EffectiveStartDate);
            }
          },
        ),
      );
    });

    it('a row reads the same alone as among others: texts and cells shared between rows never change a row, and every row and its cells are frozen', () => {
      const other = fc.constantFrom(
        '',
        'License',
        'License;Trial',
        ' padded ',
        'a, "quoted" one',
        'two\nlines',
        '90',
      );
      fc.assert(
        fc.property(
          priceRows.chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              fc.array(fc.tuple(other, other, other), {
                minLength: rows.length,
                maxLength: rows.length,
              }),
            ),
          ),
          ([rows, others]) => {
            const varied = rows.map((row, i) => {
              const [title, tags, erp] = others[i] as [string, string, string];
              return { ...row, ProductTitle: title, Tags: tags, 'ERP Price': erp };
            });
            const list = readPriceList(csv(varied));
            const alone = varied.map((row) => readPriceList(csv([row])));
            const read = alone.filter((one) => one.rows.length === 1);
            expect(list.rows.map(({ line: _, ...row }) => row)).toEqual(
              read.map((one) => {
                const { line: _, ...row } = one.rows[0] as PriceList['rows'][number];
                return row;
              }),
            );
            for (const row of list.rows) {
              expect(Object.isFrozen(row) && Object.isFrozen(row.cells)).toBe(true);
              expect(() => {
                (row.cells as Record<string, string>).Tags = 'changed';
              }).toThrow(TypeError);
            }
          },
        ),
      );
    });

    it('a key cell is trimmed as String.prototype.trim trims: any ECMAScript white space around it reads as the cell without it', () => {
      const space = fc
        .array(
          fc.constantFrom(
            ' ',
            '\t',
            '\v',
            '\f',
            '\u00a0',
            '\u1680',
            '\u2000',
            '\u200a',
            '\u2028',
            '\u2029',
            '\u202f',
            '\u205f',
            '\u3000',
            '\ufeff',
          ),
          { maxLength: 3 },
        )
        .map((parts) => parts.join(''));
      const KEY = [
        'ProductId',
        'SkuId',
        'TermDuration',
        'BillingPlan',
        'Market',
        'Currency',
        'UnitPrice',
        'EffectiveStartDate',
        'EffectiveEndDate',
        'Segment',
      ] as const;
      fc.assert(
        fc.property(
          priceRows,
          fc.array(fc.tuple(space, space), { minLength: 10 * 8, maxLength: 10 * 8 }),
          (rows, pads) => {
            const padded = rows.map((row, i) => {
              const copy: Row = { ...row };
              KEY.forEach((column, k) => {
                const [before, after] = pads[(i * KEY.length + k) % pads.length] as [
                  string,
                  string,
                ];
                copy[column] = `${before}${row[column]}${after}`;
              });
              return copy;
            });
            const plain = readPriceList(csv(rows));
            const read = readPriceList(csv(padded));
            expect(read.rows).toEqual(plain.rows);
            expect(read.issues.map(({ row, column, code }) => [row, column, code])).toEqual(
              plain.issues.map(({ row, column, code }) => [row, column, code]),
            );
          },
        ),
      );
    });

    it('every line of the file is a row or an issue: nothing is left out', () => {
      fc.assert(
        fc.property(priceRows, fc.array(fc.nat(), { maxLength: 4 }), (rows, broken) => {
          const bad = rows.map((row, i) =>
            broken.includes(i) ? { ...row, UnitPrice: 'n/a' } : row,
          );
          const list = readPriceList(csv(bad));
          const lines = new Set([
            ...list.rows.map((r) => r.line),
            ...list.issues.map((i) => i.row),
          ]);
          expect([...lines].sort((x, y) => x - y)).toEqual(bad.map((_, i) => i + 2));
        }),
      );
    });
  });
});
