import { describe, expect, it } from 'vitest';
import { runCli, scratch } from './_cli.ts';

const AT = ['--at', '2026-11-20T10:00:00Z'];

describe('the built command line: order', () => {
  it('ORD-10: English: a three-year order of 99 seats is refused (exit 1), 100 allowed (exit 0)', () => {
    const base = [
      'order',
      '--offer',
      'microsoft-365-e3',
      '--term',
      'P3Y',
      '--billing',
      'annual',
      ...AT,
    ];
    const refused = runCli([...base, '--quantity', '99']);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(
      'A P3Y subscription of microsoft-365-e3 needs at least 100 seats; the order has 99. (p3y-minimum-suites)',
    );
    const allowed = runCli([...base, '--quantity', '100']);
    expect([allowed.code, allowed.out.trim().split('\n').at(-1)]).toEqual([0, 'allowed']);
  });

  it('ORD-10: Korean: the Business family cap with holdings from a file, and bad input exits 2', () => {
    const files = scratch('order-e2e-');
    const holdings = files.file([
      { id: 's1', offer: 'microsoft-365-business-premium', quantity: 151 },
    ]);
    const korean = runCli([
      'order',
      '--offer',
      'microsoft-365-business-standard',
      '--quantity',
      '150',
      '--term',
      'P1Y',
      '--billing',
      'monthly',
      '--holdings',
      holdings,
      '--locale',
      'ko',
      ...AT,
    ]);
    expect(korean.code).toBe(1);
    expect(korean.out).toContain('거부됨: 제약 조건 1개');
    expect(korean.out).toContain(
      'microsoft-365-business-standard은(는) 제품군 전체 최대 300개 라이선스 한도에 포함됩니다(business-family-300). 이 주문으로 고객의 라이선스는 301개가 됩니다. (business-family-300)',
    );
    const json = runCli([
      'order',
      '--offer',
      'microsoft-365-business-standard',
      '--quantity',
      '149',
      '--term',
      'P1Y',
      '--billing',
      'monthly',
      '--holdings',
      holdings,
      '--json',
      ...AT,
    ]);
    expect([json.code, JSON.parse(json.out).ok]).toEqual([0, true]);
    const bad = runCli([
      'order',
      '--offer',
      'microsoft-365-e3',
      '--quantity',
      'many',
      '--term',
      'P1Y',
      '--billing',
      'annual',
    ]);
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('--quantity')]);
  });
});
