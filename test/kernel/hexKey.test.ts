import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { hexKey } from '../_private.ts';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe('hexKey: a text as a key any engine orders as JavaScript orders texts (WH-5)', () => {
  it('WH-5: four hexadecimal digits a UTF-16 code unit, below 256 and above', () => {
    expect(hexKey('')).toBe('');
    expect(hexKey('A\u0000é')).toBe('0041000000e9');
    expect(hexKey('\u20ac\ud83d')).toBe('20acd83d');
  });

  test.prop([fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })])(
    'WH-5 law: the keys of two texts compare, as bytes and as JavaScript texts, as the texts do; a key is four digits a unit and gives its text back',
    (a, b) => {
      const ka = hexKey(a);
      const kb = hexKey(b);
      expect(Math.sign(compare(ka, kb))).toBe(Math.sign(compare(a, b)));
      expect(Math.sign(Buffer.compare(Buffer.from(ka), Buffer.from(kb)))).toBe(
        Math.sign(compare(a, b)),
      );
      expect(ka).toMatch(/^(?:[0-9a-f]{4})*$/);
      const back = (ka.match(/.{4}/g) ?? []).map((d) =>
        String.fromCharCode(Number.parseInt(d, 16)),
      );
      expect(back.join('')).toBe(a);
    },
  );
});
