import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addedNew } from '../_private.ts';

describe('addedNew', () => {
  it('REC-3: a resource listed again is told by its id seen before: a new id is added and new, one seen is not, and the set is left holding it', () => {
    const seen = new Set<string>();
    expect(addedNew(seen, 'a')).toBe(true);
    expect(addedNew(seen, 'a')).toBe(false);
    expect(addedNew(seen, 'b')).toBe(true);
    expect([...seen]).toEqual(['a', 'b']);
  });

  test.prop([fc.array(fc.string({ maxLength: 3 }), { maxLength: 60 })])(
    'REC-3: for any ids, addedNew answers what has before add answers (not held), and leaves the set a Set of the same ids would hold',
    (ids) => {
      const seen = new Set<string>();
      const model = new Set<string>();
      for (const id of ids) {
        const expected = !model.has(id);
        model.add(id);
        expect(addedNew(seen, id)).toBe(expected);
      }
      expect([...seen]).toEqual([...model]);
    },
  );
});
