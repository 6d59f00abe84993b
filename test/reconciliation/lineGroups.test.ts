import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FileGroup, IdTable, LineGroups, SlotMap, SubscriptionSlots } from '../_private.ts';
import { ObjectGroups } from './_objectGroups.ts';

/** A line as the reader gives it (only what grouping reads). */
interface Line {
  row: number;
  subscriptionId: string | undefined;
  chargeType: string;
  chargeKey: string;
  known: boolean;
  credit: boolean;
  startDay: number;
  endDay: number;
  quantityUnits: number;
  quantityScale: number;
  subtotalUnits: number;
  subtotalScale: number;
  priceUnits: number | undefined;
  priceScale: number;
  currency: string | undefined;
  promotionId?: string | undefined;
  est: boolean;
}

const TYPES: Record<string, { known: boolean; credit: boolean }> = {
  new: { known: true, credit: false },
  cycleCharge: { known: true, credit: false },
  removeQuantity: { known: true, credit: true },
  somethingElse: { known: false, credit: false },
};

/** Lines of a few subscriptions, many groups each (past eight), in any order. */
const lines = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.record({
        subscriptionId: fc.constantFrom(undefined, 'a', 'b'),
        chargeType: fc.constantFrom('new', 'NEW', 'cycleCharge', 'removeQuantity', 'somethingElse'),
        startDay: fc.integer({ min: 0, max: 6 }),
        length: fc.integer({ min: 0, max: 1 }),
        currency: fc.constantFrom(undefined, 'USD', 'usd', 'EUR'),
        quantity: fc.integer({ min: -30, max: 30 }),
        quantityScale: fc.integer({ min: 0, max: 2 }),
        subtotal: fc.integer({ min: -5000, max: 5000 }),
        subtotalScale: fc.integer({ min: 0, max: 4 }),
        price: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        promotionId: fc.constantFrom('', 'P1', 'P2'),
        est: fc.boolean(),
      }),
      { maxLength: 160, size: 'max' },
    ),
  )
  .map(([promotions, drawn]) =>
    drawn.map((line, i): Line => {
      const type = TYPES[line.chargeType === 'NEW' ? 'new' : line.chargeType] as {
        known: boolean;
        credit: boolean;
      };
      return {
        row: i + 1,
        subscriptionId: line.subscriptionId,
        chargeType: line.chargeType,
        chargeKey: line.chargeType.toLowerCase(),
        ...type,
        startDay: line.startDay,
        endDay: line.startDay + line.length,
        quantityUnits: line.quantity,
        quantityScale: line.quantityScale,
        subtotalUnits: line.subtotal,
        subtotalScale: line.subtotalScale,
        priceUnits: line.price,
        priceScale: line.price === undefined ? 0 : 2,
        currency: line.currency,
        ...(promotions ? { promotionId: line.promotionId } : {}),
        est: line.est,
      };
    }),
  );

/** What tells a line's group: its subscription, and its charge type, days and currency (REC-2). */
const keyOf = (line: Line): string =>
  line.known
    ? `${line.subscriptionId}|${line.chargeKey}|${line.startDay}|${line.endDay}|${line.currency?.toUpperCase()}`
    : `${line.subscriptionId}|row ${line.row}`;

/** Every subscription's groups, in the order first seen, taken. */
function taken(groups: LineGroups): FileGroup[][] {
  return [...groups.subscriptionIds()].map((id) => groups.take(id));
}

const exactly = (units: number, scale: number): bigint => BigInt(units) * 10n ** BigInt(4 - scale);

describe('LineGroups', () => {
  describe('properties', () => {
    it('REC-2: each line falls in the one group its subscription, charge type, days and currency name (a charge type nobody knows: its own), summed exactly, first seen first, past eight groups a subscription too', () => {
      fc.assert(
        fc.property(lines, (drawn) => {
          const groups = new LineGroups();
          for (const line of drawn) groups.add(line);
          expect(groups.size).toBe(new Set(drawn.map(keyOf)).size);
          const byKey = new Map<string, Line[]>();
          for (const line of drawn) {
            const of = byKey.get(keyOf(line));
            if (of === undefined) byKey.set(keyOf(line), [line]);
            else of.push(line);
          }
          const ids = [...new Set(drawn.map((line) => line.subscriptionId))];
          const all = taken(groups);
          expect(all.map((own) => own[0]?.subscriptionId)).toEqual(ids);
          for (const own of all) {
            const expected = [...byKey.values()].filter(
              (of) => of[0]?.subscriptionId === own[0]?.subscriptionId,
            );
            expect(own.map((group) => group.rows[0])).toEqual(expected.map((of) => of[0]?.row));
            expect(
              own.map((group) => ({
                lines: group.lines,
                rows: group.rows,
                currency: group.currency,
                subtotal: exactly(Number(group.subtotalUnits), group.subtotalScale),
                est: group.est,
              })),
            ).toEqual(
              expected.map((of) => ({
                lines: of.length,
                rows: of.slice(0, 10).map((line) => line.row),
                currency: of[0]?.currency?.toUpperCase(),
                subtotal: of.reduce(
                  (sum, line) => sum + exactly(line.subtotalUnits, line.subtotalScale),
                  0n,
                ),
                est: of.some((line) => line.est),
              })),
            );
          }
          expect(groups.size).toBe(0);
        }),
      );
    });

    it('REC-3: the groups of the first lines taken and added back, then the later lines, are the groups of all the lines read at once', () => {
      fc.assert(
        fc.property(lines, fc.nat(), (drawn, cut) => {
          const at = drawn.length === 0 ? 0 : cut % (drawn.length + 1);
          const once = new LineGroups();
          for (const line of drawn) once.add(line);
          const first = new LineGroups();
          for (const line of drawn.slice(0, at)) first.add(line);
          const parts = taken(first);
          const back = new LineGroups();
          for (const part of parts.flat()) back.addGroup(JSON.parse(JSON.stringify(part)));
          for (const line of drawn.slice(at)) back.add(line);
          expect(back.size).toBe(once.size);
          expect(taken(back)).toEqual(taken(once));
        }),
      );
    });

    it('REC-2, REC-3: the groups held as columns equal the groups held as objects, field for field, for any lines in any order, sums past 2^53 included, taken part way and added back (spilled) or not', () => {
      /** A quantity or amount's digits: small, or past 2^53 now and then (a bigint's path). */
      const units = fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: -5000, max: 5000 }) },
        { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }) },
        { weight: 2, arbitrary: fc.constantFrom(2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 52) },
      );
      const drawnLines = fc.array(
        fc.record({
          subscriptionId: fc.constantFrom(undefined, 'a', 'b', 'c'),
          chargeType: fc.constantFrom(
            'new',
            'NEW',
            'cycleCharge',
            'removeQuantity',
            'somethingElse',
          ),
          startDay: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 11 })),
          length: fc.integer({ min: 0, max: 1 }),
          currency: fc.constantFrom(undefined, 'USD', 'usd', 'EUR'),
          quantity: units,
          quantityScale: fc.constantFrom(0, 0, 2, 4),
          subtotal: units,
          subtotalScale: fc.constantFrom(0, 0, 2, 18, 20),
          price: fc.option(units, { nil: undefined }),
          priceScale: fc.integer({ min: 0, max: 2 }),
          promotionId: fc.option(fc.constantFrom('', 'P1', 'P2'), { nil: undefined }),
          est: fc.boolean(),
          // after this line, a subscription's groups are taken and compared (and added back)
          take: fc.option(
            fc.record({ id: fc.constantFrom(undefined, 'a', 'b', 'c'), back: fc.boolean() }),
            { nil: undefined, freq: 8 },
          ),
        }),
        { maxLength: 200, size: 'max' },
      );
      fc.assert(
        fc.property(drawnLines, (drawn) => {
          const columns = new LineGroups();
          const objects = new ObjectGroups();
          drawn.forEach((drawnLine, i) => {
            const type = TYPES[drawnLine.chargeType === 'NEW' ? 'new' : drawnLine.chargeType] as {
              known: boolean;
              credit: boolean;
            };
            const line = {
              row: i + 1,
              subscriptionId: drawnLine.subscriptionId,
              chargeType: drawnLine.chargeType,
              chargeKey: drawnLine.chargeType.toLowerCase(),
              ...type,
              startDay: drawnLine.startDay,
              endDay: drawnLine.startDay + drawnLine.length,
              quantityUnits: drawnLine.quantity,
              quantityScale: drawnLine.quantityScale,
              subtotalUnits: drawnLine.subtotal,
              subtotalScale: drawnLine.subtotalScale,
              priceUnits: drawnLine.price,
              priceScale: drawnLine.price === undefined ? 0 : drawnLine.priceScale,
              currency: drawnLine.currency,
              promotionId: drawnLine.promotionId,
              est: drawnLine.est,
            };
            columns.add(line);
            objects.add(line);
            expect(columns.size).toBe(objects.size);
            expect(columns.subscriptions).toBe(objects.subscriptions);
            const { take } = drawnLine;
            if (take === undefined) return;
            const parts = columns.take(take.id);
            expect(parts).toEqual(objects.take(take.id));
            if (!take.back) return;
            // as a spill gives them back: copies
            for (const part of parts) {
              columns.addGroup(structuredClone(part));
              objects.addGroup(structuredClone(part));
            }
          });
          expect([...columns.subscriptionIds()]).toEqual([...objects.subscriptionIds()]);
          for (const id of objects.subscriptionIds())
            expect(columns.take(id)).toEqual(objects.take(id));
          expect(columns.size).toBe(0);
        }),
      );
    });
  });
});

/**
 * Groups with their digits as `bigint`s: past the scales a sum is added at as a plain number
 * (10^22), the objects add as `bigint`s what the columns add as numbers, the same values.
 */
const exact = (groups: readonly FileGroup[]) =>
  groups.map((group) => ({
    ...group,
    subtotalUnits: BigInt(group.subtotalUnits),
    quantityUnits: BigInt(group.quantityUnits),
    priceUnits:
      group.priceUnits === null || group.priceUnits === undefined
        ? group.priceUnits
        : BigInt(group.priceUnits),
    quantities: group.quantities?.map((q) => ({ units: BigInt(q.units), scale: q.scale })) ?? null,
  }));

describe('LineGroups, narrowed columns', () => {
  /** A line of a known charge type with the given fields. */
  const aLine = (fields: Partial<Line> & { row: number }): Line => ({
    subscriptionId: 'a',
    chargeType: 'cycleCharge',
    chargeKey: 'cyclecharge',
    known: true,
    credit: false,
    startDay: 20_000,
    endDay: 20_030,
    quantityUnits: 1,
    quantityScale: 0,
    subtotalUnits: 1250,
    subtotalScale: 2,
    priceUnits: 1250,
    priceScale: 2,
    currency: 'USD',
    est: false,
    ...fields,
  });

  it('REC-3: the columns held in 1, 2 or 4 bytes widen at their limits: days, rows, sums and scales at and past 127, 32,767 and 2^31 − 1 (and the negative ends) come back exactly as objects hold them', () => {
    // each narrowed type's last value and the one past it, on both sides
    const edge = fc.constantFrom(
      0,
      127,
      128,
      -128,
      -129,
      32_767,
      32_768,
      -32_768,
      -32_769,
      2 ** 31 - 1,
      2 ** 31,
      -(2 ** 31),
      -(2 ** 31) - 1,
      2 ** 53 - 1,
    );
    const small = fc.integer({ min: -3, max: 3 });
    const value = fc.oneof(edge, small);
    const drawnLines = fc.array(
      fc.record({
        subscriptionId: fc.constantFrom('a', 'b', undefined),
        known: fc.boolean(),
        startDay: value,
        length: fc.constantFrom(0, 1),
        row: fc.oneof(
          fc.integer({ min: 1, max: 9 }),
          edge.filter((n) => n > 0),
        ),
        quantityUnits: value,
        quantityScale: fc.oneof(fc.constantFrom(0, 127, 128, 300), fc.integer({ min: 0, max: 2 })),
        subtotalUnits: value,
        subtotalScale: fc.oneof(fc.constantFrom(0, 127, 128, 300), fc.integer({ min: 0, max: 2 })),
        priceUnits: fc.option(value, { nil: undefined }),
        priceScale: fc.oneof(fc.constantFrom(127, 128), fc.integer({ min: 0, max: 2 })),
        take: fc.option(fc.boolean(), { nil: undefined, freq: 6 }),
      }),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(drawnLines, (drawn) => {
        const columns = new LineGroups();
        const objects = new ObjectGroups();
        for (const [i, drawnLine] of drawn.entries()) {
          const line = aLine({
            row: drawnLine.row + i,
            subscriptionId: drawnLine.subscriptionId,
            ...(drawnLine.known
              ? {}
              : { chargeType: 'somethingElse', chargeKey: 'somethingelse', known: false }),
            startDay: drawnLine.startDay,
            endDay: drawnLine.startDay + drawnLine.length,
            quantityUnits: drawnLine.quantityUnits,
            // as the reader reads them: zero has no scale
            quantityScale: drawnLine.quantityUnits === 0 ? 0 : drawnLine.quantityScale,
            subtotalUnits: drawnLine.subtotalUnits,
            subtotalScale: drawnLine.subtotalUnits === 0 ? 0 : drawnLine.subtotalScale,
            priceUnits: drawnLine.priceUnits,
            priceScale: drawnLine.priceUnits === 0 ? 0 : drawnLine.priceScale,
          });
          columns.add(line);
          objects.add(line);
          if (drawnLine.take === undefined) continue;
          const id = drawnLine.subscriptionId;
          const parts = columns.take(id);
          expect(exact(parts)).toEqual(exact(objects.take(id)));
          // as a spill gives them back, their counts past the narrow types' limits too
          if (drawnLine.take)
            for (const part of parts) {
              const big = {
                ...part,
                lines: part.lines + 32_767,
                positiveLines: part.positiveLines + 32_767,
                negativeLines: part.negativeLines + 2 ** 31,
              };
              columns.addGroup(structuredClone(big));
              objects.addGroup(structuredClone(big));
            }
        }
        expect([...columns.subscriptionIds()]).toEqual([...objects.subscriptionIds()]);
        for (const id of objects.subscriptionIds())
          expect(exact(columns.take(id))).toEqual(exact(objects.take(id)));
      }),
    );
  });

  it('REC-3: past 127 charge types, currencies and promotions each group keeps its own (their ids widen from one byte), as objects hold them', () => {
    const columns = new LineGroups();
    const objects = new ObjectGroups();
    for (let i = 0; i < 300; i++) {
      const line = aLine({
        row: i + 1,
        subscriptionId: `s${i % 7}`,
        chargeType: `charge${i}`,
        chargeKey: `charge${i}`,
        known: i % 2 === 0,
        currency: `C${i}`,
        promotionId: `P${i}`,
      });
      columns.add(line);
      objects.add(line);
    }
    expect(columns.size).toBe(300);
    const all = [...objects.subscriptionIds()].map((id) => objects.take(id));
    expect([...columns.subscriptionIds()].map((id) => columns.take(id))).toEqual(all);
    expect(all.flat().map((group) => group.currency)).toContain('C299');
  });

  // the library's Map of texts, and the command's table of Partner Center's ids as their bits
  // (which holds them in no order of its own: the order first seen comes from the groups)
  const GUIDS = [
    '10000001-d9d2-f09c-ea1f-000000000001',
    'ffffffff-0000-4000-8000-00000000000a',
    '00000000-0000-0000-0000-000000000000',
    '10000001-d9d2-f09c-ea1f-000000000002',
    'abcdef01-2345-4678-9abc-def012345678',
    '10000002-d9d2-f09c-ea1f-000000000001',
  ];
  it.each([
    ['a map of the texts', () => new SubscriptionSlots(), ['a', 'b', 'c', undefined]],
    [
      'a table of ids (IdTable)',
      () => new SubscriptionSlots(new IdTable(4)),
      ['a', ...GUIDS, undefined],
    ],
  ] as const)(
    'REC-3: with the subscriptions’ numbers (%s) shared with another table (their labels), the groups answer as objects do, in the order first seen, after any mix of lines, takes and the other table’s sets and deletes; holds tells the ids listed; no number stays held once both let go',
    (_, makeSlots, ids) => {
      const step = fc.record({
        id: fc.constantFrom(...ids),
        what: fc.constantFrom('line', 'line', 'line', 'take', 'set', 'delete'),
        startDay: fc.integer({ min: 0, max: 3 }),
      });
      fc.assert(
        fc.property(fc.array(step, { maxLength: 80, size: 'max' }), (steps) => {
          const slots = makeSlots();
          const labels = new SlotMap<string>(slots);
          const columns = new LineGroups(slots);
          const objects = new ObjectGroups();
          for (const [i, { id, what, startDay }] of steps.entries()) {
            if (what === 'line') {
              const line = aLine({ row: i + 1, subscriptionId: id, startDay, endDay: startDay });
              columns.add(line);
              objects.add(line);
            } else if (what === 'take') expect(columns.take(id)).toEqual(objects.take(id));
            else if (what === 'set') labels.set(id, `labels of ${id}`);
            else labels.delete(id);
            expect([...columns.subscriptionIds()]).toEqual([...objects.subscriptionIds()]);
            expect(columns.subscriptions).toBe(objects.subscriptions);
            const listed = [...objects.subscriptionIds()];
            for (const any of ids) expect(columns.holds(any)).toBe(listed.includes(any));
          }
          for (const id of objects.subscriptionIds())
            expect(columns.take(id)).toEqual(objects.take(id));
          for (const id of ids) labels.delete(id);
          expect(slots.size).toBe(0);
        }),
      );
    },
  );
});
