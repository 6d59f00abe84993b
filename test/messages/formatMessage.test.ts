import fc from 'fast-check';
import {
  cancellationDecision,
  createSubscription,
  formatMessage,
  isRuleError,
  issueDownloadLink,
  type Message,
  offerAvailability,
  recordDownload,
  transition,
} from 'subscription-rules';
import { en } from 'subscription-rules/locales/en';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { locales, messageCall } from './_results.ts';

const saas = {
  product: 'marketplace-saas',
  billingCycle: 'monthly',
  orderedAt: '2026-11-20T10:00:00Z',
} as const;
const perpetual = {
  program: 'new-commerce',
  product: 'software-perpetual',
  orderedAt: '2026-11-20T10:00:00Z',
  price: { amount: 19900, currency: 'USD' },
} as const;

/** A representative decision, refusal, offer reason and refused download, in `locale`. */
function representative(locale = en): string[] {
  const options = { locale };
  const subscription = createSubscription({ ...saas, quantity: 1 });
  const reactivate = transition(
    subscription,
    { type: 'reactivate', at: '2026-11-21T00:00:00Z' },
    options,
  );
  const seats = createSubscription({
    program: 'new-commerce',
    product: 'license-based',
    term: 'P1Y',
    billingFrequency: 'monthly',
    quantity: 10,
    orderedAt: '2026-11-20T10:00:00Z',
  });
  const reduce = transition(
    seats,
    { type: 'change-quantity', at: '2026-12-10T00:00:00Z', quantity: 1 },
    options,
  );
  const offer = offerAvailability(
    {
      offer: {
        id: 'offer-a',
        publisher: 'microsoft',
        billingType: 'license',
        segments: ['commercial'],
        productFamily: 'azure-reservations',
      },
      customer: { segment: 'education', billingCountry: 'SZ' },
      partnerId: 'partner-1',
    },
    options,
  );
  const download = recordDownload(
    issueDownloadLink('2020-06-01T00:00:30Z'),
    '2020-07-01T00:00:00Z',
    options,
  );
  return [
    cancellationDecision(saas, '2026-11-20T22:00:00Z', options).message,
    cancellationDecision(saas, '2026-11-21T10:00:00Z', options).message,
    cancellationDecision(perpetual, '2026-12-30T10:00:00.250Z', options).message,
    reactivate.ok ? '' : reactivate.message,
    reduce.ok ? '' : reduce.message,
    ...offer.reasons.map((reason) => reason.message),
    download.ok ? '' : download.message,
  ];
}

describe('formatMessage', () => {
  it('MSG-1: renders a stored result in English by default, exactly its message', () => {
    const decision = cancellationDecision(saas, '2026-11-20T22:00:00Z');
    expect(decision.messageId).toBe('refund.full-credit');
    expect(decision.params).toEqual({
      count: 24,
      unit: 'hour',
      windowEndsAt: '2026-11-21T10:00:00.000Z',
    });
    const stored = JSON.parse(JSON.stringify(decision)) as Message;
    expect(formatMessage(stored)).toBe(decision.message);
    expect(formatMessage(stored, en)).toBe(decision.message);
  });

  it('MSG-1: a result made in English and formatted in ko equals the same call with { locale: ko }', () => {
    const english = cancellationDecision(saas, '2026-11-21T10:00:00Z');
    const korean = cancellationDecision(saas, '2026-11-21T10:00:00Z', { locale: ko });
    expect(formatMessage(english, ko)).toBe(korean.message);
    expect({ ...korean, message: english.message }).toEqual(english);
  });

  it('MSG-1: instants are written in the locale, in UTC, with the zone shown; English keeps ISO', () => {
    const at = '2026-11-20T22:00:00Z';
    expect(cancellationDecision(saas, at, { locale: ko }).message).toContain(
      '2026년 11월 21일 10:00 UTC',
    );
    expect(cancellationDecision(saas, at, { locale: zhHans }).message).toContain(
      '2026年11月21日 UTC 10:00',
    );
    expect(cancellationDecision(saas, at, { locale: zhHant }).message).toContain(
      '2026年11月21日 10:00 [UTC]',
    );
    expect(cancellationDecision(saas, at).message).toContain('2026-11-21T10:00:00.000Z');
  });

  it('MSG-1: money in a parameter is written with formatMoney in the locale', () => {
    const params = { expiresAt: '2021-06-15T00:00:00.000Z' };
    expect(formatMessage({ messageId: 'download.expired', params }, ko)).toBe(
      '다운로드 링크가 2021년 6월 15일 00:00 UTC에 만료되었습니다. 새 링크를 발급하세요.',
    );
    const money = { amount: 123456, currency: 'USD' } as const;
    expect(
      formatMessage({ messageId: 'offer.country-not-supported', params: { market: money } }, ko),
    ).toBe('게시자가 US$1,234.56에서 청구되는 고객을 지원하지 않습니다.');
  });

  it('ERR-1: a result that is not one, an unknown ID, a missing or unshowable parameter, a bad locale throw RuleError', () => {
    expect(errorOf(() => formatMessage(null as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'result',
    });
    expect(errorOf(() => formatMessage({ messageId: 'refund.nope' as never, params: {} }))).toEqual(
      { code: 'INVALID_ARGUMENT', path: 'result.messageId' },
    );
    expect(errorOf(() => formatMessage({ messageId: '__proto__' as never, params: {} }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'result.messageId',
    });
    expect(errorOf(() => formatMessage({ messageId: 'download.expired', params: {} }))).toEqual({
      code: 'MISSING_FIELD',
      path: 'result.params.expiresAt',
    });
    expect(
      errorOf(() =>
        formatMessage({ messageId: 'download.limit', params: { downloads: Number.NaN } }),
      ),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'result.params.downloads' });
    expect(
      errorOf(() =>
        formatMessage({
          messageId: 'lifecycle.refused.seats-limited',
          params: { total: 1, batches: [{ quantity: 1 }] },
        }),
      ),
    ).toEqual({ code: 'MISSING_FIELD', path: 'result.params.batches.0.allowedUntil' });
    const decision = cancellationDecision(saas, '2026-11-20T22:00:00Z');
    expect(errorOf(() => formatMessage(decision, 'ko' as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'locale',
    });
    expect(
      errorOf(() => cancellationDecision(saas, '2026-11-20T22:00:00Z', { locale: 'ko' as never })),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'options.locale' });
  });

  describe('what a customer reads, reviewed for terminology', () => {
    it('MSG-1: en — a decision, a refusal, offer reasons and a refused download, as before', () => {
      expect(representative(en)).toMatchInlineSnapshot(`
        [
          "Cancelled within 24 hours of the order: full credit on the next invoice (window ends 2026-11-21T10:00:00.000Z).",
          "Requested after the 24-hour full-credit window (ended 2026-11-21T10:00:00.000Z): the cancellation is scheduled for the end of the current term, with no credit.",
          "No longer cancellable: the 30-calendar-day window ended 2026-12-21T00:00:00.000Z; the full term is billed.",
          "An active subscription cannot take reactivate.",
          "No seats can be removed now (each batch can be reduced only in its first days): schedule 1 seats for the renewal on 2027-11-20T00:00:00.000Z.",
          "Product family "azure-reservations" is not available in Eswatini (SZ).",
          "This offer is not sold to education customers.",
          "The download link expired at 2020-06-15T00:00:30.000Z; issue a new link.",
        ]
      `);
    });

    it('MSG-1: ko — 크레딧, 자동 갱신, 다시 활성화, 구독', () => {
      expect(representative(ko)).toMatchInlineSnapshot(`
        [
          "주문 후 24시간 이내에 취소됨: 다음 청구서에 전액 크레딧이 적용됩니다(기간 종료: 2026년 11월 21일 10:00 UTC).",
          "24시간의 전액 크레딧 기간(종료: 2026년 11월 21일 10:00 UTC) 이후에 요청됨: 취소는 현재 약정 기간이 끝날 때로 예약되며 크레딧은 없습니다.",
          "더 이상 취소할 수 없습니다: 30일(달력 기준) 기간이 2026년 12월 21일 00:00 UTC에 종료되었으며 약정 기간 전체가 청구됩니다.",
          "활성 상태의 구독에서는 다시 활성화 작업을 할 수 없습니다.",
          "지금은 시트를 줄일 수 없습니다(각 시트 묶음은 처음 며칠 동안만 줄일 수 있음). 2027년 11월 20일 00:00 UTC 갱신에 시트 1개를 예약하세요.",
          "제품군 "azure-reservations"은(는) Eswatini (SZ)에서 사용할 수 없습니다.",
          "이 제품은 교육 고객에게 판매되지 않습니다.",
          "다운로드 링크가 2020년 6월 15일 00시 0분 30초 UTC에 만료되었습니다. 새 링크를 발급하세요.",
        ]
      `);
    });

    it('MSG-1: zh-Hans — 信用额度, 重新激活, 订阅', () => {
      expect(representative(zhHans)).toMatchInlineSnapshot(`
        [
          "在订购后 24小时内取消：全额信用额度将计入下一张发票（窗口截止于 2026年11月21日 UTC 10:00）。",
          "请求晚于 24小时的全额信用额度窗口（已于 2026年11月21日 UTC 10:00 结束）：取消将安排在当前期限结束时生效，不提供信用额度。",
          "已无法取消：30个日历日的窗口已于 2026年12月21日 UTC 00:00 结束；将按整个期限计费。",
          "状态为活动的订阅无法执行重新激活。",
          "现在无法减少任何席位（每批席位只能在其最初几天内减少）：请为 2027年11月20日 UTC 00:00 的续订安排 1 个席位。",
          "产品系列“azure-reservations”在 Eswatini (SZ) 不可用。",
          "此产品不向教育客户销售。",
          "下载链接已于 2020年6月15日 UTC 00:00:30 过期；请颁发新链接。",
        ]
      `);
    });

    it('MSG-1: zh-Hant — 信用額度, 重新啟用, 訂用帳戶', () => {
      expect(representative(zhHant)).toMatchInlineSnapshot(`
        [
          "在訂購後 24小時內取消：全額信用額度將計入下一張發票（期間截止於 2026年11月21日 10:00 [UTC]）。",
          "要求晚於 24小時的全額信用額度期間（已於 2026年11月21日 10:00 [UTC] 結束）：取消將排定在目前期限結束時生效，不提供信用額度。",
          "已無法取消：30個日曆日的期間已於 2026年12月21日 00:00 [UTC] 結束；將按整個期限計費。",
          "狀態為作用中的訂用帳戶無法執行重新啟用。",
          "現在無法減少任何授權數（每批授權只能在其最初幾天內減少）：請為 2027年11月20日 00:00 [UTC] 的續約排定 1 個授權。",
          "產品系列「azure-reservations」在 Eswatini (SZ) 無法使用。",
          "此產品不銷售給教育客戶。",
          "下載連結已於 2020年6月15日 00:00:30 [UTC] 到期；請核發新連結。",
        ]
      `);
    });

    it(`MSG-1, TIME-6: every locale writes the same text in any process time zone (TZ=${process.env.TZ ?? 'unset'})`, () => {
      // The inline snapshots above are compared in each of the gate's three zones; this checks the
      // zones against each other within one run as well.
      const saved = process.env.TZ;
      const texts = ['UTC', 'Australia/Sydney', 'America/Los_Angeles'].map((zone) => {
        process.env.TZ = zone;
        return Object.values(locales).map((locale) => representative(locale));
      });
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
      expect(texts[1]).toEqual(texts[0]);
      expect(texts[2]).toEqual(texts[0]);
    });
  });

  describe('properties', () => {
    it('MSG-1: the English message of every result is its template filled from its params', () => {
      fc.assert(
        fc.property(messageCall, (call) => {
          for (const result of call()) expect(formatMessage(result)).toBe(result.message);
        }),
      );
    });

    it('MSG-1: { locale } gives what formatMessage gives for the English result, and changes nothing else', () => {
      fc.assert(
        fc.property(messageCall, fc.constantFrom(ko, zhHans, zhHant, en), (call, locale) => {
          const english = call();
          const localized = call({ locale });
          expect(localized.length).toBe(english.length);
          english.forEach((result, i) => {
            expect(localized[i]?.message).toBe(formatMessage(result, locale));
            expect({ ...localized[i], message: result.message }).toEqual(result);
          });
        }),
      );
    });

    it("MSG-1: every locale's message names the same parameters' values", () => {
      fc.assert(
        fc.property(messageCall, fc.constantFrom(ko, zhHans, zhHant), (call, locale) => {
          for (const result of call({ locale })) {
            const text = result.message;
            expect(text.trim()).not.toBe('');
            for (const [name, value] of Object.entries(result.params)) {
              if (typeof value === 'number') expect(text, name).toContain(String(value));
              else if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) {
                const date = new Date(value);
                expect(text, name).toContain(String(date.getUTCFullYear()));
                expect(text, name).toContain('UTC');
              } else if (typeof value === 'string') {
                const word = (locale.words as Readonly<Record<string, string>>)[value];
                expect(text, name).toContain(word ?? value);
              }
            }
          }
        }),
      );
    });

    it('MSG-1: formatMessage is deterministic and does not mutate', () => {
      fc.assert(
        fc.property(
          messageCall,
          fc.constantFrom(undefined, ko, zhHans, zhHant, en),
          (call, locale) => {
            for (const result of call()) {
              const frozen = deepFreeze(structuredClone(result));
              const first = formatMessage(frozen, locale);
              expect(formatMessage(frozen, locale)).toBe(first);
              expect(formatMessage(JSON.parse(JSON.stringify(result)), locale)).toBe(first);
              expect(frozen).toEqual(result);
            }
          },
        ),
      );
    });

    it('ERR-1: formatMessage on anything else throws only RuleError', () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (result, params) => {
          for (const input of [result, { messageId: 'download.limit', params }]) {
            try {
              formatMessage(input as never, ko);
            } catch (error) {
              expect(isRuleError(error)).toBe(true);
            }
          }
        }),
      );
    });
  });
});
