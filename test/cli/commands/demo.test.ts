import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../_run.ts';

describe('subscription-rules demo', () => {
  it('MKT-1, MKT-3: shows Swaziland → SZ unavailable for Azure reservations, and Saba → XS, ISO BQ', () => {
    const { code, out } = run('demo');
    expect(code).toBe(0);
    expect(out).toContain('Markets, by name, for Azure reservations');
    expect(out).toMatch(/Swaziland +→ SZ +ISO SZ +Eswatini +azure-reservations unavailable/);
    expect(out).toMatch(/Saba +→ XS +ISO BQ +Saba +azure-reservations unavailable/);
    expect(out).toMatch(/Germany +→ DE +ISO DE +Germany +azure-reservations available/);
  });

  it('MKT-1: --json carries the market reports', () => {
    const { markets } = JSON.parse(run('demo', '--json').out);
    expect(markets.map((report: { code: string }) => report.code)).toEqual([
      'SZ',
      'XS',
      'XJ',
      'CD',
      'DE',
    ]);
  });

  describe('properties', () => {
    it('TIME-6: the demo prints the same text every time it runs', () => {
      const first = run('demo').out;
      fc.assert(
        fc.property(fc.constant(null), () => run('demo').out === first),
        { numRuns: 3 },
      );
    });
  });
});
