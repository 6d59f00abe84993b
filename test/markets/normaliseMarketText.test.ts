import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseMarketText } from '../_private.ts';

describe('normaliseMarketText', () => {
  it.each([
    ['Åland Islands', 'alandislands'],
    ['São Tomé & Príncipe', 'saotomeandprincipe'],
    ['Côte d’Ivoire', 'cotedivoire'],
    ['The Gambia', 'gambia'],
    ['  the  Bahamas', 'bahamas'],
    ['Theland', 'theland'],
    ['Congo (DRC)', 'congodrc'],
    ['U.S. Outlying Islands', 'usoutlyingislands'],
    ['Türkiye', 'turkiye'],
    ['the', 'the'],
    ['The the', 'the'],
    ['the1', 'the1'],
  ])('MKT-2: %j normalises to %j', (text, key) => {
    expect(normaliseMarketText(text)).toBe(key);
  });

  describe('properties', () => {
    it('MKT-2: normalising twice is normalising once', () => {
      fc.assert(
        fc.property(
          fc.constantFrom('', 'the', 'The ', 'the the ', 'the-', ' THE'),
          fc.string({ maxLength: 30 }),
          (prefix, text) => {
            const once = normaliseMarketText(prefix + text);
            return normaliseMarketText(once) === once;
          },
        ),
      );
    });

    it('MKT-2: a key holds only a–z and 0–9', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 40, unit: 'grapheme' }), (text) =>
          /^[a-z0-9]*$/.test(normaliseMarketText(text)),
        ),
      );
    });

    it('MKT-2: letter case and surrounding punctuation never change the key', () => {
      fc.assert(
        fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}$/), (text) => {
          const key = normaliseMarketText(text);
          return (
            normaliseMarketText(text.toUpperCase()) === key &&
            normaliseMarketText(`(${text.toLowerCase()}).`) === key
          );
        }),
      );
    });
  });
});
