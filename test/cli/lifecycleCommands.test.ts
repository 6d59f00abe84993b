import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../_tempFolder.ts';
import { run } from './_run.ts';

function scenarioFile(scenario: unknown): string {
  const file = join(tempFolder('timeline-'), 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

describe('lifecycle commands', () => {
  it('SUS-1: suspension prints the deletion instant, and --json exactly the library result', () => {
    const args = [
      'suspension',
      '--suspended',
      '2026-03-01T00:00:00Z',
      '--account-opened',
      '2026-01-01T00:00:00Z',
      '--first-billing',
      '2026-01-11T00:00:00Z',
    ];
    expect(run(...args).out).toContain('data deleted at        2026-06-09T00:00:00.000Z');
    expect(JSON.parse(run(...args, '--json').out)).toEqual({
      expiresAt: '2026-06-09T00:00:00.000Z',
      days: 100,
      policyId: 'partner-center-2021-03',
    });
  });

  it('ERR-1: a bad or missing suspension flag exits 2 with one line naming the flag', () => {
    const bad = run(
      'suspension',
      '--suspended',
      'nope',
      '--account-opened',
      '2026-01-01T00:00:00Z',
      '--first-billing',
      '2026-01-11T00:00:00Z',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^error: --suspended: .*"nope"\n$/);
    const missing = run(
      'suspension',
      '--suspended',
      '2026-03-01T00:00:00Z',
      '--account-opened',
      '2026-01-01T00:00:00Z',
    );
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^error: --first-billing: /);
  });

  it('LC-7: a timeline shows the renewal a reactivation catches up, at the reactivation instant', () => {
    const file = scenarioFile({
      subscription: {
        product: 'marketplace-saas',
        billingCycle: 'monthly',
        quantity: 1,
        orderedAt: '2026-01-01T00:00:00Z',
        accountOpenedAt: '2026-01-01T00:00:00Z',
        firstBillingPeriodStart: '2026-01-01T00:00:00Z',
      },
      events: [
        { type: 'suspend', at: '2026-01-20T00:00:00Z', reason: 'nonpayment' },
        { type: 'reactivate', at: '2026-02-10T00:00:00Z' },
      ],
      until: '2026-02-11T00:00:00Z',
    });
    const played = JSON.parse(run('timeline', file, '--json').out);
    expect(
      played.entries.map((entry: { type: string; at: string; source: string }) => [
        entry.type,
        entry.at,
        entry.source,
      ]),
    ).toEqual([
      ['created', '2026-01-01T00:00:00.000Z', 'created'],
      ['suspend', '2026-01-20T00:00:00.000Z', 'event'],
      ['reactivate', '2026-02-10T00:00:00.000Z', 'event'],
      ['renewed', '2026-02-10T00:00:00.000Z', 'time'],
    ]);
    expect(run('timeline', file).out).toContain('renewed (time)');
  });

  it('LC-2, LC-5: a timeline with a trial and auto-renew turned off shows trial-converted, renewed, expired', () => {
    const file = scenarioFile({
      subscription: {
        product: 'marketplace-saas',
        billingCycle: 'monthly',
        quantity: 2,
        orderedAt: '2026-01-01T00:00:00Z',
        freeTrial: true,
      },
      events: [{ type: 'set-auto-renew', at: '2026-03-15T00:00:00Z', enabled: false }],
      until: '2026-06-01T00:00:00Z',
    });
    const { code, out } = run('timeline', file, '--json');
    expect(code).toBe(0);
    const played = JSON.parse(out);
    expect(played.entries.map((entry: { type: string }) => entry.type)).toEqual([
      'created',
      'trial-converted',
      'renewed',
      'set-auto-renew',
      'expired',
    ]);
    expect(played.subscription).toMatchObject({
      status: 'expired',
      asOf: '2026-06-01T00:00:00.000Z',
    });
    expect(run('timeline', file).out).toContain('expired (time)');
  });

  it('LC-11: a refused event is shown with its code; a bad scenario exits 2', () => {
    const file = scenarioFile({
      subscription: {
        product: 'software-subscription',
        quantity: 1,
        orderedAt: '2026-01-01T00:00:00Z',
      },
      events: [{ type: 'cancel', at: '2026-03-01T00:00:00Z' }],
      until: '2026-03-02T00:00:00Z',
    });
    expect(run('timeline', file).out).toContain('refused NOT_CANCELLABLE');
    const broken = scenarioFile({
      subscription: { product: 'nope', quantity: 1, orderedAt: '2026-01-01T00:00:00Z' },
      events: [],
      until: '2026-03-02T00:00:00Z',
    });
    expect(run('timeline', broken)).toMatchObject({ code: 2, out: '' });
    expect(run('timeline', '/does/not/exist.json').code).toBe(2);
    expect(run('timeline').code).toBe(2);
  });

  it('NCE-7: the timeline reads a New Commerce scenario through the schemas, and a New Commerce event sent to a legacy subscription exits 2 naming it', () => {
    const newCommerce = scenarioFile({
      subscription: {
        program: 'new-commerce',
        product: 'license-based',
        term: 'P1Y',
        billingFrequency: 'monthly',
        quantity: 1,
        orderedAt: '2026-01-01T00:00:00Z',
      },
      events: [],
      until: '2026-03-02T00:00:00Z',
    });
    expect(run('timeline', newCommerce)).toMatchObject({ code: 0 });
    expect(run('timeline', newCommerce).out).toContain('renews 2027-01-01T00:00:00.000Z, 1 seat\n');
    const badTerm = scenarioFile({
      subscription: {
        program: 'new-commerce',
        product: 'license-based',
        term: 'P2Y',
        billingFrequency: 'monthly',
        quantity: 1,
        orderedAt: '2026-01-01T00:00:00Z',
      },
      events: [],
      until: '2026-03-02T00:00:00Z',
    });
    expect(run('timeline', badTerm)).toMatchObject({ code: 2, out: '' });
    expect(run('timeline', badTerm).err).toContain('subscription.');
    const renewal = scenarioFile({
      subscription: {
        product: 'software-subscription',
        quantity: 1,
        orderedAt: '2026-01-01T00:00:00Z',
      },
      events: [{ type: 'schedule-renewal', at: '2026-02-01T00:00:00Z', quantity: 2 }],
      until: '2026-03-02T00:00:00Z',
    });
    expect(run('timeline', renewal)).toMatchObject({ code: 2, out: '' });
    expect(run('timeline', renewal).err).toContain('"schedule-renewal"');
  });

  it('LC-6, LC-7: the demo walks one full life: trial, conversion, renewal, suspension, reactivation, scheduled cancellation', () => {
    const life = JSON.parse(run('demo', '--json').out).life.entries.map(
      (entry: { type: string }) => entry.type,
    );
    expect(life).toEqual([
      'created',
      'trial-converted',
      'renewed',
      'suspend',
      'reactivate',
      'renewed',
      'cancel',
      'cancelled',
    ]);
  });
});
