import {
  applyPromotion,
  discounted,
  promotionFor,
  promotionKey,
} from '../../../prices/promotions.ts';
import type { AppliedPromotion, Promotion } from '../../../prices/types.ts';
import type { Money } from '../../../pricing/money.ts';
import type { NewCommerceDraft } from './cloneState.ts';

/**
 * The promotion of a term that begins at `atMs` — a renewal, a trial's conversion, a term change —
 * in place (PL-5): `s.price` becomes the term's price discounted, `s.promotion` the promotion.
 * The term before's promotion is kept when the instant is inside its window and the plan is the
 * one it was applied to (`samePlan`); else the first of `promotions` for the key's product (the
 * offer's product and SKU for a state without a key, as the Partner Center reader gives), the
 * new term and billing cycle whose window holds the instant; else none.
 *
 * @param s - The draft, its new term's plan set.
 * @param base - The new term's price before any promotion.
 * @param before - The term before's promotion, or `undefined`.
 * @param samePlan - Whether the new term's term and billing frequency are the term before's.
 * @param promotions - The caller's `options.promotions`, read.
 * @param atMs - The new term's start.
 * @param at - The same, as written.
 */
export function promoteTerm(
  s: NewCommerceDraft,
  base: Money,
  before: AppliedPromotion | undefined,
  samePlan: boolean,
  promotions: readonly Promotion[] | undefined,
  atMs: number,
  at: string,
): void {
  const price = { amount: base.amount, currency: base.currency };
  if (
    before !== undefined &&
    samePlan &&
    atMs >= Date.parse(before.startDate) &&
    atMs <= Date.parse(before.endDate)
  ) {
    s.price = discounted(price, before.value);
    s.promotion = { ...before, listPrice: price };
    return;
  }
  const term = s.term as string;
  const frequency = s.billingFrequency as string;
  const key = promotionKey(s.priceKey, s.offerId);
  const promotion = promotionFor(promotions, before?.promotionId, key, term, frequency, atMs, at);
  if (promotion === undefined || key === undefined) {
    s.price = price;
    delete s.promotion;
    return;
  }
  const done = applyPromotion(promotion, price, key, term, frequency);
  s.price = done.price;
  s.promotion = done.applied;
}
