import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { Money } from '../pricing/money.ts';
import { exactDecimal } from './_internal/exactDecimal.ts';
import { readPromotion } from './readPromotion.ts';
import type { AppliedPromotion, PriceStateKey, Promotion } from './types.ts';

/** A plan's billing frequency as a promotion's `billingCycle` writes it. */
const CYCLES: Readonly<Record<string, string>> = {
  monthly: 'Monthly',
  annual: 'Annual',
  triennial: 'Triennial',
};

/** Why a promotion does not apply to a plan at an instant, or `undefined` when it does. */
export type PromotionMiss =
  | { readonly reason: 'no-key' }
  | { readonly reason: 'outside-window'; readonly at: string }
  | { readonly reason: 'no-product' };

/**
 * A caller's `options.promotions`, read where they enter: `undefined`, or a list of Partner
 * Center's promotion resources (each as {@link parsePromotion} reads it).
 *
 * @param options - The caller's options.
 * @returns The promotions read, or `undefined`.
 * @throws {@link RuleError} at `options.promotions…`.
 */
export function optionsPromotions(options: unknown): readonly Promotion[] | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const list = (options as { promotions?: unknown }).promotions;
  if (list === undefined) return undefined;
  if (!Array.isArray(list))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options.promotions', 'expected a list', list);
  return list.map((item, i) => readPromotion(item, `options.promotions.${i}`));
}

/**
 * Whether a promotion applies to a plan at an instant (PL-5): the instant inside its window
 * (`startDate ≤ at ≤ endDate`, the end inclusive to its last millisecond, PL-7), and one of its
 * required products the key's product and SKU (any case) with the plan's term and billing cycle.
 *
 * @returns `undefined` when it applies, else why not.
 */
export function promotionMiss(
  promotion: Promotion,
  key: PriceStateKey | undefined,
  term: string,
  billingFrequency: string,
  atMs: number,
  at: string,
): PromotionMiss | undefined {
  if (key === undefined) return { reason: 'no-key' };
  if (atMs < Date.parse(promotion.startDate) || atMs > Date.parse(promotion.endDate))
    return { reason: 'outside-window', at };
  const product = key.ProductId.trim().toUpperCase();
  const sku = key.SkuId.trim().toUpperCase();
  const cycle = CYCLES[billingFrequency] ?? billingFrequency;
  const covered = promotion.requiredProducts.some(
    (p) =>
      p.productId.trim().toUpperCase() === product &&
      p.skuId.trim().toUpperCase() === sku &&
      p.term.duration === term &&
      p.term.billingCycle === cycle,
  );
  return covered ? undefined : { reason: 'no-product' };
}

/**
 * The key a promotion is matched by (PL-5): the state's `priceKey`, else the product and SKU of the
 * offer it bought (`CFQ7TTC0HD33:0003:…`, the Partner Center reader's `offerId`) — a promotion
 * names a product and SKU only — else none.
 *
 * @param priceKey - The state's key, when it has one.
 * @param offerId - The state's offer, when it has one.
 * @returns The key, or `undefined`.
 */
export function promotionKey(
  priceKey: PriceStateKey | undefined,
  offerId: string | undefined,
): PriceStateKey | undefined {
  if (priceKey !== undefined) return priceKey;
  const [ProductId = '', SkuId = ''] = (offerId ?? '').split(':');
  return ProductId === '' || SkuId === ''
    ? undefined
    : { ProductId, SkuId, Market: '', Currency: '', Segment: '' };
}

/**
 * The promotion a plan takes at an instant (PL-5): of `promotions`, the one with id `keep` when it
 * applies (a term's own promotion is kept), else the first that applies, else none.
 *
 * @returns The promotion, or `undefined`.
 */
export function promotionFor(
  promotions: readonly Promotion[] | undefined,
  keep: string | undefined,
  key: PriceStateKey | undefined,
  term: string,
  billingFrequency: string,
  atMs: number,
  at: string,
): Promotion | undefined {
  if (promotions === undefined || key === undefined) return undefined;
  const applies = (p: Promotion) =>
    promotionMiss(p, key, term, billingFrequency, atMs, at) === undefined;
  return promotions.find((p) => p.id === keep && applies(p)) ?? promotions.find((p) => applies(p));
}

/**
 * A price with a promotion applied (PL-5): r(price × (1 − value)), half away from zero
 * (**decided**: the fact sheet found no rounding rule; the one rounding every price of the library
 * takes), in exact integer arithmetic — 150.00 at 5 % is 142.50. The discount is the sum of the
 * promotion's `PercentDiscount` policies for the plan (Partner Center's samples show one), capped
 * at the whole price.
 *
 * @param promotion - The promotion.
 * @param price - The list's period price.
 * @param term - The plan's term, to pick the required product's policies.
 * @param billingFrequency - The plan's billing frequency.
 * @returns The promotion as applied, with the discounted price.
 */
export function applyPromotion(
  promotion: Promotion,
  price: Money,
  key: PriceStateKey,
  term: string,
  billingFrequency: string,
): { readonly price: Money; readonly applied: AppliedPromotion } {
  const product = key.ProductId.trim().toUpperCase();
  const sku = key.SkuId.trim().toUpperCase();
  const cycle = CYCLES[billingFrequency] ?? billingFrequency;
  const item = promotion.requiredProducts.find(
    (p) =>
      p.productId.trim().toUpperCase() === product &&
      p.skuId.trim().toUpperCase() === sku &&
      p.term.duration === term &&
      p.term.billingCycle === cycle,
  );
  // each policy's fraction exactly, summed at the finest scale written
  let off = 0n;
  let scale = 0;
  for (const policy of item?.pricingPolicies ?? []) {
    const fraction = exactDecimal(policy.value) as { units: number; scale: number };
    if (fraction.scale > scale) {
      off *= 10n ** BigInt(fraction.scale - scale);
      scale = fraction.scale;
    }
    off += BigInt(fraction.units) * 10n ** BigInt(scale - fraction.scale);
  }
  const value = off >= 10n ** BigInt(scale) ? '1' : policyText(off, scale);
  return {
    price: discounted(price, value),
    applied: {
      promotionId: promotion.id,
      value,
      startDate: promotion.startDate,
      endDate: promotion.endDate,
      listPrice: { amount: price.amount, currency: price.currency },
    },
  };
}

/**
 * r(price × (1 − value)), half away from zero, exactly (PL-5): 15000 at `'0.05'` is 14250.
 *
 * @param price - The list's period price.
 * @param value - The fraction off, decimal text at most 1.
 * @returns The discounted price.
 */
export function discounted(price: Money, value: string): Money {
  const fraction = exactDecimal(value) as { units: number; scale: number };
  const whole = 10n ** BigInt(fraction.scale);
  const off = BigInt(fraction.units);
  const keep = off >= whole ? 0n : whole - off;
  // a price is never negative: half away from zero is half up
  const amount = Number((BigInt(price.amount) * keep * 2n + whole) / (2n * whole));
  return { amount, currency: price.currency };
}

/** `units × 10^−scale` as decimal text (`5n, 2` → `'0.05'`). */
function policyText(units: bigint, scale: number): string {
  if (scale === 0) return units.toString();
  const digits = units.toString().padStart(scale + 1, '0');
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
