import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSubscription } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../_tempFolder.ts';
import { run } from '../_run.ts';

describe('subscription-rules coterm', () => {
  it('MID-3: lists the calendar-month date of a P1Y term bought 2026-11-20T10:00Z, 2027-10-31', () => {
    const { code, out } = run(
      'coterm',
      '--term',
      'P1Y',
      '--billing-frequency',
      'monthly',
      '--start',
      '2026-11-20T10:00:00Z',
    );
    expect(code).toBe(0);
    expect(out).toBe('  2027-10-31  calendar month\n');
  });

  it('MID-3: with the customer\u2019s subscriptions (--input), their end dates and ids too; --json is the library result', () => {
    const other = createSubscription({
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'annual',
      quantity: 3,
      orderedAt: '2026-03-15T08:00:00Z',
    });
    const file = join(tempFolder('coterm-'), 'customer.json');
    writeFileSync(
      file,
      JSON.stringify({
        term: 'P1Y',
        billingFrequency: 'monthly',
        startDate: '2026-11-20T10:00:00Z',
        subscriptions: [{ id: 'sub-1', subscription: other }],
      }),
    );
    expect(run('coterm', '--input', file).out).toBe(
      '  2027-10-31  calendar month\n  2027-03-14  subscription    sub-1\n',
    );
    expect(JSON.parse(run('coterm', '--input', file, '--json').out)).toEqual([
      { date: '2027-10-31', type: 'calendar-month' },
      { date: '2027-03-14', type: 'subscription', subscriptionIds: ['sub-1'] },
    ]);
  });

  it('ERR-1: a term Partner Center does not align, or a missing flag, exits 2 naming it', () => {
    const bad = run(
      'coterm',
      '--term',
      'P2Y',
      '--billing-frequency',
      'monthly',
      '--start',
      '2026-11-20T10:00:00Z',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('term');
    expect(run('coterm', '--term', 'P1Y').code).toBe(2);
  });
});
