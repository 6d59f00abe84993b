import { isRuleError } from '../errors/isRuleError.ts';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { thrownRuleError } from '../kernel/thrownRuleError.ts';
import { type PriceMessageId, priceMessages } from '../messages/en/newCommerce/prices.ts';
import { say } from '../messages/say.ts';
import type { MessageParams } from '../messages/types.ts';
import type { Money } from '../pricing/money.ts';
import type { PriceAtResult, PriceFrom, PriceList, PriceStateKey } from './types.ts';

/** A state's billing frequency as the price list writes its `BillingPlan`. */
const PLANS: Readonly<Record<string, string>> = {
  monthly: 'Monthly',
  annual: 'Annual',
  triennial: 'Triennial',
};

/** What a renewal is priced at (PL-3, PL-4): the list's row, or the term's price kept and why. */
export type RenewalPrice =
  | { readonly price: Money; readonly priceFrom: PriceFrom }
  | {
      readonly price: Money;
      readonly priceAssumed: true;
      readonly message: string;
      readonly messageId: PriceMessageId;
      readonly params: MessageParams;
    };

/** Why the list gave no price: its message, with its ID and parameters (MSG-1). */
export interface NoListedPrice {
  readonly message: string;
  readonly messageId: Extract<PriceAtResult, { ok: false }>['messageId'];
  readonly params: MessageParams;
}

/**
 * A caller's `options.priceList`, checked where it enters: `undefined`, or a list read by
 * {@link readPriceList} or {@link overlayPriceList}, which carries its own lookup.
 *
 * @param options - The caller's options.
 * @returns The list, or `undefined`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `options` or `options.priceList…`.
 */
export function optionsPriceList(options: unknown): PriceList | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null)
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options', 'expected an object', options);
  const list = (options as { priceList?: unknown }).priceList;
  if (list === undefined) return undefined;
  if (typeof list !== 'object' || list === null)
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options.priceList', 'expected an object', list);
  // the list's own lookup (readPriceList's): a lifecycle never given a list carries no index
  if (typeof (list as PriceList).lookUp !== 'function')
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.priceList',
      'expected a list read by readPriceList or overlayPriceList (a JSON copy: pass its rows to readPriceList)',
      list,
    );
  return list as PriceList;
}

/**
 * The price a renewal takes (PL-3, PL-4): with a price list and the state's key, the list's row for
 * the new term's term and billing plan at the renewal instant; else the term's price kept, saying
 * that Partner Center renews at the list's price on that day.
 *
 * @param list - The caller's price list, or `undefined`.
 * @param key - The state's price key, or `undefined`.
 * @param term - The new term.
 * @param billingFrequency - The new term's billing frequency.
 * @param price - The term's price (the one kept without a list).
 * @param atMs - The renewal instant.
 * @param at - The renewal instant as written.
 * @returns The price and where it comes from.
 * @throws {@link RuleError} at `options.priceList…` for a list that is no price list.
 */
export function renewalPrice(
  list: PriceList | undefined,
  key: PriceStateKey | undefined,
  term: string,
  billingFrequency: string,
  price: Money,
  atMs: number,
  at: string,
): RenewalPrice {
  if (list === undefined || key === undefined)
    return {
      price,
      priceAssumed: true,
      ...say(
        priceMessages,
        list === undefined
          ? 'lifecycle.nce.price.assumed.no-list'
          : 'lifecycle.nce.price.assumed.no-key',
        {
          at,
        },
      ),
    };
  const found = listedPrice(list, key, term, billingFrequency, atMs);
  if ('message' in found)
    return {
      price,
      priceAssumed: true,
      ...say(
        priceMessages,
        found.messageId.replace(
          'lifecycle.nce.price.no-price.',
          'lifecycle.nce.price.assumed.',
        ) as PriceMessageId,
        { at, ...found.params },
      ),
    };
  return found;
}

/**
 * The list's price of a plan at an instant (PL-3): the row for the key with the plan's term and
 * billing plan (`monthly` is `Monthly`), its period price and the row it came from; or the
 * `NO_PRICE` message naming the key and the nearest rows.
 *
 * @param list - The caller's price list, read where it entered ({@link optionsPriceList}).
 * @param key - The subscription's price key, read where it entered.
 * @param term - The plan's term (`P1Y`).
 * @param billingFrequency - The plan's billing frequency (`monthly`) or the list's plan (`None`).
 * @param atMs - The instant.
 * @returns The price and its row, or why there is none.
 * @throws {@link RuleError} at `options.priceList…` for a list that is no price list.
 */
export function listedPrice(
  list: PriceList,
  key: PriceStateKey,
  term: string,
  billingFrequency: string,
  atMs: number,
): { readonly price: Money; readonly priceFrom: PriceFrom } | NoListedPrice {
  let found: PriceAtResult;
  try {
    // the list's rows and the state's key were read where they entered, the instant is a number
    found = (list.lookUp as NonNullable<PriceList['lookUp']>)(
      { ...key, TermDuration: term, BillingPlan: PLANS[billingFrequency] ?? billingFrequency },
      atMs,
    );
  } catch (error) {
    // the list is the caller's option: its errors are named there
    if (!isRuleError(error) || !error.path?.startsWith('list')) throw error;
    const path = `options.priceList${error.path.slice('list'.length)}`;
    throw thrownRuleError(error.code, `${path}${error.message.slice(error.path.length)}`, path, {
      messageId: error.messageId,
      params: { ...error.params, path },
    });
  }
  if (!found.ok)
    return { message: found.message, messageId: found.messageId, params: found.params };
  return {
    price: found.price,
    priceFrom: {
      effectiveStartDate: found.row.EffectiveStartDate,
      unitPrice: found.row.UnitPrice,
      periodPrice: found.price,
    },
  };
}
