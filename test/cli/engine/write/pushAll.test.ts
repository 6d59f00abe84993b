import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { pushAll } from '../../../_private.ts';

describe('pushAll', () => {
  it('REC-3: 500,000 results appended to those before them, in order, where a spread push overflows the stack', () => {
    const into = [-1];
    const items = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => into.push(...items)).toThrow(RangeError);
    into.length = 1;
    pushAll(into, items);
    expect(into.length).toBe(500_001);
    expect([into[0], into[1], into[500_000]]).toEqual([-1, 0, 499_999]);
  });

  test.prop([fc.array(fc.integer()), fc.array(fc.integer())])(
    'REC-3 property: appending gives the concatenation, the appended array unchanged',
    (before, items) => {
      const copy = [...items];
      const into = [...before];
      pushAll(into, items);
      expect(into).toEqual([...before, ...items]);
      expect(items).toEqual(copy);
    },
  );
});
