import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { spreadsheetCell } from '../_private.ts';

describe('spreadsheetCell', () => {
  it('USG, INV details: a text a spreadsheet would run as a formula (=, +, -, @, tab, CR at its start) gets a leading apostrophe; a number, negative ones included, is written as it is', () => {
    expect(spreadsheetCell('=HYPERLINK("http://x","y")')).toBe(
      '"\'=HYPERLINK(""http://x"",""y"")"',
    );
    expect(spreadsheetCell('+1 555 0100 Contoso')).toBe("'+1 555 0100 Contoso");
    expect(spreadsheetCell('-cmd')).toBe("'-cmd");
    expect(spreadsheetCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(spreadsheetCell('\tContoso')).toBe("'\tContoso");
    expect(spreadsheetCell('\rContoso')).toBe('"\'\rContoso"');
    for (const number of ['-0.72', '+1', '-12.50', '.5', '-0E-20', '5'])
      expect(spreadsheetCell(number)).toBe(number);
    expect(spreadsheetCell(-72)).toBe('-72');
    expect([
      spreadsheetCell('Contoso, Ltd'),
      spreadsheetCell(undefined),
      spreadsheetCell(null),
    ]).toEqual(['"Contoso, Ltd"', '', '']);
  });

  describe('properties', () => {
    it('a spreadsheet reads back every text as written, an apostrophe before exactly the ones that would run as formulas', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 30 }), (text) => {
          const [read] = Papa.parse<string[]>(`${spreadsheetCell(text)}\n`, { newline: '\n' }).data;
          const formula =
            /^[=+\-@\t\r]/.test(text) &&
            !/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text);
          expect(read?.[0] ?? '').toBe(formula ? `'${text}` : text);
        }),
      );
    });
  });
});
