import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { memoryOf, memoryText } from '../_private.ts';

describe('memoryFlag', () => {
  it('REC-3: a budget is written in the largest unit it is whole in, else in bytes', () => {
    expect(memoryText(512 * 1024 ** 2)).toBe('512M');
    expect(memoryText(1024 ** 3)).toBe('1G');
    expect(memoryText(1280 * 1024 ** 2)).toBe('1280M');
    expect(memoryText(300 * 1024)).toBe('300K');
    expect(memoryText(1023)).toBe('1023');
    expect(memoryText(1024)).toBe('1K');
  });

  test.prop([
    fc.integer({ min: 1, max: 9_999_999 }),
    fc.constantFrom('', 'K', 'M', 'G', 'k', 'MiB', 'gb'),
  ])(
    'REC-3: what the budget is written as is read back as the same budget (the text and its reading are inverses)',
    (count, unit) => {
      const bytes = memoryOf(`${count}${unit}`);
      expect(memoryOf(memoryText(bytes))).toBe(bytes);
    },
  );
});
