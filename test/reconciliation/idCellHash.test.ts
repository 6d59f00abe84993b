import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { idCellHash, idHash } from '../_private.ts';

/** Whether a text holds a character past ASCII. */
const wide = (text: string): boolean => [...text].some((c) => (c.codePointAt(0) ?? 0) > 0x7f);

/** The hash of a cell's bytes laid between two other bytes, as a row holds them. */
const hashOf = (text: string): number | undefined => {
  const bytes = Buffer.concat([Buffer.from(','), Buffer.from(text, 'utf8'), Buffer.from(',')]);
  return idCellHash(bytes, 1, bytes.length - 1);
};

describe('idCellHash', () => {
  it('REC-3: the bytes of an ASCII id hash as its text does, trimmed (worked: FNV-1a of "a")', () => {
    // FNV-1a 32 of "a" is 0xe40c292c = 3826002220
    expect(hashOf('a')).toBe(3826002220);
    expect(hashOf(' \ta\r ')).toBe(3826002220);
    expect(hashOf('10000001-d9d2-f09c-ea1f-000000000001')).toBe(
      idHash('10000001-d9d2-f09c-ea1f-000000000001'),
    );
    expect(hashOf('')).toBe(-1);
    expect(hashOf(' \t\v\f\r\n ')).toBe(-1);
    // past ASCII: the caller decodes the cell (trim drops a no-break space, UTF-8 is not UTF-16)
    expect(hashOf('é')).toBeUndefined();
    expect(hashOf('\u00a0a')).toBeUndefined();
  });

  test.prop([
    fc.string({
      unit: fc.constantFrom(
        'a',
        '-',
        '0',
        ' ',
        '\t',
        '\r',
        '\n',
        '\v',
        '\f',
        'é',
        '\u00a0',
        '\u2028',
        '한',
      ),
    }),
  ])(
    'REC-3: for any cell, the hash read from its bytes is idHash of its trimmed text, -1 when that is empty, or none',
    (text) => {
      const hash = hashOf(text);
      const trimmed = text.trim();
      if (hash === undefined) expect(wide(text)).toBe(true);
      else expect(hash).toBe(trimmed === '' ? -1 : idHash(trimmed));
      // an ASCII cell is always read from its bytes
      if (!wide(text)) expect(hash).not.toBeUndefined();
    },
  );
});
