import fc from 'fast-check';
import { invoiceLines, reconcile } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { compareGroups, LineGroups, lineReader, readFileRows } from '../_private.ts';
import { added, lifeEffects, removed } from './_effects.ts';

const HEADERS = [
  'SubscriptionId',
  'ChargeType',
  'ChargeStartDate',
  'ChargeEndDate',
  'BillableQuantity',
  'Subtotal',
  'EffectiveUnitPrice',
  'Currency',
  'TaxTotal',
];

/** What the streaming reader of the command line does: one row at a time, one subscription at a time. */
function streamed(
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  expectedOf: (id: string | undefined) => readonly unknown[],
) {
  const reader = lineReader(headers);
  const groups = new LineGroups();
  const issues: { row: number; column: string; message: string }[] = [];
  rows.forEach((cells, i) => {
    const line = reader.read(cells, i + 1, issues);
    if (line !== undefined) groups.add(line);
  });
  const found = {
    matched: [] as unknown[],
    missing: [] as unknown[],
    unexpected: [] as unknown[],
    different: [] as unknown[],
  };
  for (const id of groups.subscriptionIds()) {
    const result = compareGroups(expectedOf(id), groups.take(id), { subscriptionId: id });
    for (const key of ['matched', 'missing', 'unexpected', 'different'] as const)
      found[key].push(...result[key]);
  }
  return { ...found, issues, otherColumns: reader.otherColumns };
}

describe('the streaming pieces: lineReader, LineGroups, compareGroups', () => {
  it('REC-2, REC-4: lineReader maps the header once; cells in the header’s order read as readFileRows reads objects', () => {
    const reader = lineReader([
      ' chargetype',
      'Subtotal',
      'ChargeStartDate',
      'ChargeEndDate',
      'BillableQuantity',
      'Total',
      'Total',
    ]);
    expect([reader.otherColumns, reader.missingColumns]).toEqual([['Total'], []]);
    const issues: never[] = [];
    const line = reader.read(
      ['removeQuantity', "'29.20", '2026-12-06', '12/19/2026', '5'],
      7,
      issues,
    );
    const [fromObject] = readFileRows([
      {
        ' chargetype': 'removeQuantity',
        Subtotal: "'29.20",
        ChargeStartDate: '2026-12-06',
        ChargeEndDate: '12/19/2026',
        BillableQuantity: '5',
      },
    ]).lines;
    expect(line).toEqual({ ...fromObject, row: 7 });
    expect([line?.subtotalUnits, line?.subtotalScale, line?.quantityUnits, line?.credit]).toEqual([
      -292,
      1,
      -5,
      true,
    ]);
    // a file without a required column says so once; each of its rows is still an issue
    const bare = lineReader(['ChargeType', 'Subtotal']);
    expect(bare.missingColumns).toEqual(['ChargeStartDate', 'ChargeEndDate', 'BillableQuantity']);
    const found: { row: number; column: string }[] = [];
    expect(bare.read(['new', '1'], 1, found as never)).toBeUndefined();
    expect(found.map((i) => i.column)).toEqual([
      'ChargeStartDate',
      'ChargeEndDate',
      'BillableQuantity',
    ]);
  });

  it('REC-2: numbers stay plain integers until they pass 2^53; only then a bigint', () => {
    const reader = lineReader(HEADERS);
    const read = (quantity: string, subtotal: string) =>
      reader.read(
        [
          'S1',
          'new',
          '2026-11-20',
          '2026-12-19',
          quantity,
          subtotal,
          "'-28.387096774193548387",
          'USD',
        ],
        1,
        [],
      );
    const plain = read("'10.000000000000000000", "'125.000000000000000000");
    expect([
      typeof plain?.quantityUnits,
      typeof plain?.subtotalUnits,
      typeof plain?.priceUnits,
    ]).toEqual(['number', 'number', 'bigint']);
    expect(typeof read('9007199254740993', '1')?.quantityUnits).toBe('bigint');
    expect(read('9007199254740991', '1')?.quantityUnits).toBe(9_007_199_254_740_991);
  });

  it('REC-2: a group sums its lines exactly and holds the same few fields whatever its size: 1000 lines of 0.01 net 10.00, ten rows kept', () => {
    const reader = lineReader(HEADERS);
    const groups = new LineGroups();
    for (let row = 1; row <= 1000; row++)
      groups.add(
        reader.read(
          [
            'S1',
            row % 2 ? 'cycleCharge' : 'CycleCharge',
            '2026-12-20',
            '2027-01-19',
            '1',
            '0.01',
            '',
            'usd',
          ],
          row,
          [],
        ) as never,
      );
    groups.add(
      reader.read(
        ['S1', 'cycleCharge', '2026-12-20', '2027-01-19', '-1', '-0.000000000000000001', '', 'USD'],
        1001,
        [],
      ) as never,
    );
    expect([...groups.subscriptionIds()]).toEqual(['S1']);
    const [group] = groups.take('S1');
    expect(group).toMatchObject({
      lines: 1001,
      rows: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      currency: 'USD',
      negativeLines: 1,
      positiveLines: 1000,
    });
    expect([group?.subtotalUnits, group?.subtotalScale, group?.quantityUnits]).toEqual([
      9_999_999_999_999_999_999n,
      18,
      999,
    ]);
    // taking a subscription frees it
    expect(groups.take('S1')).toEqual([]);
    expect([...groups.subscriptionIds()]).toEqual([]);
  });

  it('REC-2: compareGroups compares one subscription’s groups with its expected effects, as reconcile does', () => {
    const effects = [...added.effects, ...removed.effects];
    const rows = invoiceLines(effects, { subscriptionId: 'S1' }).map((line, i) =>
      HEADERS.map((name) =>
        i === 0 && name === 'Subtotal'
          ? '31.25'
          : ((line as unknown as Record<string, string>)[name] ?? ''),
      ),
    );
    const result = streamed(HEADERS, rows, () => effects);
    expect(result.different.map((d) => (d as { message: string }).message)).toEqual([
      'added 5 seats on 2026-12-05: 12.50 × 5 for 15 of 30 days = 31.20 USD; billed 31.25 USD',
    ]);
    expect(result.matched.length).toBe(1);
  });

  describe('properties', () => {
    it('REC-2: streaming the rows one by one through the three pieces, one subscription at a time, gives what reconcile gives', () => {
      // at least one line, so the rows as objects have the header the cells are read by
      const subscriptions = fc
        .array(lifeEffects, { minLength: 1, maxLength: 3 })
        .filter((lives) => lives.some((life) => invoiceLines(life).length > 0));
      fc.assert(
        fc.property(subscriptions, fc.nat(), (lives, seed) => {
          const expected = lives.flatMap((life, i) =>
            invoiceLines(life, { subscriptionId: `S${i}` }),
          );
          const rows = expected
            .map((line, i) =>
              i === seed % Math.max(expected.length, 1)
                ? { ...line, Subtotal: `${line.Subtotal}9` }
                : line,
            )
            .map((line) =>
              HEADERS.map((name) => (line as unknown as Record<string, string>)[name] ?? ''),
            );
          const objects = rows.map((cells) =>
            Object.fromEntries(HEADERS.map((name, c) => [name, cells[c]])),
          );
          const whole = reconcile(expected, objects);
          const byId = (id: string | undefined) =>
            expected.filter((line) => line.SubscriptionId === id);
          expect(streamed(HEADERS, rows, byId)).toEqual(whole);
        }),
      );
    });
  });
});
