import fc from 'fast-check';
import {
  definePolicy,
  type NewCommercePolicy,
  partnerCenterPolicies,
  policyAt,
  RuleError,
} from 'subscription-rules';
import { parsePolicy } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { epochMs } from '../_arbitraries.ts';
import { ruleErrorOf } from '../_errors.ts';
import { parseInstant, requireNewCommerceBilling, windowEndAt } from '../_private.ts';

const nce = { program: 'new-commerce' } as const;
const copy = <T>(value: T): any => JSON.parse(JSON.stringify(value));

describe('New Commerce policies', () => {
  it.each([
    ['2022-03-17T23:59:59.999Z', 'partner-center-nce-2021-10'],
    ['2022-03-18T00:00:00.000Z', 'partner-center-nce-2022-03'],
    ['2022-07-10T23:59:59.999Z', 'partner-center-nce-2022-03'],
    ['2022-07-11T00:00:00.000Z', 'partner-center-nce-2022-07'],
    ['2023-01-17T23:59:59.999Z', 'partner-center-nce-2022-07'],
    ['2023-01-18T00:00:00.000Z', 'partner-center-nce-2023-01'],
    ['2025-03-31T23:59:59.999Z', 'partner-center-nce-2023-01'],
    ['2025-04-01T00:00:00.000Z', 'partner-center-nce-2025-04'],
    ['2015-01-01T00:00:00.000Z', 'partner-center-nce-2021-10'],
  ])('NCE-1: policyAt(%s, { program: "new-commerce" }) is %s', (instant, id) => {
    expect(policyAt(instant, nce).id).toBe(id);
    expect(policyAt(instant, nce).program).toBe('new-commerce');
  });

  it('NCE-1: the default program is legacy, and an unknown program is INVALID_ARGUMENT at options.program', () => {
    expect(policyAt('2024-01-01T00:00:00Z').id).toBe('partner-center-2021-03');
    expect(policyAt('2024-01-01T00:00:00Z', { program: 'legacy' }).program).toBe('legacy');
    const error = ruleErrorOf(() => policyAt('2024-01-01T00:00:00Z', { program: 'csp' as never }));
    expect(error).toBeInstanceOf(RuleError);
    expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'options.program']);
  });

  it('NCE-1: the catalog lists the legacy policies first, then the New Commerce ones oldest first, each with its program', () => {
    expect(partnerCenterPolicies.map((policy) => [policy.program, policy.inForceFrom])).toEqual([
      ['legacy', null],
      ['legacy', '2021-03-08T00:00:00.000Z'],
      ['new-commerce', null],
      ['new-commerce', '2022-03-18T00:00:00.000Z'],
      ['new-commerce', '2022-07-11T00:00:00.000Z'],
      ['new-commerce', '2023-01-18T00:00:00.000Z'],
      ['new-commerce', '2025-04-01T00:00:00.000Z'],
    ]);
    for (const policy of partnerCenterPolicies.slice(2)) {
      expect(policy.sources.length).toBeGreaterThan(0);
      expect(
        policy.sources.every((source) => source.url.startsWith('https://learn.microsoft.com/')),
      ).toBe(true);
    }
  });

  it('POL-1: every catalog policy cites each source by title, URL and date, as a reader can look it up (never by an internal file name)', () => {
    for (const policy of partnerCenterPolicies)
      for (const source of policy.sources) {
        expect(Object.keys(source)).toEqual(['title', 'url', 'date', 'about']);
        expect(source.title.length).toBeGreaterThan(5);
        expect(source.url).toMatch(
          /^https:\/\/learn\.microsoft\.com\/(partner-center|azure\/cost-management-billing)\/\S+$/,
        );
        expect(source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(JSON.stringify(source)).not.toMatch(/\.md\b|\d{3}_[0-9a-f]{16}/);
      }
  });

  it('NCE-1, NCE-11: the windows of each New Commerce policy: 72 hours then 7 calendar days for licences, 30 then 7 for software subscriptions, perpetual 30 calendar days, SaaS 24 h / 14 d then 72 hours', () => {
    const [, , p2021, p2203, p2207, p2301] = partnerCenterPolicies;
    const windowOf = (rule: unknown) => (rule as { window: unknown }).window;
    expect(windowOf(p2021.products['license-based'].cancellation)).toEqual({ hours: 72 });
    expect(windowOf(p2203.products['license-based'].cancellation)).toEqual({ calendarDays: 7 });
    expect(windowOf(p2203.products['software-subscription'].cancellation)).toEqual({
      calendarDays: 30,
    });
    expect(windowOf(p2207.products['software-subscription'].cancellation)).toEqual({
      calendarDays: 7,
    });
    for (const policy of [p2021, p2203, p2207, p2301]) {
      expect(windowOf(policy.products['software-perpetual'].cancellation)).toEqual({
        calendarDays: 30,
      });
      expect(policy.products['marketplace-usage'].cancellation).toMatchObject({
        outcome: 'no-refund',
        rule: 'REF-4',
      });
    }
    expect(p2207.products['marketplace-saas'].cancellation).toMatchObject({
      monthly: { window: { hours: 24 } },
      annual: { window: { days: 14 } },
    });
    expect(windowOf(p2301.products['marketplace-saas'].cancellation)).toEqual({ hours: 72 });
    expect(p2207.products['license-based'].cancellation).toEqual({
      type: 'term-window',
      window: { calendarDays: 7 },
      firstDay: 'full-credit',
      within: 'prorated-credit',
      after: 'not-cancellable',
      rule: 'NCE-4',
    });
  });

  it('MID-2: every policy until partner-center-nce-2025-04 lets a P3Y term switch monthly ⇄ annual mid-term (licence-based, software subscription, SaaS); partner-center-nce-2025-04 none, with the windows of partner-center-nce-2023-01', () => {
    const p2301 = partnerCenterPolicies[5];
    const p2504 = partnerCenterPolicies[6];
    const triennial = [{ term: 'P3Y', frequencies: ['monthly', 'annual'] }];
    for (const policy of partnerCenterPolicies.slice(2, 6) as (typeof p2301)[]) {
      expect(policy.products['license-based'].midTermFrequencyChanges).toEqual(triennial);
      expect(policy.products['software-subscription'].midTermFrequencyChanges).toEqual(triennial);
      expect(policy.products['marketplace-saas'].midTermFrequencyChanges).toEqual(triennial);
      expect(policy.products['software-perpetual'].midTermFrequencyChanges).toEqual([]);
      expect(policy.products['marketplace-usage'].midTermFrequencyChanges).toEqual([]);
    }
    for (const product of Object.values(p2504.products))
      expect(product.midTermFrequencyChanges).toEqual([]);
    for (const [name, rules] of Object.entries(p2504.products))
      expect(rules.cancellation).toEqual(
        p2301.products[name as keyof typeof p2301.products].cancellation,
      );
  });

  it('MID-2: a frequency change with an unknown term or frequency, or not a list, is refused by both checks at its path; a policy without the key is accepted', () => {
    for (const [change, path] of [
      [
        { term: 'P5Y', frequencies: ['monthly'] },
        'products.license-based.midTermFrequencyChanges.0.term',
      ],
      [
        { term: 'P3Y', frequencies: ['weekly'] },
        'products.license-based.midTermFrequencyChanges.0.frequencies.0',
      ],
      [{ term: 'P3Y' }, 'products.license-based.midTermFrequencyChanges.0.frequencies'],
    ] as const) {
      const policy = copy(partnerCenterPolicies[5]);
      policy.products['license-based'].midTermFrequencyChanges = [change];
      expect(parsePolicy(policy).ok).toBe(false);
      expect(ruleErrorOf(() => definePolicy(policy)).path).toBe(path);
    }
    // one written before the key keeps working
    const older = copy(partnerCenterPolicies[5]);
    delete older.products['license-based'].midTermFrequencyChanges;
    expect(parsePolicy(older).ok).toBe(true);
    expect(
      (definePolicy(older) as NewCommercePolicy).products['license-based'].midTermFrequencyChanges,
    ).toBeUndefined();
    const notList = copy(partnerCenterPolicies[5]);
    notList.products['license-based'].midTermFrequencyChanges = 'P3Y';
    expect(parsePolicy(notList).ok).toBe(false);
    expect(ruleErrorOf(() => definePolicy(notList)).path).toBe(
      'products.license-based.midTermFrequencyChanges',
    );
  });

  it('NCE-1: definePolicy and parsePolicy accept a JSON copy of every New Commerce policy and return it unchanged', () => {
    for (const policy of partnerCenterPolicies.slice(2)) {
      expect(definePolicy(copy(policy))).toEqual(policy);
      expect(parsePolicy(copy(policy))).toEqual({ ok: true, value: policy });
    }
  });

  it('NCE-1: a term window in a legacy policy, legacy products in a New Commerce one, and terms on a New Commerce product are refused by both checks', () => {
    const legacy = copy(partnerCenterPolicies[1]);
    legacy.products['software-subscription'].cancellation = copy(
      partnerCenterPolicies[5].products['license-based'].cancellation,
    );
    const wrongProducts = copy(partnerCenterPolicies[5]);
    wrongProducts.products['windows-7-esu'] = copy(
      partnerCenterPolicies[1].products['windows-7-esu'],
    );
    const withTerms = copy(partnerCenterPolicies[5]);
    withTerms.products['license-based'].terms = ['P1Y'];
    const badProgram = { ...copy(partnerCenterPolicies[5]), program: 'csp' };
    for (const input of [legacy, wrongProducts, withTerms, badProgram]) {
      expect(parsePolicy(input).ok).toBe(false);
      expect(ruleErrorOf(() => definePolicy(input)).code).toBe('INVALID_POLICY');
    }
    expect(ruleErrorOf(() => definePolicy(withTerms)).path).toBe('products.license-based.terms');
  });

  it('NCE-3: a { calendarDays } window is accepted by both checks in either program, a { calendarDays: 0 } refused', () => {
    const legacy = copy(partnerCenterPolicies[1]);
    legacy.products['software-perpetual'].cancellation.window = { calendarDays: 30 };
    expect(definePolicy(legacy).products['software-perpetual'].cancellation).toMatchObject({
      window: { calendarDays: 30 },
    });
    expect(parsePolicy(legacy).ok).toBe(true);
    legacy.products['software-perpetual'].cancellation.window = { calendarDays: 0 };
    expect(parsePolicy(legacy).ok).toBe(false);
    expect(ruleErrorOf(() => definePolicy(legacy)).path).toBe(
      'products.software-perpetual.cancellation.window.calendarDays',
    );
  });

  it('NCE-3, NCE-11: hours and days windows are TIME-2 exact, calendar days close at a UTC midnight', () => {
    const open = parseInstant('2026-11-20T10:00:00Z', 'open');
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(iso(windowEndAt(open, { hours: 72 }))).toBe('2026-11-23T10:00:00.000Z');
    expect(iso(windowEndAt(open, { days: 14 }))).toBe('2026-12-04T10:00:00.000Z');
    expect(iso(windowEndAt(open, { calendarDays: 7 }))).toBe('2026-11-28T00:00:00.000Z');
  });

  it.each([
    ['license-based', 'P1M', 'monthly'],
    ['license-based', 'P1Y', 'annual'],
    ['license-based', 'P1Y', 'monthly'],
    ['license-based', 'P3Y', 'triennial'],
    ['license-based', 'P3Y', 'annual'],
    ['license-based', 'P3Y', 'monthly'],
    ['software-subscription', 'P1Y', 'annual'],
    ['software-subscription', 'P1Y', 'monthly'],
    ['software-subscription', 'P3Y', 'triennial'],
    ['marketplace-saas', 'P1M', 'monthly'],
    ['marketplace-saas', 'P2Y', 'annual'],
    ['marketplace-saas', 'P3Y', 'monthly'],
  ] as const)('NCE-2: %s with %s billed %s is a valid combination', (product, term, frequency) => {
    expect(() => requireNewCommerceBilling(product, term, frequency, 'purchase')).not.toThrow();
  });

  it.each([
    ['license-based', 'P1M', 'annual', 'purchase.billingFrequency'],
    ['license-based', 'P1Y', 'triennial', 'purchase.billingFrequency'],
    ['license-based', 'P2Y', 'monthly', 'purchase.term'],
    ['software-subscription', 'P1M', 'monthly', 'purchase.term'],
    ['software-subscription', 'P1Y', 'triennial', 'purchase.billingFrequency'],
    ['marketplace-saas', 'P1M', 'annual', 'purchase.billingFrequency'],
    ['marketplace-saas', 'P3Y', 'triennial', 'purchase.billingFrequency'],
  ] as const)(
    'NCE-2: %s with %s billed %s is INVALID_ARGUMENT at %s, the message naming both fields',
    (product, term, frequency, path) => {
      const error = ruleErrorOf(() =>
        requireNewCommerceBilling(product, term, frequency, 'purchase'),
      );
      expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', path]);
      expect(error.message).toContain(
        path === 'purchase.term' ? 'purchase.billingFrequency' : 'purchase.term',
      );
    },
  );

  it('NCE-2: a missing term or billing frequency is MISSING_FIELD at its path', () => {
    expect(
      ruleErrorOf(() => requireNewCommerceBilling('license-based', undefined, 'monthly', 'input'))
        .path,
    ).toBe('input.term');
    expect(
      ruleErrorOf(() => requireNewCommerceBilling('license-based', 'P1Y', undefined, 'input')).code,
    ).toBe('MISSING_FIELD');
  });

  describe('properties', () => {
    it('NCE-1: the New Commerce policy in force never goes back to an older one as the instant moves later', () => {
      fc.assert(
        fc.property(epochMs, epochMs, (a, b) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const index = (ms: number) => partnerCenterPolicies.indexOf(policyAt(new Date(ms), nce));
          return index(early) >= 2 && index(early) <= index(late);
        }),
      );
    });
  });
});
