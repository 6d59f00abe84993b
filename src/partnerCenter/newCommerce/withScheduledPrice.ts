import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { readPlanPrice } from '../../lifecycle/newCommerce/machine/readPlanPrice.ts';
import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import { listedPrice, optionsPriceList } from '../../prices/renewalPrice.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import { note } from '../_internal/note.ts';
import type { PartnerCenterReadOptions } from '../PartnerCenterReadOptions.ts';
import type { PartnerCenterNote } from '../PartnerCenterSubscription.ts';

const PATH = 'resource.scheduledNextTermInstructions';

/**
 * The price of a renewal a priced resource schedules into another term or billing frequency
 * (PCR details, decided 2026-11-28; PL-3): the resource carries no price for that plan, so it is
 * the price list's row for the plan at the renewal instant (the term's end), in the state's
 * currency. Without `options.priceList` and the state's `priceKey`, or without a row then, the
 * renewal stays unpriced (`scheduled.price` `null`: advanced past it, the state is unpriced, never
 * billed at the old plan's price) and a note says what would price it — never a refusal.
 *
 * @param state - The state read, with its price and price key.
 * @param options - The reader's options (`priceList`).
 * @param notes - The reader's notes, a note added when the renewal stays unpriced.
 * @returns The state, or a copy whose scheduled renewal has the list's price.
 * @throws {@link RuleError} at `options.priceList…` for a list that is no price list,
 *   `CURRENCY_MISMATCH` at `options.priceKey.Currency` for a key in another currency than the price.
 */
export function withScheduledPrice(
  state: NewCommerceSubscription,
  options: PartnerCenterReadOptions,
  notes: PartnerCenterNote[],
): NewCommerceSubscription {
  const scheduled = state.scheduled;
  const current = state.price;
  if (
    scheduled === null ||
    current === null ||
    scheduled.price !== null ||
    (scheduled.term === null && scheduled.billingFrequency === null) ||
    state.termEnd === null
  )
    return state;
  const term = (scheduled.term ?? state.term) as string;
  const billingFrequency = (scheduled.billingFrequency ?? state.billingFrequency) as string;
  const list = optionsPriceList(options);
  const key = state.priceKey;
  if (list === undefined || key === undefined) {
    notes.push(note(PATH, 'resource.scheduled-unpriced', { term, billingFrequency }));
    return state;
  }
  const at = state.termEnd;
  const found = listedPrice(
    list,
    key,
    term,
    billingFrequency,
    parseInstant(at, 'subscription.termEnd'),
  );
  if ('message' in found) {
    notes.push(note(PATH, 'resource.scheduled-not-listed', { term, billingFrequency, at }));
    return state;
  }
  if (found.price.currency !== current.currency)
    fail(
      RuleErrorCode.CURRENCY_MISMATCH,
      'options.priceKey.Currency',
      'expected {currency}, the currency of the subscription’s price',
      key.Currency,
      current.currency,
    );
  const seats = scheduled.quantity ?? state.quantity;
  const price = readPlanPrice(found.price, seats, 'options.priceList', current);
  return { ...state, scheduled: { ...scheduled, price } };
}
