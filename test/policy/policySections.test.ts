import {
  cancellationDecision,
  createSubscription,
  definePolicy,
  downloadLinkStatus,
  partnerCenterPolicies,
  quote,
  suspensionExpiry,
} from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';

const base = (): Record<string, any> =>
  structuredClone(partnerCenterPolicies[1]) as Record<string, any>;

const purchase = {
  product: 'marketplace-saas',
  billingCycle: 'monthly',
  orderedAt: '2026-01-01T00:00:00Z',
} as const;

type Reader = (policy: Record<string, any>) => unknown;

const readers: Record<string, Reader> = {
  cancellationDecision: (policy) =>
    cancellationDecision(purchase, '2026-01-02T00:00:00Z', { policy: policy as never }),
  createSubscription: (policy) =>
    createSubscription({ ...purchase, quantity: 1, freeTrial: true }, { policy: policy as never }),
  quote: (policy) =>
    quote(
      { listPrice: { amount: 1, currency: 'AUD' }, market: 'AU', taxRate: '0.1' },
      { policy: policy as never },
    ),
  suspensionExpiry: (policy) =>
    suspensionExpiry(
      {
        suspendedAt: '2026-03-01T00:00:00Z',
        accountOpenedAt: '2026-01-01T00:00:00Z',
        firstBillingPeriodStart: '2026-01-10T00:00:00Z',
      },
      { policy: policy as never },
    ),
  downloadLinkStatus: (policy) =>
    downloadLinkStatus(
      {
        issuedAt: '2026-01-01T00:00:00Z',
        downloads: 0,
        revoked: false,
        policyId: typeof policy.id === 'string' ? policy.id : 'partner-center-2021-03',
      },
      '2026-01-02T00:00:00Z',
      { policy: policy as never },
    ),
};

describe('a policy passed as { policy }', () => {
  it('POL-1: every catalog policy, and a JSON copy of one, decides as the catalog does', () => {
    // A New Commerce policy is refused by the legacy readers of product rules (NCE-1): the copy
    // must then be refused alike, with the same code at the same path.
    const outcome = (read: Reader, policy: Record<string, any>): unknown => {
      try {
        return read(policy);
      } catch (error) {
        const { code, path } = error as { code?: unknown; path?: unknown };
        return { threw: code, path };
      }
    };
    for (const policy of partnerCenterPolicies) {
      const copy = JSON.parse(JSON.stringify(policy));
      for (const read of Object.values(readers)) {
        expect(outcome(read, copy)).toEqual(outcome(read, policy as never));
      }
    }
  });

  it('ERR-1: a broken field is a RuleError at its path in every function that reads it, never a TypeError deep inside (found by the fuzz suite)', () => {
    const cases: [(p: Record<string, any>) => void, string, readonly string[], string?][] = [
      [
        (p) => delete p.products['marketplace-saas'],
        'options.policy.products.marketplace-saas',
        ['cancellationDecision', 'createSubscription'],
      ],
      [
        (p) => delete p.products['marketplace-saas'].cancellation.monthly.window,
        'options.policy.products.marketplace-saas.cancellation.monthly.window',
        ['cancellationDecision', 'createSubscription'],
      ],
      [
        (p) => (p.products['marketplace-saas'].cancellation.annual.window = { days: Number.NaN }),
        'options.policy.products.marketplace-saas.cancellation.annual.window.days',
        ['cancellationDecision', 'createSubscription'],
      ],
      [
        (p) => (p.products['marketplace-saas'].terms = 'P1M'),
        'options.policy.products.marketplace-saas.terms',
        ['cancellationDecision', 'createSubscription'],
      ],
      [
        (p) => (p.products['marketplace-saas'].freeTrial = 1),
        'options.policy.products.marketplace-saas.freeTrial',
        ['cancellationDecision', 'createSubscription'],
      ],
      [(p) => (p.trialDays = 0), 'options.policy.trialDays', ['createSubscription']],
      [
        (p) => (p.suspension.reasons = ['holiday']),
        'options.policy.suspension.reasons.0',
        ['suspensionExpiry'],
      ],
      [
        (p) => (p.suspension.baseDays = -1),
        'options.policy.suspension.baseDays',
        ['suspensionExpiry'],
      ],
      [
        (p) => (p.downloadLinks = { validDays: 1 }),
        'options.policy.downloadLinks.maxDownloads',
        ['downloadLinkStatus'],
      ],
      [(p) => (p.taxInclusiveMarkets = 'AU'), 'options.policy.taxInclusiveMarkets', ['quote']],
      [(p) => (p.id = 7), 'options.policy.id', Object.keys(readers)],
    ];
    for (const [breakIt, path, readBy] of cases) {
      const policy = base();
      breakIt(policy);
      for (const [name, read] of Object.entries(readers)) {
        if (readBy.includes(name)) {
          expect(
            errorOf(() => read(policy)),
            `${name} at ${path}`,
          ).toEqual({
            code: 'INVALID_ARGUMENT',
            path,
          });
        } else {
          expect(read(policy), `${name} ignores ${path}`).toEqual(read(base()));
        }
      }
    }
  });

  it('ERR-1: a policy changed after a first use is read again, never remembered', () => {
    const policy = base();
    expect(readers.cancellationDecision?.(policy)).toMatchObject({ policyId: policy.id });
    policy.products['marketplace-saas'].cancellation.monthly.window = undefined;
    expect(errorOf(() => readers.cancellationDecision?.(policy))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.policy.products.marketplace-saas.cancellation.monthly.window',
    });
  });

  it('ERR-1: a section frozen only at its top is read anew each time, since what it holds can change', () => {
    const policy = base();
    Object.freeze(policy.products['marketplace-saas']);
    expect(readers.cancellationDecision?.(policy)).toMatchObject({ policyId: policy.id });
    policy.products['marketplace-saas'].cancellation.monthly.window = { hours: 0 };
    expect(errorOf(() => readers.cancellationDecision?.(policy))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.policy.products.marketplace-saas.cancellation.monthly.window.hours',
    });
  });

  it('POL-1: what definePolicy returns is deep-frozen, so it cannot change after it was checked', () => {
    const defined = definePolicy(base());
    expect(Object.isFrozen(defined)).toBe(true);
    expect(Object.isFrozen(defined.products['marketplace-saas'].cancellation)).toBe(true);
    expect(Object.isFrozen(defined.suspension.reasons)).toBe(true);
    expect(() => {
      (defined as Record<string, any>).trialDays = 0;
    }).toThrow(TypeError);
    expect(readers.cancellationDecision?.(defined as never)).toMatchObject({
      policyId: defined.id,
    });
  });
});
