import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../_tempFolder.ts';
import { run } from '../_run.ts';

/** A file holding `value` as JSON, in a folder of its own. */
function jsonFile(value: unknown): string {
  const file = join(tempFolder('order-'), 'holdings.json');
  writeFileSync(file, JSON.stringify(value));
  return file;
}

const AT = ['--at', '2026-11-20T10:00:00Z'];
const e3 = (quantity: string, billing = 'annual') => [
  'order',
  '--offer',
  'microsoft-365-e3',
  '--quantity',
  quantity,
  '--term',
  'P3Y',
  '--billing',
  billing,
  ...AT,
];

describe('subscription-rules order', () => {
  it('ORD-10: exit 1 with one line per refusal (message, constraint id); 0 and "allowed" when allowed', () => {
    const refused = run(...e3('99', 'monthly'));
    expect(refused.code).toBe(1);
    expect(refused.out).toBe(
      [
        'at 2026-11-20T10:00:00Z',
        'policy partner-center-nce-2025-04',
        'refused: 2 constraint(s)',
        '  A P3Y subscription of microsoft-365-e3 needs at least 100 seats; the order has 99. (p3y-minimum-suites)',
        '  A P3Y subscription of microsoft-365-e3 is billed annual, triennial only; the order is billed monthly. (p3y-billing-suites)',
        '',
      ].join('\n'),
    );
    const allowed = run(...e3('100'));
    expect([allowed.code, allowed.out.split('\n')[2]]).toEqual([0, 'allowed']);
  });

  it('ORD-10: --holdings as a list or as Partner Center’s { totalCount, items }, --json, --locale ko', () => {
    const list = jsonFile([{ id: 's1', offer: 'microsoft-365-business-premium', quantity: 151 }]);
    const standard = [
      'order',
      '--offer',
      'microsoft-365-business-standard',
      '--quantity',
      '150',
      '--term',
      'P1Y',
      '--billing',
      'monthly',
      ...AT,
    ];
    const json = run(...standard, '--holdings', list, '--json');
    expect(json.code).toBe(1);
    const result = JSON.parse(json.out);
    expect([result.at, result.ok, result.refusals[0].code, result.refusals[0].actual]).toEqual([
      '2026-11-20T10:00:00Z',
      false,
      'family-cap-exceeded',
      301,
    ]);
    const resources = jsonFile({
      totalCount: 1,
      items: [
        {
          id: 'a',
          offerId: 'microsoft-365-business-premium',
          quantity: 151,
          status: 'active',
          termDuration: 'P1Y',
          billingCycle: 'monthly',
        },
      ],
    });
    const korean = run(...standard, '--holdings', resources, '--locale', 'ko');
    expect(korean.code).toBe(1);
    expect(korean.out).toContain('거부됨: 제약 조건 1개');
    expect(korean.out).toContain('이 주문으로 고객의 라이선스는 301개가 됩니다');
  });

  it('ORD-10: exit 2 naming the flag or the field for bad input', () => {
    const zero = run(...e3('0'));
    expect([zero.code, zero.err.startsWith('error: --quantity:')]).toEqual([2, true]);
    const term = run(
      'order',
      '--offer',
      'x',
      '--quantity',
      '1',
      '--term',
      'P2Y',
      '--billing',
      'monthly',
      ...AT,
    );
    expect([term.code, term.err.startsWith('error: --term:')]).toEqual([2, true]);
    const missing = run('order', '--offer', 'x', '--quantity', '1', '--term', 'P1Y', ...AT);
    expect([missing.code, missing.err.includes('--billing')]).toEqual([2, true]);
    const holdings = run(...e3('100'), '--holdings', jsonFile([{ offer: 'x', quantity: -1 }]));
    expect([holdings.code, holdings.err]).toEqual([
      2,
      expect.stringContaining('--holdings: [0].quantity'),
    ]);
  });

  it('ORD-10: --at defaults to the clock and is printed', () => {
    const now = run(
      'order',
      '--offer',
      'microsoft-365-e3',
      '--quantity',
      '100',
      '--term',
      'P1Y',
      '--billing',
      'annual',
    );
    expect(now.code).toBe(0);
    expect(now.out).toMatch(/^at \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\n/);
  });
});
