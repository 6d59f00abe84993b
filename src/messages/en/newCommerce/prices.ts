/**
 * The English sentences of prices over time (PL-3, PL-4, PL-5, MSG-1): a renewal priced without a
 * list, a key the list has no row for, a promotion `createSubscription` did not apply. New
 * Commerce's own, so a legacy bundle carries none of them. `{rows}` lists price-list rows, each by
 * its own template (`….rows`: line, plan, price and dates, as the file writes them; an open end is
 * `…`), and `{more}` how many are left out (`….more`, none or one item).
 */
export const priceMessages = {
  'lifecycle.nce.price.assumed.no-list':
    'renewed at {at} at the term’s price, without a price list: Partner Center renews at the price list’s price on that day (pass options.priceList and give the subscription a priceKey)',
  'lifecycle.nce.price.assumed.no-key':
    'renewed at {at} at the term’s price, without the subscription’s priceKey: Partner Center renews at the price list’s price on that day (pass options.priceList and give the subscription a priceKey)',
  'lifecycle.nce.price.assumed.no-product':
    'renewed at {at} at the term’s price: The price list has no row for {key}, nor for its product and SKU.',
  'lifecycle.nce.price.assumed.product-rows':
    'renewed at {at} at the term’s price: The price list has no row for {key}; its product and SKU have {rows}{more}.',
  'lifecycle.nce.price.assumed.product-rows.rows':
    'line {line}: {plan} {price} from {from} to {to}',
  'lifecycle.nce.price.assumed.product-rows.more': ' and {count} more',
  'lifecycle.nce.price.assumed.nearest':
    'renewed at {at} at the term’s price: The price list has no row for {key} at {when}; the nearest: {rows}.',
  'lifecycle.nce.price.assumed.nearest.rows': 'line {line}: {price} from {from} to {to}',
  'lifecycle.nce.price.no-price.no-product':
    'The price list has no row for {key}, nor for its product and SKU.',
  'lifecycle.nce.price.no-price.product-rows':
    'The price list has no row for {key}; its product and SKU have {rows}{more}.',
  'lifecycle.nce.price.no-price.product-rows.rows':
    'line {line}: {plan} {price} from {from} to {to}',
  'lifecycle.nce.price.no-price.product-rows.more': ' and {count} more',
  'lifecycle.nce.price.no-price.nearest':
    'The price list has no row for {key} at {when}; the nearest: {rows}.',
  'lifecycle.nce.price.no-price.nearest.rows': 'line {line}: {price} from {from} to {to}',
  'lifecycle.nce.price.no-price.usage':
    '{key} has no term: the product is billed by usage, not priced by the licence price list.',
  'lifecycle.nce.promotion.not-applied.trial':
    'Promotion {id} is not applied: a trial is free; a promotion applies to the purchase or renewal it converts into.',
  'lifecycle.nce.promotion.not-applied.no-price':
    'Promotion {id} is not applied: the subscription has no price to discount.',
  'lifecycle.nce.promotion.not-applied.no-key':
    'Promotion {id} is not applied: the subscription has no priceKey to match its products with.',
  'lifecycle.nce.promotion.not-applied.outside-window':
    'Promotion {id} is not applied: the purchase at {at} is outside its window {startDate} to {endDate}.',
  'lifecycle.nce.promotion.not-applied.no-product':
    'Promotion {id} is not applied: none of its products is {product}:{sku} for {term} billed {billingFrequency}.',
} as const;

/**
 * The ID of a sentence of prices over time (MSG-1).
 *
 * @category Messages
 */
export type PriceMessageId = keyof typeof priceMessages;
