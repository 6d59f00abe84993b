import fc from 'fast-check';
import {
  type ActionMessageId,
  type AllowedAction,
  allowedActions,
  createSubscription,
  formatMessage,
  type NewCommerceAllowedAction,
} from 'subscription-rules';
import { subscription } from 'subscription-rules/arbitraries';
import { en } from 'subscription-rules/locales/en';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { licence } from '../lifecycle/newCommerce/_states.ts';
import { DAY, locales } from './_results.ts';

const iso = (ms: number): string => new Date(ms).toISOString();

/** The worked New Commerce example: 10 seats of a licence-based P1Y monthly offer at 12.50 USD. */
const seats = createSubscription(licence);
const saas = createSubscription({
  product: 'marketplace-saas',
  billingCycle: 'monthly',
  quantity: 1,
  orderedAt: '2026-11-20T10:00:00Z',
});

/** What each kind of action says in `locale`: a legacy list, then the New Commerce one. */
function descriptions(locale = en): string[][] {
  const options = { locale };
  return [
    allowedActions(saas, '2026-11-20T12:00:00Z', options).map((a) => a.description),
    allowedActions(seats, '2026-11-23T09:00:00Z', options).map((a) => a.description),
  ];
}

describe('allowed actions in four languages', () => {
  it('MSG-1: every action carries the ID and params its English description is made from', () => {
    const actions = allowedActions(seats, '2026-11-23T09:00:00Z');
    expect(actions.map((a) => [a.messageId, a.params])).toEqual([
      [
        'action.nce.cancel.prorated-credit.amount',
        { credit: { amount: 10830, currency: 'USD' }, until: '2026-11-28T00:00:00.000Z' },
      ],
      [
        'action.nce.reduce-seats.amount.next',
        {
          charge: { amount: 12500, currency: 'USD' },
          at: '2026-12-20T00:00:00.000Z',
          total: 9,
          credit: { amount: 9747, currency: 'USD' },
          until: '2026-11-28T00:00:00.000Z',
        },
      ],
      ['action.nce.end-of-term.est', { termEnd: '2027-11-20T00:00:00.000Z' }],
      ['action.nce.end-of-term.cancel', { termEnd: '2027-11-20T00:00:00.000Z' }],
      ['action.nce.schedule-renewal', { termEnd: '2027-11-20T00:00:00.000Z' }],
      ['action.nce.suspend', {}],
      [
        'action.nce.change-term.credit',
        { term: 'P3Y', billingFrequency: 'monthly', credit: { amount: 10830, currency: 'USD' } },
      ],
    ]);
    for (const action of actions) expect(formatMessage(action)).toBe(action.description);
  });

  it('MSG-1: en — exactly the descriptions of earlier releases', () => {
    expect(descriptions(en)).toEqual([
      [
        'full-credit until 2026-11-21T10:00:00.000Z',
        'suspend (needs accountOpenedAt and firstBillingPeriodStart)',
        'turn auto-renew on',
        'turn auto-renew off',
        'change the number of licenses',
      ],
      [
        'cancel for a prorated credit of $108.30 until 2026-11-28T00:00:00.000Z',
        'add seats (next charge $125.00 on 2026-12-20T00:00:00.000Z), or reduce up to 9 seats for a credit of $97.47 until 2026-11-28T00:00:00.000Z',
        'continue into the Extended Service Term: from 2027-11-20T00:00:00.000Z it continues month to month in a paid Extended Service Term until cancelled (give it a basePrice to see the amount)',
        'cancel at the term’s end: service stops on 2027-11-20T00:00:00.000Z and nothing more is billed',
        'schedule changes for the renewal on 2027-11-20T00:00:00.000Z',
        'suspend (still billed; auto-renew turns off)',
        'move to a P3Y term now, billed monthly: credit $108.30 for the unused days, and the new term is charged from now at its own price (give the change its price to see the amount)',
      ],
    ]);
  });

  it('MSG-1: ko — 크레딧, 비례 배분, 자동 갱신, 시트, 일시 중단', () => {
    expect(descriptions(ko)).toMatchInlineSnapshot(`
      [
        [
          "2026년 11월 21일 10:00 UTC까지 전액 크레딧",
          "일시 중단(accountOpenedAt 및 firstBillingPeriodStart 필요)",
          "자동 갱신 켜기",
          "자동 갱신 끄기",
          "라이선스 수 변경",
        ],
        [
          "2026년 11월 28일 00:00 UTC까지 취소하면 US$108.30 비례 배분 크레딧",
          "시트 추가(다음 청구 2026년 12월 20일 00:00 UTC에 US$125.00), 또는 2026년 11월 28일 00:00 UTC까지 시트 최대 9개를 줄이고 US$97.47 크레딧",
          "연장 서비스 기간으로 계속: 2027년 11월 20일 00:00 UTC부터 취소할 때까지 유료 연장 서비스 기간으로 매월 계속됨(금액을 보려면 basePrice를 지정하세요)",
          "약정 기간 종료 시 취소: 2027년 11월 20일 00:00 UTC에 서비스가 중지되며 더 이상 청구되지 않음",
          "2027년 11월 20일 00:00 UTC 갱신에 적용할 변경 사항 예약",
          "일시 중단(계속 청구되며 자동 갱신이 꺼짐)",
          "지금 P3Y 약정 기간으로 변경(월별 청구): 사용하지 않은 일수에 대해 US$108.30 크레딧, 새 약정 기간은 지금부터 해당 가격으로 청구됨(금액을 보려면 변경에 가격을 지정하세요)",
        ],
      ]
    `);
  });

  it('MSG-1: zh-Hans — 信用额度, 按比例, 自动续订, 席位, 暂停', () => {
    expect(descriptions(zhHans)).toMatchInlineSnapshot(`
      [
        [
          "在 2026年11月21日 UTC 10:00 之前取消可获得全额信用额度",
          "暂停（需要 accountOpenedAt 和 firstBillingPeriodStart）",
          "开启自动续订",
          "关闭自动续订",
          "更改许可证数量",
        ],
        [
          "在 2026年11月28日 UTC 00:00 之前取消可获得按比例的信用额度 US$108.30",
          "添加席位（下次收费 2026年12月20日 UTC 00:00，US$125.00），或在 2026年11月28日 UTC 00:00 之前最多减少 9 个席位，获得信用额度 US$97.47",
          "继续进入延长服务期：自 2027年11月20日 UTC 00:00 起按月继续付费的延长服务期，直至取消（提供 basePrice 以查看金额）",
          "在期限结束时取消：服务于 2027年11月20日 UTC 00:00 停止，不再计费",
          "为 2027年11月20日 UTC 00:00 的续订安排更改",
          "暂停（仍会计费；自动续订将关闭）",
          "现在改为 P3Y 期限（按月计费）：未使用天数的信用额度 US$108.30，新期限自现在起按其价格计费（为更改提供价格以查看金额）",
        ],
      ]
    `);
  });

  it('MSG-1: zh-Hant — 信用額度, 按比例分配, 自動續約, 授權, 暫停', () => {
    expect(descriptions(zhHant)).toMatchInlineSnapshot(`
      [
        [
          "在 2026年11月21日 10:00 [UTC] 之前取消可獲得全額信用額度",
          "暫停（需要 accountOpenedAt 和 firstBillingPeriodStart）",
          "開啟自動續約",
          "關閉自動續約",
          "變更授權數量",
        ],
        [
          "在 2026年11月28日 00:00 [UTC] 之前取消可獲得按比例分配的信用額度 US$108.30",
          "新增授權（下次收費 2026年12月20日 00:00 [UTC]，US$125.00），或在 2026年11月28日 00:00 [UTC] 之前最多減少 9 個授權，獲得信用額度 US$97.47",
          "繼續進入延長服務期：自 2027年11月20日 00:00 [UTC] 起按月繼續付費的延長服務期，直到取消（提供 basePrice 以查看金額）",
          "在期限結束時取消：服務於 2027年11月20日 00:00 [UTC] 停止，不再計費",
          "為 2027年11月20日 00:00 [UTC] 的續約排定變更",
          "暫停（仍會計費；自動續約將關閉）",
          "現在改為 P3Y 期限（按月計費）：未使用天數的信用額度 US$108.30，新期限自現在起依其價格計費（為變更提供價格以查看金額）",
        ],
      ]
    `);
  });

  it('MSG-1: a trial and a scheduled cancellation have their own messages, written in every locale', () => {
    const trial = createSubscription({
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      quantity: 1,
      orderedAt: '2026-11-20T10:00:00Z',
      freeTrial: true,
    });
    const ids = (list: readonly { messageId: string }[]) => list.map((a) => a.messageId);
    expect(ids(allowedActions(trial, '2026-11-21T00:00:00Z'))).toContain('action.cancel.trial');
    expect(ids(allowedActions(saas, '2026-11-22T00:00:00Z'))[0]).toBe(
      'action.cancel.cancel-at-renewal',
    );
    for (const locale of [ko, zhHans, zhHant]) {
      const [cancel] = allowedActions(saas, '2026-11-22T00:00:00Z', { locale });
      expect(cancel?.description).not.toContain('2026-12-20T10:00:00.000Z');
      expect(cancel?.description).toContain('2026');
    }
  });

  it('ERR-1: a { locale } that is not a locale is a RuleError at options.locale, for both programs', () => {
    for (const state of [saas, seats]) {
      expect(
        errorOf(() => allowedActions(state, '2026-11-23T09:00:00Z', { locale: 'ko' as never })),
      ).toEqual({ code: 'INVALID_ARGUMENT', path: 'options.locale' });
    }
  });

  it('MSG-1: action message IDs are a literal union; a misspelt one does not compile', () => {
    expectTypeOf<AllowedAction['messageId']>().toEqualTypeOf<ActionMessageId>();
    expectTypeOf<NewCommerceAllowedAction['messageId']>().toEqualTypeOf<ActionMessageId>();
    // @ts-expect-error a misspelt action message ID does not compile
    const misspelt: ActionMessageId = 'action.cancel.ful-credit';
    expect(misspelt).toBeTypeOf('string');
  });

  describe('properties', () => {
    // both programs, about half each
    const states = subscription();
    const asked = states.chain((state) =>
      fc.nat({ max: 400 * DAY }).map((wait) => ({ state, at: iso(Date.parse(state.asOf) + wait) })),
    );

    it('MSG-1: for any state and instant, { locale } changes only the description, which is formatMessage of the stored English action', () => {
      fc.assert(
        fc.property(asked, fc.constantFrom(...Object.values(locales)), ({ state, at }, locale) => {
          const english = allowedActions(state, at);
          const stored = JSON.parse(JSON.stringify(english)) as typeof english;
          const local = allowedActions(state, at, { locale });
          expect(local.map(({ description, ...rest }) => rest)).toEqual(
            english.map(({ description, ...rest }) => rest),
          );
          for (const [i, action] of stored.entries()) {
            expect(formatMessage(action)).toBe(english[i]?.description);
            expect(formatMessage(action, locale)).toBe(local[i]?.description);
            expect(local[i]?.description.trim()).not.toBe('');
          }
        }),
      );
    });
  });
});
