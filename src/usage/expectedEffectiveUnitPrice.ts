import { exactText, ZERO } from './_internal/exact.ts';
import { priceAfter } from './_internal/priceAfter.ts';
import { requireDecimal, requireObject, requirePercentage } from './_internal/requireInputs.ts';

/**
 * The `EffectiveUnitPrice` a daily usage line should print (USG-2): the price list's `UnitPrice`
 * less Partner Earned Credit and less Azure credit, `UnitPrice × (1 − PEC/100) × (1 − Credit/100)`,
 * exactly and unrounded (a file prints it at its own precision; USG-2 compares at that precision).
 *
 * @param input - `unitPrice` (decimal text), `pecPercentage` and `creditPercentage` (0–100,
 *   decimal text; default `'0'`).
 * @returns The price as exact decimal text, trailing zeros dropped.
 * @throws `RuleError` `MISSING_FIELD` or `INVALID_ARGUMENT` naming `input.unitPrice`,
 *   `input.pecPercentage` or `input.creditPercentage` (a percentage outside 0–100).
 * @example
 * ```ts
 * import { expectedEffectiveUnitPrice } from 'subscription-rules/usage';
 * expectedEffectiveUnitPrice({ unitPrice: '0.10', pecPercentage: '15' });
 * //=> '0.085'
 * expectedEffectiveUnitPrice({ unitPrice: '0.02', pecPercentage: '15', creditPercentage: '100' });
 * //=> '0'
 * ```
 * @category Usage
 */
export function expectedEffectiveUnitPrice(input: {
  readonly unitPrice: string;
  readonly pecPercentage?: string | undefined;
  readonly creditPercentage?: string | undefined;
}): string {
  const record = requireObject(input, 'input');
  return exactText(
    priceAfter(
      requireDecimal(record.unitPrice, 'input.unitPrice'),
      requirePercentage(record.pecPercentage, 'input.pecPercentage', ZERO),
      requirePercentage(record.creditPercentage, 'input.creditPercentage', ZERO),
    ),
  );
}
