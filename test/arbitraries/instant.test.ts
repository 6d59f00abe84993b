import fc from 'fast-check';
import { instant } from 'subscription-rules/arbitraries';
import { parseEvent } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { accepted, sameSamplesForOneSeed } from './_check.ts';

describe('instant()', () => {
  it('ERR-2: every sample is an instant parseEvent accepts, canonical UTC by default', () => {
    fc.assert(
      fc.property(instant(), (at) => {
        expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        expect(accepted(parseEvent, { type: 'cancel', at }).at).toBe(at);
        expect(new Date(at).toISOString()).toBe(at);
      }),
    );
  });

  it('every sample lies in [from, to], the bounds included; with offsets the instant is still in range', () => {
    const from = '2026-03-01T00:00:00Z';
    const to = '2026-03-02T00:00:00+10:00';
    fc.assert(
      fc.property(instant({ from, to, offsets: true }), (at) => {
        const ms = Date.parse(at);
        expect(ms).toBeGreaterThanOrEqual(Date.parse(from));
        expect(ms).toBeLessThanOrEqual(Date.parse(to));
        expect(accepted(parseEvent, { type: 'cancel', at }).at).toBe(new Date(ms).toISOString());
      }),
    );
    const samples = fc.sample(instant({ from, to }), { seed: 7, numRuns: 200 });
    expect(samples).toContain('2026-03-01T00:00:00.000Z');
    expect(samples).toContain('2026-03-01T14:00:00.000Z');
  });

  it('offsets: true writes some instants with a numeric offset, in the years 0000–9999 only', () => {
    const samples = fc.sample(instant({ offsets: true }), { seed: 3, numRuns: 200 });
    expect(samples.some((at) => /[+-]\d{2}:\d{2}$/.test(at))).toBe(true);
    const edge = fc.sample(
      instant({ from: '0000-01-01T00:00:00Z', to: '0000-01-01T00:00:00Z', offsets: true }),
      { seed: 3, numRuns: 50 },
    );
    for (const at of edge) expect(Date.parse(at.replace(/^0000/, '2000'))).not.toBeNaN();
  });

  it('determinism: one seed, one sequence of samples', () => {
    sameSamplesForOneSeed(() => instant({ offsets: true }));
  });

  it('ERR-1: bad constraints are a RuleError naming the field', () => {
    expect(errorOf(() => instant({ from: 'yesterday' }))).toEqual({
      code: 'INVALID_INSTANT',
      path: 'constraints.from',
    });
    expect(
      errorOf(() => instant({ from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' })),
    ).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'constraints.to',
    });
    expect(errorOf(() => instant({ to: new Date(Number.NaN) }))).toEqual({
      code: 'INVALID_INSTANT',
      path: 'constraints.to',
    });
    expect(errorOf(() => instant([] as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints',
    });
  });
});
