import * as fc from 'fast-check';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import { currencyExponents } from '../pricing/data/currencyExponents.ts';
import type { Money } from '../pricing/money.ts';
import { readChoices } from './_internal/readChoices.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import { readIntegerRange } from './_internal/readIntegerRange.ts';

/** Options of {@link money}. */
export interface MoneyConstraints {
  /**
   * The currencies drawn from, each equally often.
   *
   * @defaultValue every active ISO 4217 currency the library knows (PRICE-1)
   */
  readonly currencies?: readonly CurrencyCode[] | undefined;
  /**
   * The smallest amount, in minor units (cents for USD, yen for JPY, fils for KWD).
   *
   * @defaultValue `0`
   */
  readonly min?: number | undefined;
  /**
   * The largest amount, in minor units.
   *
   * @defaultValue `100_000_000` (1 000 000.00 in a two-decimal currency)
   */
  readonly max?: number | undefined;
}

/**
 * Amounts of money: an integer count of minor units and an ISO 4217 currency, the form every
 * function of the library takes (PRICE-1). Small amounts, zero and the bounds come up often.
 *
 * @param constraints - The currencies and the range of amounts.
 * @returns An arbitrary of `Money` that `parseMoney` accepts.
 * @throws `RuleError` `UNKNOWN_CURRENCY` for a currency the library does not know,
 *   `INVALID_ARGUMENT` for bounds that are not safe integers or `max < min`.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { money } from 'subscription-rules/arbitraries';
 * fc.sample(money({ currencies: ['JPY'], min: 500, max: 500 }), 1);
 * //=> [{ amount: 500, currency: 'JPY' }]
 * ```
 * @category Arbitraries
 */
export function money(constraints?: MoneyConstraints): fc.Arbitrary<Money> {
  const options = readConstraints(constraints);
  const currencies = readChoices(
    options.currencies,
    Object.keys(currencyExponents) as CurrencyCode[],
    'constraints.currencies',
    RuleErrorCode.UNKNOWN_CURRENCY,
  );
  const [min, max] = readIntegerRange(options.min, options.max, [0, 100_000_000], 'constraints');
  return fc.record({
    amount: fc.integer({ min, max }),
    currency: fc.constantFrom(...currencies),
  });
}
