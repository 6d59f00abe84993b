import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { NewCommerceDraft } from '../../lifecycle/newCommerce/machine/cloneState.ts';
import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import { promotionNotes } from '../../messages/en/newCommerce/promotionNotes.ts';
import { say } from '../../messages/say.ts';
import type { MessageParams } from '../../messages/types.ts';
import {
  applyPromotion,
  optionsPromotions,
  promotionKey,
  promotionMiss,
} from '../../prices/promotions.ts';
import { readPriceStateKey } from '../../prices/readPriceStateKey.ts';
import type { PriceStateKey } from '../../prices/types.ts';
import type { PartnerCenterReadOptions } from '../PartnerCenterReadOptions.ts';
import type { PartnerCenterNote } from '../PartnerCenterSubscription.ts';

/** The path of the resource's promotion, which each note is about. */
const PATH = 'resource.promotionId';

/** A note about the resource's promotion (PL-5, MSG-1). */
function promotionNote(id: keyof typeof promotionNotes, params: MessageParams): PartnerCenterNote {
  return { path: PATH, ...say(promotionNotes, id, params) } as PartnerCenterNote;
}

/**
 * The state read with its price key and the promotion the resource names (PL-4, PL-5, PL-7).
 * `options.priceKey` is checked and kept as the state's `priceKey`. The resource's `promotionId`
 * says Partner Center discounted the current term; the discount itself is in the promotion
 * resource, which the subscription does not carry, so it is read from `options.promotions`
 * (`parsePromotion`'s values). It is applied as `createSubscription({ promotion })` applies one —
 * `price` the list's price less the discount, `promotion` on the state — when the current term's
 * start is inside its window and one of its products is the subscription's product and SKU (the
 * price key's, else the resource's `offerId`) with its term and billing cycle.
 *
 * **Decided** (the fact sheets are silent): a resource naming a promotion the caller did not give,
 * or one that does not cover its current term, is read at the list's price with a note saying so
 * (`resource.nce.promotion-not-given`, `-outside-window`, `-no-product`), never a silent full price
 * and never a refusal (the rest of the resource is still right); read without a price, a note says
 * there is nothing to discount. A resource in its Extended Service Term is priced by its base, not
 * by a promotion: its `promotionId` is left out with the `-no-product` note. A promotion given that
 * the resource does not name is not applied: the resource says what Partner Center billed.
 *
 * @param state - The state read, with the caller's price.
 * @param r - The resource.
 * @param options - The reader's options.
 * @param notes - The reader's notes, a note added to them when the promotion is not applied.
 * @returns The state, or a copy with its key and promotion.
 * @throws {@link RuleError} at `options.priceKey…`, `options.promotions…` or `resource.promotionId`.
 */
export function withPromotion(
  state: NewCommerceSubscription,
  r: Readonly<Record<string, unknown>>,
  options: PartnerCenterReadOptions,
  notes: PartnerCenterNote[],
): NewCommerceSubscription {
  const given = options.priceKey;
  const priceKey: PriceStateKey | undefined =
    given === undefined ? undefined : readPriceStateKey(given, 'options.priceKey');
  const promotions = optionsPromotions(options);
  const named = r.promotionId;
  if (named !== undefined && named !== null && typeof named !== 'string')
    fail(RuleErrorCode.INVALID_ARGUMENT, PATH, 'expected a promotion id or null', named);
  const d = { ...state } as NewCommerceDraft;
  if (priceKey !== undefined) d.priceKey = priceKey;
  const id = typeof named === 'string' ? named.trim() : '';
  if (id === '') return priceKey === undefined ? state : (d as NewCommerceSubscription);
  const promotion = promotions?.find((p) => p.id.trim().toUpperCase() === id.toUpperCase());
  if (promotion === undefined) {
    notes.push(promotionNote('resource.nce.promotion-not-given', { id }));
    return d as NewCommerceSubscription;
  }
  const price = d.price;
  if (price === null) {
    notes.push(promotionNote('resource.nce.promotion-unpriced', { id }));
    return d as NewCommerceSubscription;
  }
  // the product and SKU: the caller's key, else the offer bought (`CFQ7TTC0LDPB:0001:…`)
  const key = promotionKey(priceKey, d.offerId) ?? {
    ProductId: '',
    SkuId: '',
    Market: '',
    Currency: '',
    Segment: '',
  };
  const term = d.term ?? '';
  const frequency = d.billingFrequency ?? '';
  const at = d.termStart ?? d.orderedAt;
  const miss =
    d.extendedServiceTerm !== undefined || d.status === 'trial'
      ? ({ reason: 'no-product' } as const)
      : promotionMiss(promotion, key, term, frequency, Date.parse(at), at);
  if (miss !== undefined) {
    notes.push(
      miss.reason === 'outside-window'
        ? promotionNote('resource.nce.promotion-outside-window', {
            id,
            at,
            startDate: promotion.startDate,
            endDate: promotion.endDate,
          })
        : promotionNote('resource.nce.promotion-no-product', {
            id,
            product: key.ProductId || '-',
            sku: key.SkuId || '-',
            term: term || '-',
            billingFrequency: frequency || '-',
          }),
    );
    return d as NewCommerceSubscription;
  }
  const done = applyPromotion(promotion, price, key, term, frequency);
  d.price = done.price;
  d.promotion = done.applied;
  return d as NewCommerceSubscription;
}
