import fc from 'fast-check';
import { createSubscription, type NewCommerceSubscription } from 'subscription-rules';
import { promotionResource } from 'subscription-rules/arbitraries';
import { parsePromotion } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { sameSamplesForOneSeed } from './_check.ts';

const FREQUENCY = { Monthly: 'monthly', Annual: 'annual' } as const;

describe('promotionResource()', () => {
  it('PL-5: every drawn resource is one parsePromotion reads, its keys kept and its end read to the last millisecond', () => {
    fc.assert(
      fc.property(promotionResource(), (resource) => {
        const read = parsePromotion(resource);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.value.id).toBe(resource.id);
        expect(read.value.name).toBe(resource.name);
        expect(read.value.endDate).toBe(`${String(resource.endDate).slice(0, 19)}.999Z`);
        expect(read.value.requiredProducts).toHaveLength(
          (resource.requiredProducts as unknown[]).length,
        );
      }),
    );
  });

  it('PL-5: parse = function both ways: a drawn resource whose policy is not PercentDiscount, or whose value is no fraction, is refused at that policy', () => {
    fc.assert(
      fc.property(
        promotionResource(),
        fc.constantFrom({ type: 'FixedPrice' }, { value: '5%' }, { value: '1.5' }),
        (resource, spoil) => {
          const products = resource.requiredProducts as Record<string, unknown>[];
          const first = products[0] as Record<string, unknown>;
          const [policy] = first.pricingPolicies as Record<string, unknown>[];
          const key = 'type' in (policy as object) ? 'type' : 'policyType';
          const bad = {
            ...(policy as object),
            ...('type' in spoil ? { [key]: spoil.type } : spoil),
          };
          const read = parsePromotion({
            ...resource,
            requiredProducts: [{ ...first, pricingPolicies: [bad] }, ...products.slice(1)],
          });
          expect(read.ok).toBe(false);
          if (read.ok) return;
          expect(
            read.issues.some((issue) =>
              issue.path.startsWith('requiredProducts.0.pricingPolicies.0'),
            ),
          ).toBe(true);
        },
      ),
    );
  });

  it('PL-5: a drawn promotion applied to a purchase inside its window, of its product, term and cycle, takes r(price × (1 − value)) for the term', () => {
    fc.assert(
      fc.property(
        promotionResource({ maxProducts: 1 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (resource, cents, where) => {
          const read = parsePromotion(resource);
          if (!read.ok) throw new Error('unread');
          const promotion = read.value;
          const product = promotion.requiredProducts[0];
          if (product === undefined) throw new Error('no product');
          const start = Date.parse(promotion.startDate);
          const end = Date.parse(promotion.endDate);
          const orderedAt = new Date(start + Math.floor((end - start) * where)).toISOString();
          const term = product.term.duration as 'P1M' | 'P1Y' | 'P3Y';
          const billingFrequency =
            FREQUENCY[product.term.billingCycle as keyof typeof FREQUENCY] ?? 'monthly';
          const bought = createSubscription({
            program: 'new-commerce',
            product: 'license-based',
            term,
            billingFrequency,
            quantity: 3,
            orderedAt,
            price: { amount: cents, currency: 'USD' },
            priceKey: {
              ProductId: product.productId,
              SkuId: product.skuId,
              Market: 'US',
              Currency: 'USD',
              Segment: 'Commercial',
            },
            promotion,
          } as never) as NewCommerceSubscription;
          const [units, fraction = ''] = (product.pricingPolicies[0]?.value ?? '0').split('.');
          const scale = 10 ** fraction.length;
          const off = Number(units) * scale + Number(fraction || '0');
          // half away from zero, in integers: (cents × (scale − off) + scale / 2) ÷ scale
          const expected = Math.floor((cents * (scale - off) + scale / 2) / scale);
          expect(bought.price?.amount).toBe(expected);
          expect(bought.promotion?.promotionId).toBe(promotion.id);
          expect(bought.promotion?.listPrice).toEqual({ amount: cents, currency: 'USD' });
        },
      ),
    );
  });

  it('PL-5: it draws both policy keys and several products', () => {
    const drawn = fc.sample(promotionResource(), { seed: 7, numRuns: 200 });
    const policies = drawn.flatMap((r) =>
      (r.requiredProducts as { pricingPolicies: object[] }[]).flatMap((p) => p.pricingPolicies),
    );
    expect(policies.some((p) => 'type' in p)).toBe(true);
    expect(policies.some((p) => 'policyType' in p)).toBe(true);
    expect(drawn.some((r) => (r.requiredProducts as unknown[]).length > 1)).toBe(true);
  });

  it('ERR-1: bad constraints are a RuleError naming them', () => {
    expect(errorOf(() => promotionResource({ maxProducts: 0 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.maxProducts.max',
    });
    expect(errorOf(() => promotionResource(1 as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints',
    });
  });

  it('PURE-1: one seed, the same samples', () => {
    sameSamplesForOneSeed(() => promotionResource());
  });
});
