import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconUsageRows } from '../_private.ts';
import { reconRow } from './_rows.ts';

/** The columns an invoice row is read at, as REC-4 names them. */
const COLUMNS = [
  'CustomerId',
  'InvoiceNumber',
  'SubscriptionId',
  'ProductId',
  'SkuId',
  'AvailabilityId',
  'ChargeType',
  'MeterDescription',
  'ChargeStartDate',
  'Currency',
  'Subtotal',
  'EffectiveUnitPrice',
] as const;

/** A header's way of writing a column's name: as named, in upper case, with a byte-order mark and spaces. */
const WAYS = [
  (name: string) => name,
  (name: string) => name.toUpperCase(),
  (name: string) => `\uFEFF ${name.toLowerCase()} `,
] as const;

/** A header: each column written one way, in some order, one column perhaps left out. */
const header = fc.record({
  ways: fc.array(fc.nat(WAYS.length - 1), { minLength: COLUMNS.length, maxLength: COLUMNS.length }),
  order: fc.shuffledSubarray([...COLUMNS.keys()], {
    minLength: COLUMNS.length - 1,
    maxLength: COLUMNS.length,
  }),
});
type Header = typeof header extends fc.Arbitrary<infer H> ? H : never;

/** An invoice row's cells, by column: a usage line or a credit, in a currency known or not. */
const cells = fc.record({
  SubscriptionId: fc.constantFrom('plan-1', 'plan-2'),
  ChargeType: fc.constantFrom('new', 'customerCredit', 'CUSTOMERCREDIT'),
  Currency: fc.constantFrom('USD', 'EUR', 'XXX', ''),
  Subtotal: fc.constantFrom('8.88', '-0.28', '1.005', 'x'),
  EffectiveUnitPrice: fc.constantFrom('0.085', '0.0850', ''),
  ChargeStartDate: fc.constantFrom('2026-11-01', '2026-10-31'),
});

/** A row as the header writes it: its names in the header's order and ways. */
function written(h: Header, row: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of h.order) {
    const column = COLUMNS[i] as (typeof COLUMNS)[number];
    out[WAYS[h.ways[i] as number]?.(column) ?? column] = row[column] ?? '';
  }
  return out;
}

/** The same row under the columns' own names (a column the header left out left out). */
function own(h: Header, row: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of h.order) {
    const column = COLUMNS[i] as (typeof COLUMNS)[number];
    out[column] = row[column] ?? '';
  }
  return out;
}

/** A map of keys as plain data, to compare. */
const plain = (keys: ReturnType<typeof reconUsageRows>) =>
  JSON.parse(
    JSON.stringify([...keys], (_k, v: unknown) => (v instanceof Map ? [...v] : v)),
  ) as unknown;

/** The rows read in one call, for November, with no usage file's products: the keys and issues. */
function readRows(
  rows: readonly object[],
): [ReturnType<typeof reconUsageRows>, Parameters<typeof reconUsageRows>[3]] {
  const issues: Parameters<typeof reconUsageRows>[3] = [];
  return [reconUsageRows(rows, new Set<string>(), '2026-11', issues), issues];
}

describe('reconUsageRows', () => {
  it('USG-4 property: each call reads its rows by their own header’s names, in any case, order and with a byte-order mark, whatever header the call before had: as the same rows under the columns’ own names, each issue naming the column as its header writes it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(header, fc.array(cells, { minLength: 1, maxLength: 4 })), {
          minLength: 1,
          maxLength: 5,
        }),
        (calls) => {
          for (const [h, rows] of calls) {
            const full = rows.map((r) => reconRow(r));
            const [read, issues] = readRows(full.map((r) => written(h, r)));
            const [asOwn, ownIssues] = readRows(full.map((r) => own(h, r)));
            expect(plain(read)).toEqual(plain(asOwn));
            const nameOf = (column: string) => {
              const i = COLUMNS.indexOf(column as (typeof COLUMNS)[number]);
              return h.order.includes(i) ? (WAYS[h.ways[i] as number]?.(column) ?? column) : column;
            };
            expect(issues).toEqual(ownIssues.map((i) => ({ ...i, column: nameOf(i.column) })));
          }
        },
      ),
    );
  });
});
