import { describe, expect, it } from 'vitest';
import { startsJsonLines } from '../../../_private.ts';

describe('startsJsonLines', () => {
  it('USG-7: a piece whose first byte past spaces, tabs and line breaks is { is JSON lines', () => {
    expect(startsJsonLines(Buffer.from('{"Quantity":1}'))).toBe(true);
    expect(startsJsonLines(Buffer.from(' \t\r\n{"Quantity":1}'))).toBe(true);
  });

  it('USG-7: any other first byte (a header’s name, a quote, a non-breaking space) is a CSV', () => {
    expect(startsJsonLines(Buffer.from('Quantity,BillingPreTaxTotal'))).toBe(false);
    expect(startsJsonLines(Buffer.from('"{",x'))).toBe(false);
    expect(startsJsonLines(Buffer.from('\u00a0{"Quantity":1}'))).toBe(false);
  });

  it('USG-7: a piece all blank, or empty, does not tell (the next piece does)', () => {
    expect(startsJsonLines(Buffer.from(' \r\n\t'))).toBeUndefined();
    expect(startsJsonLines(Buffer.alloc(0))).toBeUndefined();
  });
});
