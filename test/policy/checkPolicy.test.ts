import {
  cancellationDecision,
  createSubscription,
  definePolicy,
  partnerCenterPolicies,
  quote,
} from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { checkPolicy } from '../_private.ts';

const base = (): Record<string, any> =>
  structuredClone(partnerCenterPolicies[1]) as Record<string, any>;

describe('checkPolicy', () => {
  it('POL-1: every catalog policy, and a JSON copy of one, passes', () => {
    for (const policy of partnerCenterPolicies) {
      expect(checkPolicy(policy, 'p')).toBe(policy);
      expect(checkPolicy(JSON.parse(JSON.stringify(policy)), 'p')).toEqual(policy);
    }
  });

  it('ERR-1: a policy passed in options with a broken field is a RuleError at that field, never a TypeError deep inside (found by the fuzz suite)', () => {
    const cases: [(p: Record<string, any>) => void, string, string?][] = [
      [(p) => delete p.products['marketplace-usage'], 'options.policy.products.marketplace-usage'],
      [
        (p) => delete p.products['marketplace-saas'].cancellation.monthly.window,
        'options.policy.products.marketplace-saas.cancellation.monthly.window',
      ],
      [
        (p) => (p.products['software-perpetual'].cancellation.window = { days: Number.NaN }),
        'options.policy.products.software-perpetual.cancellation.window.days',
      ],
      [
        (p) => (p.products['marketplace-saas'].terms = 'P1M'),
        'options.policy.products.marketplace-saas.terms',
      ],
      [
        (p) => (p.products['windows-7-esu'].freeTrial = 1),
        'options.policy.products.windows-7-esu.freeTrial',
      ],
      [(p) => (p.trialDays = 0), 'options.policy.trialDays'],
      [(p) => (p.suspension.reasons = ['holiday']), 'options.policy.suspension.reasons.0'],
      [(p) => (p.downloadLinks = { validDays: 1 }), 'options.policy.downloadLinks.maxDownloads'],
      [(p) => (p.roles['buy-software'] = null), 'options.policy.roles.buy-software'],
      [(p) => (p.title = Object.create(null)), 'options.policy.title'],
      [
        (p) => (p.inForceFrom = '2021-02-30T00:00:00Z'),
        'options.policy.inForceFrom',
        'INVALID_INSTANT',
      ],
      [(p) => (p.sources[0].date = Number.NaN), 'options.policy.sources.0.date'],
    ];
    const purchase = {
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      orderedAt: '2026-01-01T00:00:00Z',
    } as const;
    for (const [breakIt, path, code = 'INVALID_ARGUMENT'] of cases) {
      const policy = base();
      breakIt(policy);
      expect(
        errorOf(() =>
          cancellationDecision(purchase, '2026-01-02T00:00:00Z', { policy: policy as never }),
        ),
      ).toEqual({
        code,
        path,
      });
      expect(
        errorOf(() =>
          quote(
            { listPrice: { amount: 1, currency: 'AUD' }, market: 'AU', taxRate: '0.1' },
            { policy: policy as never },
          ),
        ),
      ).toEqual({ code, path });
      expect(
        errorOf(() =>
          createSubscription({ ...purchase, quantity: 1 }, { policy: policy as never }),
        ),
      ).toEqual({ code, path });
    }
  });

  it('ERR-1: a policy changed after a first use is checked again; only what definePolicy returns (deep-frozen) is trusted', () => {
    const purchase = {
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      orderedAt: '2026-01-01T00:00:00Z',
    } as const;
    const policy = base();
    expect(
      cancellationDecision(purchase, '2026-01-02T00:00:00Z', { policy: policy as never }).policyId,
    ).toBe(policy.id);
    policy.products['marketplace-saas'].cancellation.monthly.window = undefined;
    expect(
      errorOf(() =>
        cancellationDecision(purchase, '2026-01-02T00:00:00Z', { policy: policy as never }),
      ),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.policy.products.marketplace-saas.cancellation.monthly.window',
    });
    const defined = definePolicy(base());
    expect(Object.isFrozen(defined)).toBe(true);
    expect(Object.isFrozen(defined.products['marketplace-saas'].cancellation)).toBe(true);
    expect(Object.isFrozen(defined.suspension.reasons)).toBe(true);
    expect(() => {
      (defined as Record<string, any>).trialDays = 0;
    }).toThrow(TypeError);
    expect(
      cancellationDecision(purchase, '2026-01-02T00:00:00Z', { policy: defined }).policyId,
    ).toBe(defined.id);
  });
});
