import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { cancellationDecision, createSubscription, transition } from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../_tempFolder.ts';
import { run } from './_run.ts';

const saas = [
  'refund',
  '--product',
  'marketplace-saas',
  '--billing',
  'monthly',
  '--ordered',
  '2026-11-20T10:00:00Z',
];
const purchase = {
  product: 'marketplace-saas',
  billingCycle: 'monthly',
  orderedAt: '2026-11-20T10:00:00Z',
} as const;
const locales = { ko, 'zh-Hans': zhHans, 'zh-Hant': zhHant } as const;

describe('--locale', () => {
  it('MSG-1: refund --locale ko prints the decision in Korean; --json carries the same message', () => {
    const { code, out } = run(...saas, '--at', '2026-11-20T22:00:00Z', '--locale', 'ko');
    expect(code).toBe(0);
    expect(out).toContain(
      '주문 후 24시간 이내에 취소됨: 다음 청구서에 전액 크레딧이 적용됩니다(기간 종료: 2026년 11월 21일 10:00 UTC).',
    );
    const json = JSON.parse(
      run(...saas, '--at', '2026-11-20T22:00:00Z', '--locale', 'ko', '--json').out,
    );
    expect(json).toEqual(cancellationDecision(purchase, '2026-11-20T22:00:00Z', { locale: ko }));
    expect(json.messageId).toBe('refund.full-credit');
  });

  it('MSG-1: --locale en and no --locale print the same English', () => {
    const at = ['--at', '2026-11-21T10:00:00Z'];
    expect(run(...saas, ...at, '--locale', 'en').out).toBe(run(...saas, ...at).out);
  });

  it('MSG-1: --locale with --input, and a timeline refusal in Traditional Chinese', () => {
    const folder = tempFolder('locale-');
    const input = join(folder, 'refund.json');
    writeFileSync(input, JSON.stringify({ purchase, at: '2026-11-21T10:00:00Z' }));
    expect(run('refund', '--input', input, '--locale', 'zh-Hans').out).toContain('信用额度');
    const scenario = join(folder, 'scenario.json');
    writeFileSync(
      scenario,
      JSON.stringify({
        subscription: { ...purchase, quantity: 1 },
        events: [{ type: 'reactivate', at: '2026-11-21T00:00:00Z' }],
        until: '2026-11-22T00:00:00Z',
      }),
    );
    const state = createSubscription({ ...purchase, quantity: 1 });
    const refused = transition(
      state,
      { type: 'reactivate', at: '2026-11-21T00:00:00Z' },
      {
        locale: zhHant,
      },
    );
    expect(refused.ok).toBe(false);
    expect(run('timeline', scenario, '--locale', 'zh-Hant').out).toContain(
      refused.ok ? '' : refused.message,
    );
  });

  it('MSG-1: an unknown --locale is a usage error naming the choices, with a suggestion', () => {
    const { code, err } = run(...saas, '--at', '2026-11-21T10:00:00Z', '--locale', 'zh-hans');
    expect(code).toBe(2);
    expect(err).toContain('--locale: expected one of en, ko, zh-Hans, zh-Hant, got "zh-hans"');
  });

  describe('properties', () => {
    it('MSG-1: refund --locale <tag> --json is the library decision with { locale }', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 40 * 86_400_000 }),
          fc.constantFrom('ko', 'zh-Hans', 'zh-Hant') as fc.Arbitrary<keyof typeof locales>,
          (wait, tag) => {
            const at = new Date(Date.parse(purchase.orderedAt) + wait).toISOString();
            const json = JSON.parse(run(...saas, '--at', at, '--locale', tag, '--json').out);
            expect(json).toEqual(cancellationDecision(purchase, at, { locale: locales[tag] }));
          },
        ),
        { numRuns: 30 },
      );
    });
  });
});
