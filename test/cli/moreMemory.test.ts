import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryOf, moreMemory } from '../_private.ts';

describe('what a run out of its heap is told to give', () => {
  it('USG-7, REC-3: twice the budget given, never the budget just given (1G given: 2G)', () => {
    expect(moreMemory(['usage', '--engine', 'duckdb', '--memory', '1G'])).toBe('2G');
    expect(moreMemory(['reconcile', '--memory=512M'])).toBe('1G');
    expect(moreMemory(['reconcile'])).toBe('1G');
    expect(moreMemory(['reconcile', '--memory', '300M'])).toBe('600M');
    expect(moreMemory(['reconcile', '--memory', '700M'])).toBe('2G');
  });

  it('USG-7, REC-3: for any budget, the advice is more than what was given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 * 1024 }), (mib) => {
        const given = `${mib}M`;
        expect(memoryOf(moreMemory(['usage', '--memory', given]))).toBeGreaterThan(memoryOf(given));
      }),
    );
  });
});
