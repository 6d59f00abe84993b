import * as fc from 'fast-check';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { readTaxRate } from '../pricing/readTaxRate.ts';
import type { TaxRate } from '../pricing/TaxRate.ts';
import { readConstraints } from './_internal/readConstraints.ts';

/** Options of {@link taxRate}. */
export interface TaxRateConstraints {
  /**
   * The lowest rate, as a decimal fraction (`'0.1'` is 10 %).
   *
   * @defaultValue `'0'`
   */
  readonly min?: TaxRate | undefined;
  /**
   * The highest rate, inclusive.
   *
   * @defaultValue `'0.3'`
   */
  readonly max?: TaxRate | undefined;
  /**
   * How rates are written: as decimal `'text'` (exact, as rates should travel), as JavaScript
   * `'number'`s (read from their shortest decimal digits), or `'any'` of the two.
   *
   * @defaultValue `'text'`
   */
  readonly form?: 'text' | 'number' | 'any' | undefined;
}

/** Rates that real tax systems use, drawn more often than the rest when they are in range. */
const COMMON_MICROS = [0, 50_000, 70_000, 80_000, 100_000, 150_000, 190_000, 200_000, 250_000];

/**
 * Tax rates with at most six decimals, 0 ≤ rate < 10 (PRICE-3): the common VAT and GST rates come
 * up often, the rest evenly over the range.
 *
 * @param constraints - The range and the written form.
 * @returns An arbitrary of `TaxRate` values that `quote` and `parseQuoteInput` accept.
 * @throws `RuleError` `INVALID_TAX_RATE` for a bad bound, `INVALID_ARGUMENT` for
 *   `max < min` or an unknown form.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { taxRate } from 'subscription-rules/arbitraries';
 * fc.sample(taxRate({ min: '0.1', max: '0.1' }), 1);
 * //=> ['0.1']
 * ```
 * @category Arbitraries
 */
export function taxRate(constraints?: TaxRateConstraints): fc.Arbitrary<TaxRate> {
  const options = readConstraints(constraints);
  const min = options.min === undefined ? 0 : readTaxRate(options.min, 'constraints.min');
  const max = options.max === undefined ? 300_000 : readTaxRate(options.max, 'constraints.max');
  if (max < min)
    fail(RuleErrorCode.INVALID_ARGUMENT, 'constraints.max', 'expected max ≥ min', options.max);
  const form = options.form ?? 'text';
  if (form !== 'text' && form !== 'number' && form !== 'any') {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'constraints.form',
      "expected 'text', 'number' or 'any'",
      form,
    );
  }
  const common = COMMON_MICROS.filter((micro) => micro >= min && micro <= max);
  const micros =
    common.length === 0
      ? fc.integer({ min, max })
      : fc.oneof(
          { arbitrary: fc.integer({ min, max }), weight: 3 },
          { arbitrary: fc.constantFrom(...common), weight: 1 },
        );
  const asText = micros.map(microText);
  const asNumber = micros.map((micro) => micro / 1_000_000);
  return form === 'text' ? asText : form === 'number' ? asNumber : fc.oneof(asText, asNumber);
}

/** Millionths as the shortest decimal text: 100 000 → `'0.1'`, 3 000 000 → `'3'`. */
function microText(micro: number): string {
  const whole = Math.floor(micro / 1_000_000);
  const fraction = String(micro % 1_000_000)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}
