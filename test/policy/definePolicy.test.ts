import fc from 'fast-check';
import {
  definePolicy,
  partnerCenterPolicies,
  RuleError,
  reservationRefund,
} from 'subscription-rules';
import { parsePolicy } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function issuesOf(input: unknown): readonly { path: string; message: string }[] {
  try {
    definePolicy(input);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).code).toBe('INVALID_POLICY');
    return (error as RuleError).issues;
  }
  throw new Error('definePolicy accepted the input');
}

describe('definePolicy', () => {
  it('POL-1: a JSON copy of each catalog policy is a valid policy, returned equal', () => {
    for (const policy of partnerCenterPolicies) expect(definePolicy(copy(policy))).toEqual(policy);
  });

  it('POL-1: a changed copy keeps the change, and inForceFrom comes back in ISO UTC form', () => {
    const mine = definePolicy({
      ...copy(partnerCenterPolicies[1]),
      id: 'my-rules',
      trialDays: 14,
      inForceFrom: '2030-01-01T10:00:00+10:00',
    });
    expect(mine.trialDays).toBe(14);
    expect(mine.inForceFrom).toBe('2030-01-01T00:00:00.000Z');
  });

  it('POL-1: lists every issue at once, each with the path of its field', () => {
    const bad = copy(partnerCenterPolicies[1]) as unknown as Record<string, any>;
    bad.trialDays = -5;
    bad.products['software-perpetual'].cancellation.window = { days: -1 };
    bad.taxInclusiveMarkets = ['AU', 'AU', 'QQ'];
    bad.extra = true;
    delete bad.title;
    const paths = issuesOf(bad).map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'trialDays',
        'products.software-perpetual.cancellation.window.days',
        'taxInclusiveMarkets.2',
        'title',
        'extra',
      ]),
    );
  });

  it('RES-1, POL-1: the reservation refund limit is data: a policy may change it, and a limit not in USD or a window of no days is an issue at its path', () => {
    const mine = definePolicy({
      ...copy(partnerCenterPolicies[3]),
      id: 'my-reservation-limit',
      reservationRefunds: { limit: { amount: 2_500_000, currency: 'USD' }, window: { days: 180 } },
    });
    expect(mine.reservationRefunds).toEqual({
      limit: { amount: 2_500_000, currency: 'USD' },
      window: { days: 180 },
    });
    const bad = copy(partnerCenterPolicies[1]) as unknown as Record<string, any>;
    bad.reservationRefunds = { limit: { amount: -1, currency: 'EUR' }, window: { days: 0 } };
    expect(issuesOf(bad).map((issue) => issue.path)).toEqual([
      'reservationRefunds.limit.amount',
      'reservationRefunds.limit.currency',
      'reservationRefunds.window.days',
    ]);
    // a policy written before the limit existed keeps working, and takes the catalog's limit
    const { reservationRefunds: _, ...without } = copy(partnerCenterPolicies[1]);
    const older = definePolicy({ ...without, id: 'written-before' });
    const refund = reservationRefund(
      {
        id: 'r1',
        type: 'virtual-machines',
        term: 'P3Y',
        billingPlan: 'monthly',
        purchasedAt: '2026-01-01T00:00:00Z',
        price: { amount: 360_000, currency: 'USD' },
      },
      '2026-12-15T00:00:00Z',
      { policy: older },
    );
    expect(refund.ok && [refund.policyId, refund.limitLeft]).toEqual([
      'written-before',
      { amount: 5_000_000 - 240_000, currency: 'USD' },
    ]);
  });

  it('POL-1: a market listed twice and contradicting product rules are inconsistent', () => {
    const bad = copy(partnerCenterPolicies[0]) as unknown as Record<string, any>;
    bad.unavailableMarkets['azure-reservations'].push('AD');
    bad.products['software-plan'].freeTrial = true;
    bad.products['marketplace-saas'].billingCycleRequired = false;
    expect(issuesOf(bad)).toEqual([
      {
        path: 'unavailableMarkets.azure-reservations',
        message: '"AD" is listed twice',
        messageId: '{item} is listed twice',
        params: { item: '"AD"' },
      },
      {
        path: 'products.marketplace-saas.billingCycleRequired',
        message: 'must be true exactly when the cancellation rule differs by billing cycle',
        messageId: 'must be true exactly when the cancellation rule differs by billing cycle',
        params: {},
      },
      {
        path: 'products.software-plan.terms',
        message: 'a free trial or auto-renew toggle needs a subscription with a term',
        messageId: 'a free trial or auto-renew toggle needs a subscription with a term',
        params: {},
      },
    ]);
  });

  it('POL-1: __proto__ and constructor keys are rejected wherever they are', () => {
    const bad = JSON.parse(`{"__proto__": {"polluted": true}, "roles": {"constructor": []}}`);
    const paths = issuesOf({ ...copy(partnerCenterPolicies[1]), ...bad }).map(
      (issue) => issue.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['__proto__', 'roles.constructor']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('POL-1: an invalid inForceFrom, an empty id and a non-object are reported, never thrown as TypeError', () => {
    expect(
      issuesOf({ ...copy(partnerCenterPolicies[1]), inForceFrom: 'soon' }).map(
        (issue) => issue.path,
      ),
    ).toEqual(['inForceFrom']);
    expect(
      issuesOf({ ...copy(partnerCenterPolicies[1]), id: '' }).map((issue) => issue.path),
    ).toEqual(['id']);
    expect(issuesOf(null)).toHaveLength(1);
    expect(issuesOf([])).toHaveLength(1);
  });

  it('ERR-2: parsePolicy returns the issues instead of throwing', () => {
    expect(parsePolicy(copy(partnerCenterPolicies[0]))).toEqual({
      ok: true,
      value: partnerCenterPolicies[0],
    });
    const result = parsePolicy({ id: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.length).toBeGreaterThan(5);
  });

  describe('properties', () => {
    it('POL-1: any trial length and windows of whole positive days give a valid policy that keeps them', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 3650 }),
          fc.integer({ min: 1, max: 3650 }),
          (trialDays, days) => {
            const input = copy(partnerCenterPolicies[1]) as unknown as Record<string, any>;
            input.trialDays = trialDays;
            input.products['software-perpetual'].cancellation.window = { days };
            const policy = definePolicy(input);
            return (
              policy.trialDays === trialDays &&
              (policy.products['software-perpetual'].cancellation as { window: unknown }).window !==
                undefined
            );
          },
        ),
        { numRuns: 20 },
      );
    });

    itKeepsTheContract(
      'definePolicy',
      definePolicy,
      fc.constantFrom(...partnerCenterPolicies).map((policy) => [copy(policy)] as [unknown]),
    );
  });
});
