import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMs, parseInstant } from '../_private.ts';

/** What the strict reader makes of a value, read afresh: epoch ms, or NaN. */
function fresh(value: unknown): number {
  try {
    return parseInstant(value, 'resource');
  } catch {
    return Number.NaN;
  }
}

describe('instantMs', () => {
  it('TIME-1: a resource’s instant is read by the strict reader, NaN when it is none, the same when read again', () => {
    expect(instantMs('2026-11-01T00:00:00Z')).toBe(Date.UTC(2026, 10, 1));
    expect(instantMs('2026-11-01T00:00:00.001Z')).toBe(Date.UTC(2026, 10, 1) + 1);
    expect(instantMs('2026-11-01T00:00:00Z')).toBe(Date.UTC(2026, 10, 1));
    expect(instantMs('2026-11-01')).toBeNaN();
    expect(instantMs('2026-11-01')).toBeNaN();
    expect(instantMs(undefined)).toBeNaN();
  });

  it('TIME-1 (property): whatever was read before, a value reads as the strict reader reads it afresh', () => {
    // a few texts, so they repeat past the texts remembered and in any order
    const value = fc.oneof(
      fc.constantFrom(
        '2026-11-01T00:00:00Z',
        '2026-11-01T00:00:00.001Z',
        '2026-10-31T23:59:59.999Z',
        '2026-11-01T01:00:00+01:00',
        '2026-11-01',
        'not an instant',
        '',
      ),
      fc.integer({ min: 0, max: 2_000_000_000_000 }).map((ms) => new Date(ms).toISOString()),
      fc.constantFrom(null, undefined, 0, 1_790_000_000_000),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (values) => {
        for (const v of values) expect(instantMs(v)).toBe(fresh(v));
      }),
    );
  });
});
