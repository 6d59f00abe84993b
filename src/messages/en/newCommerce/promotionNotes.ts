/**
 * The English notes of the Partner Center reader about the promotion a New Commerce resource names
 * (PL-5, MSG-1): why its discount was not read into the state, so the price read is never the
 * list's without a word. New Commerce's own, so a legacy bundle carries none of them.
 */
export const promotionNotes = {
  'resource.nce.promotion-not-given':
    'the resource names promotion {id}, which was not given (options.promotions): its price is read as the list’s, without the discount; give the promotion to read the discounted price',
  'resource.nce.promotion-outside-window':
    'the resource names promotion {id}, but its current term began at {at}, outside the promotion’s window {startDate} to {endDate}: its price is read as the list’s, without the discount',
  'resource.nce.promotion-no-product':
    'the resource names promotion {id}, but none of its products is {product}:{sku} for {term} billed {billingFrequency}: its price is read as the list’s, without the discount',
  'resource.nce.promotion-unpriced':
    'the resource names promotion {id}; read without a price (options.price), the state has no price to discount',
} as const;
