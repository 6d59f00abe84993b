import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdTable, SubscriptionSlots, TakenIds, TextNumbers } from '../../_private.ts';
import { idPool } from '../../reconciliation/_idPool.ts';

describe('TakenIds', () => {
  it.each([
    ['a map of the texts', () => new TakenIds(new TextNumbers())],
    ['a table of ids (IdTable)', () => new TakenIds(new IdTable(8))],
  ] as const)(
    'REC-3: a share’s ids (over %s), after keepTaken: an id is taken exactly when every holder let it go or it was marked since, until it is held again; a taken id is found by no one, listed in no entry, and the ids held keep their numbers (a model of holders and takes)',
    (_, makeIds) => {
      const pool = idPool(40);
      const anAct = fc.record({
        act: fc.constantFrom('hold', 'hold', 'letGo', 'letGo', 'mark'),
        id: pool,
      });
      fc.assert(
        fc.property(
          fc.array(anAct, { maxLength: 400, size: 'max' }),
          fc.array(anAct, { maxLength: 400, size: 'max' }),
          (before, after) => {
            const ids = makeIds();
            const slots = new SubscriptionSlots(ids);
            const model = new Map<string | undefined, { slot: number; holders: number }>();
            const taken = new Set<string | undefined>();
            const run = (acts: typeof before, keeping: boolean): void => {
              for (const { act, id } of acts) {
                const held = model.get(id);
                if (act === 'hold') {
                  const slot = slots.hold(id);
                  if (held === undefined) {
                    model.set(id, { slot, holders: 1 });
                    taken.delete(id);
                  } else {
                    expect(slot).toBe(held.slot);
                    held.holders++;
                  }
                } else if (act === 'letGo') {
                  if (held === undefined) continue;
                  slots.letGo(id, held.slot);
                  if (--held.holders > 0) continue;
                  model.delete(id);
                  if (keeping) taken.add(id);
                } else if (keeping) {
                  ids.markTaken(id);
                  taken.add(id);
                }
                for (const { id: look } of acts.slice(0, 4)) {
                  expect(ids.taken(look)).toBe(keeping && taken.has(look));
                  expect(slots.find(look)).toBe(model.get(look)?.slot ?? -1);
                }
              }
            };
            run(before, false);
            ids.keepTaken();
            run(after, true);
            for (const { id } of [...before, ...after]) {
              expect(ids.taken(id)).toBe(taken.has(id));
              expect(slots.find(id)).toBe(model.get(id)?.slot ?? -1);
            }
            expect(ids.size).toBe(model.size);
            expect(new Map(slots.entries())).toEqual(
              new Map([...model].map(([id, { slot }]) => [id, slot])),
            );
          },
        ),
        { numRuns: 80 },
      );
    },
  );

  it('REC-3: before keepTaken an id let go leaves the table; after it, it stays taken with no number, counted in no size, and a number given again makes it held', () => {
    const ids = new TakenIds(new IdTable(8));
    const slots = new SubscriptionSlots(ids);
    const guid = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    slots.letGo(guid, slots.hold(guid));
    expect(ids.taken(guid)).toBe(false);
    expect(ids.size).toBe(0);
    ids.keepTaken();
    const slot = slots.hold(guid);
    slots.letGo(guid, slot);
    expect(ids.taken(guid)).toBe(true);
    expect(slots.find(guid)).toBe(-1);
    expect(ids.size).toBe(0);
    expect(ids.snapshot().length).toBe(0);
    slots.hold(guid);
    expect(ids.taken(guid)).toBe(false);
    expect(ids.size).toBe(1);
  });
});
