import fc from 'fast-check';
import { extendedServiceTermPrice, partnerCenterPolicies } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../_errors.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });

/** r(n / d), half up, in bigint: the independent oracle. */
const halfUp = (n: bigint, d: bigint): bigint => (2n * (n % d) >= d ? n / d + 1n : n / d);

describe('extendedServiceTermPrice', () => {
  it('EST-3: a SKU with a monthly-term plan: 4.00 USD + 3 % = 4.12 a seat a month', () => {
    expect(extendedServiceTermPrice({ basePrice: usd(400) })).toEqual(usd(412));
  });

  it('EST-3, EST-7: a SKU with no monthly-term plan: 60.00 a year → its month 5.00, given as the base → + 23 % = 6.15', () => {
    expect(extendedServiceTermPrice({ basePrice: usd(500), monthlyPlan: false })).toEqual(usd(615));
  });

  it('EST-3: the uplift is rounded half up to the minor unit (decided)', () => {
    // 0.50 × 1.03 = 0.515 → 0.52; 0.49 × 1.03 = 0.5047 → 0.50
    expect(extendedServiceTermPrice({ basePrice: usd(50) })).toEqual(usd(52));
    expect(extendedServiceTermPrice({ basePrice: usd(49) })).toEqual(usd(50));
    // 0.02 × 1.23 = 0.0246 → 0.02; 0.50 × 1.23 = 0.615 → 0.62
    expect(extendedServiceTermPrice({ basePrice: usd(2), monthlyPlan: false })).toEqual(usd(2));
    expect(extendedServiceTermPrice({ basePrice: usd(50), monthlyPlan: false })).toEqual(usd(62));
    // yen have no minor unit: 1,000 × 1.03 = 1,030
    expect(extendedServiceTermPrice({ basePrice: { amount: 1000, currency: 'JPY' } })).toEqual({
      amount: 1030,
      currency: 'JPY',
    });
  });

  it('EST-1, EST-3: a policy of the caller’s own sets the uplifts; one without the section has none', () => {
    const catalog = JSON.parse(
      JSON.stringify(partnerCenterPolicies.find((p) => p.id === 'partner-center-nce-2025-04')),
    );
    const policy = {
      ...catalog,
      id: 'my-est',
      extendedServiceTerm: { ...catalog.extendedServiceTerm, monthlyPlanUplift: 0.05 },
    };
    expect(extendedServiceTermPrice({ basePrice: usd(400) }, { policy })).toEqual(usd(420));
    const { extendedServiceTerm: _omitted, ...without } = catalog;
    expect(
      errorOf(() => extendedServiceTermPrice({ basePrice: usd(400) }, { policy: without })),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'options.policy.extendedServiceTerm' });
  });

  it('EST-3: bad input is a RuleError naming the field', () => {
    expect(errorOf(() => extendedServiceTermPrice(null as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'input',
    });
    expect(errorOf(() => extendedServiceTermPrice({ basePrice: usd(-1) }))).toEqual({
      code: 'INVALID_AMOUNT',
      path: 'input.basePrice.amount',
    });
    expect(
      errorOf(() => extendedServiceTermPrice({ basePrice: usd(400), monthlyPlan: 'no' as never })),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'input.monthlyPlan' });
  });
});

describe('properties', () => {
  it('EST-3: the price is the base × (100 + uplift) / 100 rounded half up, never below the base', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.boolean(), (amount, monthlyPlan) => {
        const price = extendedServiceTermPrice({ basePrice: usd(amount), monthlyPlan });
        const uplift = monthlyPlan ? 103n : 123n;
        expect(BigInt(price.amount)).toBe(halfUp(BigInt(amount) * uplift, 100n));
        expect(price.amount).toBeGreaterThanOrEqual(amount);
      }),
    );
  });
});
