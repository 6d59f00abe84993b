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

  it('REF-1, REF-2: shows the SaaS 24-hour boundary: full credit 1 ms before, a scheduled cancellation at it', () => {
    const { code, out } = run('demo');
    expect(code).toBe(0);
    expect(out).toMatch(/cancelled 2026-11-21T09:59:59\.999Z\s+→ full-credit 19\.99 USD +REF-1/);
    expect(out).toMatch(/cancelled 2026-11-21T10:00:00Z\s+→ cancel-at-renewal +REF-2/);
  });

  it('POL-2: an order of 2021-03-07 keeps 60 days when the request comes in April; one of 2021-03-08 does not', () => {
    const { out } = run('demo');
    expect(out).toMatch(
      /ordered 2021-03-07T12:00:00Z +cancelled 2021-04-20T08:00:00Z\s+→ prorated-credit 320\.00 USD +REF-5, partner-center-2020-01/,
    );
    expect(out).toMatch(
      /ordered 2021-03-08T12:00:00Z +cancelled 2021-04-20T08:00:00Z\s+→ not-cancellable +REF-5, partner-center-2021-03/,
    );
  });

  it('NCE-4, NCE-5: shows one New Commerce request beside the legacy ones, every line within 100 columns', () => {
    const { out } = run('demo');
    expect(out).toContain(
      [
        '  license-based P1Y billed monthly, 10 seats at 12.50 USD, ordered 2026-11-20T10:00:00Z',
        '  cancelled 2026-11-23T09:00:00Z',
        '    → prorated-credit 108.30 USD, NCE-4, partner-center-nce-2025-04',
        '    window closes 2026-11-28T00:00:00.000Z',
      ].join('\n'),
    );
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  describe('properties', () => {
    it('TIME-6: the demo prints the same text every time it runs', () => {
      const first = run('demo').out;
      fc.assert(
        fc.property(fc.constant(null), () => run('demo').out === first),
        { numRuns: 3 },
      );
    });

    it('PURE-1: --json carries every refund decision as plain JSON, the same on every run', () => {
      const first = JSON.parse(run('demo', '--json').out);
      expect(first.refunds).toHaveLength(6);
      for (const { decision } of first.refunds) expect(decision.message).toContain('.');
      expect(JSON.parse(run('demo', '--json').out)).toEqual(first);
    });
  });
});
