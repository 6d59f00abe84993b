import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { licence } from '../../_licence.ts';
import { tempFolder } from '../../_tempFolder.ts';
import { run } from '../_run.ts';

const dir = tempFolder('timeline-reading-');
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** Ten seats in their Extended Service Term, this month 2026-11-09 to 2026-12-09. */
const inEst = file('in-est.json', {
  ...licence({ offerName: 'Microsoft 365 Business Basic Extended Service Term', quantity: 10 }),
  creationDate: '2025-11-09T10:00:00Z',
  effectiveStartDate: '2026-11-09T00:00:00Z',
  commitmentEndDate: '2026-12-08T00:00:00Z',
  termDuration: 'P1M',
  autoRenewEnabled: false,
  refundOptions: null,
});
const at = '2026-11-25T00:00:00Z';
const until = '2027-01-09T00:00:00Z';

interface Played {
  entries: { at: string; type: string; source: string; status: string }[];
  periods: { periodStart: string; periodEnd: string; amount: { amount: number } }[];
  subscription: { asOf: string; quantity: number };
}

describe('timeline from what inspect reads (PCR-1)', () => {
  it('EST-3, PCR-1: a resource in its Extended Service Term plays on from --at: a month at 28.84 × 10 = 288.40 USD on 2026-12-09 and on 2027-01-09 (--until, inclusive)', () => {
    const { code, out, err } = run(
      'timeline',
      inEst,
      '--at',
      at,
      '--est-base',
      '28.00USD',
      '--until',
      until,
      '--json',
    );
    expect([code, err]).toEqual([0, '']);
    const played = JSON.parse(out) as Played;
    expect(played.entries.map((e) => [e.at, e.type, e.status])).toEqual([
      ['2026-11-25T00:00:00.000Z', 'read', 'active'],
      ['2026-12-09T00:00:00.000Z', 'renewed', 'active'],
      ['2027-01-09T00:00:00.000Z', 'renewed', 'active'],
    ]);
    expect(played.periods.map((p) => [p.periodStart, p.amount.amount])).toEqual([
      ['2026-12-09T00:00:00.000Z', 28_840],
      ['2027-01-09T00:00:00.000Z', 28_840],
    ]);
    // 1 ms before the second month, it is not played
    const before = JSON.parse(
      run(
        'timeline',
        inEst,
        '--at',
        at,
        '--est-base',
        '28.00USD',
        '--until',
        '2027-01-08T23:59:59.999Z',
        '--json',
      ).out,
    ) as Played;
    expect(before.entries).toHaveLength(2);
  });

  it('PCR-1: the output of inspect --json plays as the resource it read, and by default 12 months on', () => {
    const inspected = run('inspect', inEst, '--at', at, '--est-base', '28.00USD', '--json');
    expect(inspected.code).toBe(0);
    const saved = file('inspected.json', inspected.out);
    const fromJson = run('timeline', saved, '--until', until, '--json');
    expect([fromJson.code, fromJson.err]).toEqual([0, '']);
    const fromResource = run(
      'timeline',
      inEst,
      '--at',
      at,
      '--est-base',
      '28.00USD',
      '--until',
      until,
      '--json',
    );
    expect(JSON.parse(fromJson.out)).toEqual(JSON.parse(fromResource.out));
    const year = JSON.parse(run('timeline', saved, '--json').out) as Played;
    expect(year.entries.at(-1)?.at).toBe('2027-11-09T00:00:00.000Z');
    expect(year.subscription.asOf).toBe('2027-11-25T00:00:00.000Z');
  });

  it('PCR-1: an --until before the reading, and an inspect --json whose subscription is not a state, exit 2 naming what is wrong', () => {
    const early = run('timeline', inEst, '--at', at, '--until', '2026-11-24T23:59:59.999Z');
    expect(early.code).toBe(2);
    expect(early.err).toMatch(/^error: --until: /);
    const broken = file('broken.json', {
      subscription: { status: 'active' },
      allowedActions: [],
      nextDeadline: null,
    });
    const bad = run('timeline', broken);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/broken\.json: subscription/);
  });

  it('MSG-1: timeline --locale ko writes the event types and statuses in Korean', () => {
    const { code, out } = run(
      'timeline',
      inEst,
      '--at',
      at,
      '--est-base',
      '28.00USD',
      '--until',
      until,
      '--locale',
      'ko',
    );
    expect(code).toBe(0);
    expect(out).toContain('조회');
    expect(out).toContain('활성');
    expect(out).not.toMatch(/\b(active|renewed|read)\b/);
  });
});
