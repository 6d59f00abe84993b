import { describe, expect, it } from 'vitest';
import { usageParts } from '../../../_private.ts';

describe('usageParts', () => {
  it('USG-7: the groups come back in as many parts of their keys as keep a part within half of DuckDB’s buffers, at 1 KiB a group', () => {
    // 1,000,000 groups of 1 KiB are 976.6 MiB: within half of 256 MiB (128) in 8 parts
    expect(usageParts(1_000_000, '256MiB')).toBe(8);
    // exactly half of 64 MiB: one part; one group more: two
    expect(usageParts(32 * 1024, '64MiB')).toBe(1);
    expect(usageParts(32 * 1024 + 1, '64MiB')).toBe(2);
    expect(usageParts(0, '64MiB')).toBe(1);
  });
});
