import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FileGroup, LineGroups } from '../_private.ts';
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
