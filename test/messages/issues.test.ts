import fc from 'fast-check';
import {
  definePolicy,
  formatMessage,
  isRuleError,
  partnerCenterPolicies,
  type RuleError,
} from 'subscription-rules';
import { policy, purchase, subscription, subscriptionEvent } from 'subscription-rules/arbitraries';
import { en } from 'subscription-rules/locales/en';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import {
  type ParseIssue,
  parseEvent,
  parseMoney,
  parsePolicy,
  parsePurchase,
  parseSubscription,
  parseSubscriptionInput,
} from 'subscription-rules/schemas';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { errorOf } from '../_errors.ts';

/** A purchase with several problems at once, of each kind a parse finds. */
const badPurchase = {
  product: 'marketplace-saas',
  billingCycle: 'monthly',
  orderedAt: 'yesterday',
  price: { amount: -1, currency: 'US$' },
  extra: true,
};
/** A New Commerce purchase whose term its product is not sold with: a guard's issue, with what it got. */
const badTerm = {
  program: 'new-commerce',
  product: 'software-subscription',
  term: 'P1M',
  billingFrequency: 'monthly',
  orderedAt: '2026-01-01T00:00:00Z',
};
const issuesOf = (result: { ok: boolean; issues?: readonly ParseIssue[] }): ParseIssue[] =>
  result.ok ? [] : [...(result.issues ?? [])];

/** Every issue of the examples, written by `formatMessage` in `locale`, with its path. */
function examples(locale = en): string[] {
  const policyErrors = [0, 1].map((shapeToo) => {
    const bad = structuredClone(partnerCenterPolicies[1]) as unknown as Record<string, unknown>;
    const markets = bad.taxInclusiveMarkets as string[];
    markets.push(markets[0] as string);
    try {
      definePolicy(shapeToo === 1 ? { ...bad, trialDays: 0 } : bad);
    } catch (error) {
      return error as RuleError;
    }
    throw new Error('definePolicy accepted a bad policy');
  });
  return [
    ...issuesOf(parsePurchase(badPurchase)),
    ...issuesOf(parsePurchase(badTerm)),
    ...issuesOf(
      parseSubscriptionInput({
        product: 'marketplace-saas',
        quantity: 1,
        orderedAt: '2026-01-01T00:00:00Z',
      }),
    ),
    ...issuesOf(parseMoney({ currency: 'USD' })),
  ]
    .map((issue) => `${issue.path || '(input)'}: ${formatMessage(issue, locale)}`)
    .concat(policyErrors.map((error) => formatMessage(error, locale)));
}

describe('parse and policy issues in four languages', () => {
  it('MSG-1: every issue carries the key and params its English message is made from', () => {
    expect(
      issuesOf(parsePurchase(badPurchase)).map((i) => [i.path, i.messageId, i.params]),
    ).toEqual([
      ['orderedAt', 'expected an ISO 8601 instant with Z or ±HH:mm', {}],
      ['price.amount', 'expected a price ≥ 0', {}],
      ['price.currency', 'expected an active ISO 4217 currency code, such as USD', {}],
      ['', 'unknown key {keys}', { keys: '"extra"' }],
    ]);
    const [term] = issuesOf(parsePurchase(badTerm));
    expect(term).toMatchObject({
      path: 'term',
      messageId:
        'expected {allowed} (NCE-2: {product}, {termPath} {term}, {frequencyPath} {frequency})',
      params: expect.objectContaining({ allowed: 'P1Y or P3Y', got: '"P1M"' }),
    });
    // the guard's message, after the path its issue names already
    expect(term?.message).toMatch(/^expected P1Y or P3Y \(NCE-2: .*\), got "P1M"$/);
  });

  it('MSG-1: en — formatMessage gives each issue its English message', () => {
    expect(examples(en)).toMatchInlineSnapshot(`
      [
        "orderedAt: expected an ISO 8601 instant with Z or ±HH:mm",
        "price.amount: expected a price ≥ 0",
        "price.currency: expected an active ISO 4217 currency code, such as USD",
        "(input): unknown key "extra"",
        "term: expected P1Y or P3Y (NCE-2: software-subscription, purchase.term P1M, purchase.billingFrequency monthly), got "P1M"",
        "billingCycle: expected monthly or annual: the rules of marketplace-saas differ by billing cycle",
        "amount: is required",
        "policy: 1 issue: taxInclusiveMarkets: "AU" is listed twice",
        "policy: 1 issue: trialDays: expected an integer ≥ 1, got 0",
      ]
    `);
  });

  it('MSG-1: ko — 필수 항목, 시각, 청구 주기, 두 번 나열', () => {
    expect(examples(ko)).toMatchInlineSnapshot(`
      [
        "orderedAt: Z나 ±HH:mm이 붙은 ISO 8601 시각이어야 합니다",
        "price.amount: 0 이상의 가격이어야 합니다",
        "price.currency: USD와 같은 유효한 ISO 4217 통화 코드여야 합니다",
        "(input): 알 수 없는 키입니다: "extra"",
        "term: P1Y or P3Y이어야 합니다(NCE-2: software-subscription, purchase.term P1M, purchase.billingFrequency monthly). 받은 값: "P1M"",
        "billingCycle: monthly 또는 annual이어야 합니다. marketplace-saas의 규칙은 청구 주기에 따라 다릅니다",
        "amount: 필수 항목입니다",
        "policy: 문제 1개: taxInclusiveMarkets: "AU"이(가) 두 번 나열되었습니다",
        "policy: 문제 1개: trialDays: 1 이상의 정수여야 합니다. 받은 값: 0",
      ]
    `);
  });

  it('MSG-1: zh-Hans — 必填项, 时间点, 计费周期, 列出了两次', () => {
    expect(examples(zhHans)).toMatchInlineSnapshot(`
      [
        "orderedAt: 应为带 Z 或 ±HH:mm 的 ISO 8601 时间点",
        "price.amount: 价格应不小于 0",
        "price.currency: 应为有效的 ISO 4217 货币代码，例如 USD",
        "(input): 未知的键："extra"",
        "term: 应为 P1Y or P3Y（NCE-2：software-subscription，purchase.term P1M，purchase.billingFrequency monthly），实际为 "P1M"",
        "billingCycle: 应为 monthly 或 annual：marketplace-saas 的规则因计费周期而异",
        "amount: 为必填项",
        "policy：1 个问题：taxInclusiveMarkets："AU" 被列出了两次",
        "policy：1 个问题：trialDays：应为 ≥ 1 的整数，实际为 0",
      ]
    `);
  });

  it('MSG-1: zh-Hant — 必填項目, 時間點, 計費週期, 列出了兩次', () => {
    expect(examples(zhHant)).toMatchInlineSnapshot(`
      [
        "orderedAt: 應為帶 Z 或 ±HH:mm 的 ISO 8601 時間點",
        "price.amount: 價格應不小於 0",
        "price.currency: 應為有效的 ISO 4217 貨幣代碼，例如 USD",
        "(input): 未知的索引鍵："extra"",
        "term: 應為 P1Y or P3Y（NCE-2：software-subscription，purchase.term P1M，purchase.billingFrequency monthly），實際為 "P1M"",
        "billingCycle: 應為 monthly 或 annual：marketplace-saas 的規則因計費週期而異",
        "amount: 為必填項目",
        "policy：1 個問題：taxInclusiveMarkets："AU" 被列出了兩次",
        "policy：1 個問題：trialDays：應為 ≥ 1 的整數，實際為 0",
      ]
    `);
  });

  it('ERR-1: an issue without its message, or a locale that is not one, is a RuleError naming it', () => {
    const issue = { path: 'amount', messageId: 'is required', params: {} };
    expect(errorOf(() => formatMessage(issue as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'result.message',
    });
    expect(formatMessage(issue as never, ko)).toBe('필수 항목입니다');
    expect(errorOf(() => formatMessage({ ...issue, message: 'is required' }, {} as never))).toEqual(
      {
        code: 'INVALID_ARGUMENT',
        path: 'locale',
      },
    );
  });

  it('MSG-1: ParseIssue has a messageId and params; formatMessage takes an issue', () => {
    expectTypeOf<ParseIssue['messageId']>().toEqualTypeOf<string>();
    expectTypeOf(formatMessage).toBeCallableWith(
      { path: 'a', message: 'is required', messageId: 'is required', params: {} },
      ko,
    );
  });

  describe('properties', () => {
    /** A valid input with some of its fields replaced by anything at all. */
    const broken = <T extends object>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
      valid.chain((value) =>
        fc
          .dictionary(
            fc.constantFrom(...Object.keys(value), 'extra', 'constructor'),
            fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.constant(null)),
            { maxKeys: 3 },
          )
          .map((changes) => ({ ...value, ...changes })),
      );
    const inputs = fc.oneof(
      broken(purchase()).map((input) => parsePurchase(input)),
      broken(purchase({ program: 'new-commerce' })).map((input) => parsePurchase(input)),
      broken(subscription()).map((input) => parseSubscription(input)),
      broken(subscriptionEvent()).map((input) => parseEvent(input)),
      broken(policy()).map((input) => parsePolicy(input)),
      fc.anything().map((input) => parsePurchase(input)),
    );

    it('MSG-1: every issue of a broken input is rebuilt exactly from its key and params, and every locale has a text for its key (none falls back to English)', () => {
      let seen = 0;
      fc.assert(
        fc.property(inputs, (result) => {
          for (const issue of issuesOf(result)) {
            seen++;
            const stored = JSON.parse(JSON.stringify(issue)) as ParseIssue;
            expect(formatMessage(stored)).toBe(issue.message);
            expect(formatMessage(stored, en)).toBe(issue.message);
            for (const locale of [ko, zhHans, zhHant]) {
              expect(
                Object.hasOwn(locale.errors?.expected ?? {}, issue.messageId),
                issue.messageId,
              ).toBe(true);
              const text = formatMessage(stored, locale);
              expect(text.trim()).not.toBe('');
              expect(text).not.toBe(issue.message);
            }
          }
        }),
        { numRuns: 400 },
      );
      expect(seen).toBeGreaterThan(100);
    });

    it('MSG-1: a definePolicy error says each of its issues in every locale, none left in English', () => {
      fc.assert(
        fc.property(broken(policy()), (input) => {
          try {
            definePolicy(input as never);
          } catch (error) {
            if (!isRuleError(error)) throw error;
            for (const issue of error.issues) {
              expect(typeof issue.messageId, issue.message).toBe('string');
              for (const locale of [ko, zhHans, zhHant]) {
                expect(
                  Object.hasOwn(locale.errors?.expected ?? {}, issue.messageId as string),
                ).toBe(true);
              }
            }
          }
        }),
        { numRuns: 200 },
      );
    });
  });
});
