import fc from 'fast-check';
import { parsePromotion, promotionSchema } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';

/** Partner Center's get-promotions sample (the fact sheet's P9 B, trimmed). */
const visio = {
  id: '39NFJQT1PJQB:0001:39NFJQT1Q5KN',
  name: 'Visio Plan 1',
  startDate: '2021-09-23T00:00:00+00:00',
  endDate: '2021-10-14T23:59:59+00:00',
  properties: { isAutoApplicable: true },
  requiredProducts: [
    {
      productId: 'CFQ7TTC0HD33',
      skuId: '0003',
      term: { duration: 'P1Y', billingCycle: 'Annual' },
      pricingPolicies: [{ policyType: 'PercentDiscount', value: '0.05' }],
    },
  ],
};

const issuesOf = (input: unknown): [string, string][] => {
  const read = parsePromotion(input);
  return read.ok ? [] : read.issues.map((issue) => [issue.path, issue.code]);
};

describe('parsePromotion', () => {
  it('PL-5: the API’s sample: policyType read as type, a fraction kept as text, the window’s instants canonical, other keys kept', () => {
    const read = parsePromotion(visio);
    expect(read).toEqual({
      ok: true,
      value: {
        ...visio,
        startDate: '2021-09-23T00:00:00.000Z',
        endDate: '2021-10-14T23:59:59.999Z',
        requiredProducts: [
          {
            productId: 'CFQ7TTC0HD33',
            skuId: '0003',
            term: { duration: 'P1Y', billingCycle: 'Annual' },
            pricingPolicies: [{ type: 'PercentDiscount', value: '0.05' }],
          },
        ],
      },
    });
    // the documentation's `type` reads the same
    const documented = {
      ...visio,
      requiredProducts: [
        {
          ...visio.requiredProducts[0],
          pricingPolicies: [{ type: 'PercentDiscount', value: '0.167' }],
        },
      ],
    };
    const other = parsePromotion(documented);
    expect(other.ok && other.value.requiredProducts[0]?.pricingPolicies).toEqual([
      { type: 'PercentDiscount', value: '0.167' },
    ]);
  });

  it('PL-5: another policy type is an issue, not a guess; a value that is no fraction too', () => {
    const policies = (pricingPolicies: unknown[]) => ({
      ...visio,
      requiredProducts: [{ ...visio.requiredProducts[0], pricingPolicies }],
    });
    expect(issuesOf(policies([{ policyType: 'FlatDiscount', value: '5' }]))).toEqual([
      ['requiredProducts.0.pricingPolicies.0.policyType', 'INVALID_ARGUMENT'],
    ]);
    expect(issuesOf(policies([{ value: '0.05' }]))).toEqual([
      ['requiredProducts.0.pricingPolicies.0.type', 'MISSING_FIELD'],
    ]);
    for (const value of ['5', '0', '1.5', '-0.05', '5%', '0,05'])
      expect(issuesOf(policies([{ type: 'PercentDiscount', value }])), value).toEqual([
        ['requiredProducts.0.pricingPolicies.0.value', 'INVALID_ARGUMENT'],
      ]);
    expect(issuesOf(policies([{ type: 'PercentDiscount', value: '1' }]))).toEqual([]);
  });

  it('ERR-2: a window that ends before it starts, a missing field, a forbidden key: issues with their paths', () => {
    expect(issuesOf({ ...visio, endDate: '2021-09-22T23:59:59.999Z' })).toEqual([
      ['endDate', 'OUT_OF_ORDER'],
    ]);
    expect(issuesOf({ ...visio, startDate: '2021-09-23' })).toEqual([
      ['startDate', 'INVALID_INSTANT'],
    ]);
    const { id: _, ...noId } = visio;
    expect(issuesOf(noId).map(([path]) => path)).toEqual(['id']);
    expect(
      issuesOf(JSON.parse('{"__proto__": {"x": 1}}')).some(([path]) => path === '__proto__'),
    ).toBe(true);
    expect(issuesOf(null)).toEqual([['', 'INVALID_ARGUMENT']]);
    expect(promotionSchema().safeParse(visio).success).toBe(true);
  });

  describe('properties', () => {
    it('parse = function both ways: what parsePromotion accepts, read again, is itself', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 999 }),
          fc.boolean(),
          fc.integer({ min: 0, max: 60 * 86_400_000 }),
          (thousandths, policyType, length) => {
            const value = `0.${String(thousandths).padStart(3, '0')}`;
            const start = Date.parse('2026-06-01T00:00:00Z');
            const input = {
              ...visio,
              startDate: new Date(start).toISOString(),
              endDate: new Date(start + length).toISOString(),
              requiredProducts: [
                {
                  ...visio.requiredProducts[0],
                  pricingPolicies: [
                    policyType
                      ? { policyType: 'PercentDiscount', value }
                      : { type: 'PercentDiscount', value },
                  ],
                },
              ],
            };
            const read = parsePromotion(input);
            if (!read.ok) throw new Error(JSON.stringify(read.issues));
            expect(parsePromotion(read.value)).toEqual(read);
            expect(parsePromotion(JSON.parse(JSON.stringify(read.value)))).toEqual(read);
          },
        ),
      );
    });
  });
});
