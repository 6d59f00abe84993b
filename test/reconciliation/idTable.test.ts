import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { IdTable } from '../_private.ts';

/** A table's ids and numbers, read from its snapshot. */
const entriesOf = (table: IdTable): Map<string | undefined, number> => {
  const held = table.snapshot();
  return new Map(Array.from({ length: held.length }, (_, i) => [held.id(i), held.value(i)]));
};

/**
 * Ids as files write them, from a small pool so that they come again: canonical GUIDs from a few
 * digits (so that their places collide and their runs wrap around a small table), the same GUIDs
 * in upper case or braces, one character off the canonical form, other texts, and none.
 */
const word = fc
  .array(fc.constantFrom('0', '1', '9', 'a', 'b', 'f'), { minLength: 8, maxLength: 8 })
  .map((d) => d.join(''));
const aGuid = fc
  .tuple(word, word, word, word)
  .map(([a, b, c, d]) => `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`);
const aText = fc.oneof(
  { arbitrary: aGuid, weight: 8 },
  { arbitrary: aGuid.map((id) => id.toUpperCase()), weight: 1 },
  { arbitrary: aGuid.map((id) => `{${id}}`), weight: 1 },
  // the characters either side of each range the parser reads: / 0 9 : ` a f g, A F G, a space;
  // and past ASCII: a letter, a digit of another script, a full-width `a`, half a surrogate pair
  // (each a code unit whose low byte is a digit's)
  {
    arbitrary: fc
      .tuple(
        aGuid,
        fc.integer({ min: 0, max: 35 }),
        fc.constantFrom(
          ...['-', '/', ':', '`', 'g', 'G', '@', 'A', 'F', ' ', '0'],
          ...['\u0130', '\u0661', '\uff41', '\ud861', '\u0161', '\u0a66'],
        ),
      )
      .map(([id, at, c]) => id.slice(0, at) + c + id.slice(at + 1)),
    weight: 2,
  },
  { arbitrary: fc.string({ maxLength: 3 }), weight: 1 },
);
/** A pool of up to 600 ids drawn once a run, and the acts' ids drawn from it. */
const aPool = fc
  .uniqueArray(aText, { minLength: 1, maxLength: 600 })
  .map((texts) => [...texts, undefined]);

const anAct = (pool: readonly (string | undefined)[]) => {
  const anId = fc.constantFrom(...pool);
  return fc.oneof(
    {
      arbitrary: fc.record({
        op: fc.constant('set' as const),
        id: anId,
        value: fc.nat(2 ** 31 - 2),
      }),
      weight: 4,
    },
    { arbitrary: fc.record({ op: fc.constant('add' as const), id: anId }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('delete' as const), id: anId }), weight: 3 },
  );
};
const someActs = aPool.chain((pool) =>
  fc.array(anAct(pool), { minLength: 1, maxLength: 2_000, size: 'max' }),
);

/**
 * One comparison of the table with the model, thrown as an error naming the call when they differ:
 * the property makes a few million of them a run, and `expect` costs several times a plain
 * comparison, which made the property take past a minute on a loaded 2-core machine.
 */
function same<T>(actual: T, expected: T, call: string): void {
  if (!Object.is(actual, expected))
    throw new Error(`${call}: the table answered ${String(actual)}, a Map ${String(expected)}`);
}

describe('IdTable', () => {
  it('REC-3: a subscription id is held by its text: the canonical GUID and its upper-case text are two ids, and each comes back as written', () => {
    const table = new IdTable();
    const id = '10000001-d9d2-f09c-ea1f-000000000001';
    table.set(id, 7);
    table.set(id.toUpperCase(), 8);
    table.set(undefined, 9);
    expect(table.get(id)).toBe(7);
    expect(table.get(id.toUpperCase())).toBe(8);
    expect(table.get(undefined)).toBe(9);
    expect(table.get('10000001-d9d2-f09c-ea1f-000000000002')).toBe(-1);
    expect(table.size).toBe(3);
    expect(entriesOf(table)).toEqual(
      new Map<string | undefined, number>([
        [id, 7],
        [id.toUpperCase(), 8],
        [undefined, 9],
      ]),
    );
    expect(table.add(id)).toBe(false);
    expect(table.delete(id)).toBe(true);
    expect(table.delete(id)).toBe(false);
    expect(table.add(id)).toBe(true);
    expect(table.get(id)).toBe(0);
  });

  it('REC-3: a resource listed again is told by its id seen before: add is true once an id, then false', () => {
    const seen = new IdTable();
    expect(seen.add('a')).toBe(true);
    expect(seen.add('a')).toBe(false);
    expect(seen.add('ffffffff-ffff-ffff-ffff-ffffffffffff')).toBe(true);
    expect(seen.add('ffffffff-ffff-ffff-ffff-ffffffffffff')).toBe(false);
    expect(seen.size).toBe(2);
  });

  test.prop([someActs, fc.constantFrom(4, 8, 1024)], { numRuns: 150 })(
    'REC-3: for any sets, adds and deletes of ids drawn from a pool (up to 2,000 acts), in a table that starts at 4 or 8 places (and grows and halves) or 1,024, it answers as a Map of the texts does (get, add, delete, size and its snapshot)',
    (acts, places) => {
      const table = new IdTable(places);
      const model = new Map<string | undefined, number>();
      for (const act of acts) {
        if (act.op === 'set') {
          table.set(act.id, act.value);
          model.set(act.id, act.value);
        } else if (act.op === 'add') {
          const isNew = !model.has(act.id);
          if (isNew) model.set(act.id, 0);
          same(table.add(act.id), isNew, `add(${act.id})`);
        } else same(table.delete(act.id), model.delete(act.id), `delete(${act.id})`);
        same(table.get(act.id), model.get(act.id) ?? -1, `get(${act.id})`);
      }
      expect(table.size).toBe(model.size);
      expect(entriesOf(table)).toEqual(model);
      for (const act of acts) same(table.get(act.id), model.get(act.id) ?? -1, `get(${act.id})`);
      // everything deleted, in the order first acted on (the table halving as it empties): what
      // is left is found all along, then nothing is
      for (let i = 0; i < acts.length; i++) {
        const id = (acts[i] as (typeof acts)[number]).id;
        same(table.delete(id), model.delete(id), `delete(${id}) while emptying`);
        const later = acts[(i * 7 + 3) % acts.length]?.id;
        same(table.get(later), model.get(later) ?? -1, `get(${later}) while emptying`);
        same(table.size, model.size, 'size while emptying');
      }
      expect(table.size).toBe(0);
      for (const act of acts) same(table.get(act.id), -1, `get(${act.id}) once empty`);
    },
  );
});
