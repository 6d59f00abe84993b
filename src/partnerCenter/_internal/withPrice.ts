import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { readUnitPrice } from '../../lifecycle/readUnitPrice.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { Money } from '../../pricing/money.ts';
import type { PartnerCenterReadOptions } from '../PartnerCenterReadOptions.ts';

const CURRENCY = 'expected an active ISO 4217 code in upper case';
const AMOUNT =
  'expected decimal text with at most {decimals} decimals for {currency} (a safe integer of minor units)';

/** A price-list row's text in minor units: trailing zeros past the currency's decimals dropped. */
function fromRow(row: Readonly<Record<string, unknown>>): Money {
  const currency = row.Currency;
  if (typeof currency !== 'string' || !Object.hasOwn(currencyExponents, currency))
    fail(RuleErrorCode.UNKNOWN_CURRENCY, 'options.price.Currency', CURRENCY, currency);
  const exponent = currencyExponents[currency as keyof typeof currencyExponents];
  const value = row.UnitPrice;
  const text = typeof value === 'number' ? String(value) : value;
  const match = typeof text === 'string' ? /^(\d+)(?:\.(\d*?)0*)?$/.exec(text.trim()) : null;
  const whole = match?.[1];
  const fraction = match?.[2] ?? '';
  if (whole === undefined || fraction.length > exponent)
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'options.price.UnitPrice',
      AMOUNT,
      value,
      exponent,
      currency,
    );
  const amount = Number(whole + fraction.padEnd(exponent, '0'));
  if (!Number.isSafeInteger(amount))
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'options.price.UnitPrice',
      AMOUNT,
      value,
      exponent,
      currency,
    );
  return { amount, currency: currency as Money['currency'] };
}

/**
 * The state read from a resource with the caller's unit price (PCR-1), checked as creation checks
 * one (NCE-11, PRICE-1): a `Money` or a price-list row, ≥ 0, and × the seats a safe integer. Every
 * other field is the state's.
 *
 * @param state - The state read, its `price` `null`.
 * @param options - The reader's options.
 * @returns The state, or a copy of it with its price.
 * @throws {@link RuleError} at `options.price…` for a bad price.
 */
export function withPrice<S extends { readonly quantity: number; readonly price: Money | null }>(
  state: S,
  options: PartnerCenterReadOptions,
): S {
  const given = options.price;
  if (given === undefined) return state;
  const price =
    typeof given === 'object' && given !== null && Object.hasOwn(given, 'UnitPrice')
      ? readUnitPrice(
          fromRow(given as unknown as Readonly<Record<string, unknown>>),
          state.quantity,
          'options.price',
        )
      : readUnitPrice(given, state.quantity, 'options.price');
  return { ...state, price };
}
