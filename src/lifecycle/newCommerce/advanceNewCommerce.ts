import { optionsPromotions } from '../../prices/promotions.ts';
import { optionsPriceList } from '../../prices/renewalPrice.ts';
import type { PriceListOptions, PromotionOptions } from '../../prices/types.ts';
import { assertNotBefore } from '../../time/assertNotBefore.ts';
import { instantText } from '../../time/instantText.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { NewCommerceDeadline } from './eventTypes.ts';
import { advanceState } from './machine/advanceState.ts';
import { rememberMade } from './machine/lastMade.ts';
import { readState } from './machine/readState.ts';
import { unpricedOf } from './machine/results.ts';
import type { NewCommerceAdvanced, NewCommerceChargeEffect } from './resultTypes.ts';
import type { NewCommerceSubscription } from './types.ts';

/** `advance` for a New Commerce state (NCE-8, NCE-10), with what the time passed bills (CHG-1). */
export function advanceNewCommerce(
  subscription: NewCommerceSubscription,
  to: unknown,
  options?: PriceListOptions & PromotionOptions,
): NewCommerceAdvanced {
  const prices = optionsPriceList(options);
  const promotions = optionsPromotions(options);
  const asOf = readState(subscription);
  const toMs = parseInstant(to, 'to');
  assertNotBefore(toMs, 'to', asOf, 'subscription.asOf');
  const events: NewCommerceDeadline[] = [];
  const effects: NewCommerceChargeEffect[] = [];
  const state = advanceState(
    subscription,
    toMs,
    instantText(to, toMs, 'to'),
    events,
    effects,
    asOf,
    prices,
    promotions,
  );
  const result = { subscription: rememberMade(state, toMs), events, effects };
  return unpricedOf(state) ? { ...result, unpriced: true } : result;
}
