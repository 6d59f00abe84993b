import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { readUnitPrice } from '../../lifecycle/readUnitPrice.ts';
import { readPeriodPrice } from '../../prices/readPeriodPrice.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { Money } from '../../pricing/money.ts';
import type { PartnerCenterReadOptions } from '../PartnerCenterReadOptions.ts';

const CURRENCY = 'expected an active ISO 4217 code in upper case';
/** A price list's unit price: digits, and decimals after a point. */
const UNIT_PRICE = /^(\d+)(?:\.(\d*))?$/;
const AMOUNT =
  'expected decimal text with at most {decimals} decimals for {currency} (a safe integer of minor units)';

/** A price-list row's text in minor units: trailing zeros past the currency's decimals dropped. */
function fromRow(row: Readonly<Record<string, unknown>>, seats: number): Money {
  const currency = row.Currency;
  if (typeof currency !== 'string' || !Object.hasOwn(currencyExponents, currency))
    fail(RuleErrorCode.UNKNOWN_CURRENCY, 'options.price.Currency', CURRENCY, currency);
  const exponent = currencyExponents[currency as keyof typeof currencyExponents];
  const value = row.UnitPrice;
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  // a negative price is its own fault, not a malformed text (ERR-1)
  if (text.startsWith('-') && UNIT_PRICE.test(text.slice(1)))
    fail(RuleErrorCode.INVALID_AMOUNT, 'options.price.UnitPrice', 'must not be negative', value);
  const match = UNIT_PRICE.exec(text);
  // the decimals past the currency's must be trailing zeros, dropped by hand: a pattern for them
  // would rescan from every zero, quadratic on a long text
  const decimals = match?.[2] ?? '';
  let end = decimals.length;
  while (end > 0 && decimals.charCodeAt(end - 1) === 48) end--;
  const fraction = decimals.slice(0, end);
  const amount =
    match === null || fraction.length > exponent
      ? Number.NaN
      : Number((match[1] as string) + fraction.padEnd(exponent, '0'));
  // NaN for a text that is no price; a price the seats take past the safe integers
  if (!Number.isSafeInteger(amount * seats))
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

/** A state's billing frequency as the price list writes its `BillingPlan`. */
const PLANS: Readonly<Record<string, string>> = {
  monthly: 'Monthly',
  annual: 'Annual',
  triennial: 'Triennial',
};

/**
 * A price-list row with its term or billing plan (PL-2): its `UnitPrice` the whole term's, so the
 * state's price is one billing period's share; the row's term and plan must be the state's.
 */
function termRow(
  row: Readonly<Record<string, unknown>>,
  state: { readonly term?: unknown; readonly billingFrequency?: unknown },
  seats: number,
): Money {
  const term = typeof state.term === 'string' ? state.term : undefined;
  const plan =
    typeof state.billingFrequency === 'string' ? PLANS[state.billingFrequency] : undefined;
  const same = (field: 'TermDuration' | 'BillingPlan', own: string | undefined): string => {
    const value = row[field] ?? own;
    if (
      own === undefined ||
      typeof value !== 'string' ||
      value.trim().toLowerCase() !== own.toLowerCase()
    )
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `options.price.${field}`,
        'expected the subscription’s own {own}',
        value,
        own ?? 'term and billing frequency',
      );
    return value;
  };
  const price = readPeriodPrice(
    { ...row, TermDuration: same('TermDuration', term), BillingPlan: same('BillingPlan', plan) },
    'options.price',
  );
  if (!Number.isSafeInteger(price.amount * seats))
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'options.price.UnitPrice',
      AMOUNT,
      row.UnitPrice,
      currencyExponents[price.currency],
      price.currency,
    );
  return price;
}

/**
 * The state read from a resource with the caller's unit price (PCR-1), checked as creation and
 * `schedule-renewal` check one (NCE-11, PRICE-1): a `Money` or a price-list row, ≥ 0, and × the
 * most seats the state reaches (now or at its scheduled renewal) a safe integer. A renewal the
 * resource schedules into a new term or billing frequency is priced apart (`withScheduledPrice`:
 * the price is the current plan's). Every other field is the state's.
 *
 * @param state - The state read, its `price` `null`.
 * @param options - The reader's options.
 * @returns The state, or a copy of it with its price.
 * @throws {@link RuleError} at `options.price…` for a bad price.
 */
export function withPrice<
  S extends {
    readonly quantity: number;
    readonly price: Money | null;
    readonly scheduled?: {
      readonly quantity: number | null;
      readonly term: string | null;
      readonly billingFrequency: string | null;
    } | null;
  },
>(state: S, options: PartnerCenterReadOptions): S {
  const given = options.price;
  if (given === undefined) return state;
  // the most seats the state can reach at this price: now, or at a renewal into the same plan
  // (a renewal into another plan is charged that plan's price)
  const scheduled = state.scheduled ?? null;
  const samePlan =
    scheduled === null || (scheduled.term === null && scheduled.billingFrequency === null);
  const seats = Math.max(state.quantity, samePlan ? (scheduled?.quantity ?? 0) : 0);
  const isRow = typeof given === 'object' && given !== null && Object.hasOwn(given, 'UnitPrice');
  const row = given as unknown as Readonly<Record<string, unknown>>;
  const price = !isRow
    ? readUnitPrice(given, seats, 'options.price')
    : row.TermDuration !== undefined || row.BillingPlan !== undefined
      ? termRow(
          row,
          state as { readonly term?: unknown; readonly billingFrequency?: unknown },
          seats,
        )
      : fromRow(row, seats);
  return { ...state, price };
}
