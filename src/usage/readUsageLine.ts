import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { lineFromCells } from './_internal/lineFromCells.ts';
import { usageCells } from './_internal/usageCells.ts';
import type { UsageReadResult } from './types.ts';

/**
 * Reads one row of Partner Center's daily rated usage file (USG-1): a CSV row of the portal's
 * export (the 52 documented columns or the 55 of real exports) as an object keyed by its header
 * in any order and letter case, with a byte-order mark or spaces around a name; or the **text** of
 * one JSON line of the Graph export (keys in any case, v1 names as aliases:
 * `rateOfPartnerEarnedCredit` and `rateOfCredit` are fractions, read × 100), whose numbers are
 * read from their digits, never through a double. Numbers as the reconciliation file writes them
 * (Excel's apostrophe, scientific notation, any number of decimals); days as `YYYY-MM-DD`, an ISO
 * instant (its UTC day: an offset is converted, so `2026-11-30T23:30:00-05:00` is 1 December) or
 * `M/D/YYYY`; empty, `null` or absent is absent.
 *
 * Needed: `UsageDate`, `ProductId`, `SkuId`, `Quantity`, `EffectiveUnitPrice`,
 * `PCToBCExchangeRate` (above 0), `BillingPreTaxTotal` (no more decimals than `BillingCurrency` has),
 * `BillingCurrency`, and `SubscriptionId` or `EntitlementId`. A D (legacy) invoice number is an
 * issue: Azure plan usage is billed on G invoices only (USG-3).
 *
 * Decided: `PricingCurrency` absent is USD (consumption prices are USD); the row's other columns
 * are named in `otherColumns`, not kept. A column the row names twice (in another case, or by its
 * own name and a v1 alias) is read at its first name and said in `shape`, naming both (USG-1).
 *
 * @param row - A CSV row (cells as a CSV parser gives them) or one JSON line's text.
 * @param rowNumber - The row's number, from 1, named by the line and its issues.
 * @returns `{ ok: true, line, otherColumns }`, or `{ ok: false, issues }` naming each column at
 *   fault: never thrown.
 * @example
 * ```ts
 * import { readUsageLine } from 'subscription-rules/usage';
 * const read = readUsageLine(
 *   '{"UsageDate":"2026-11-30","ProductId":"DZH318Z0BQ3Q","SkuId":"0001","SubscriptionId":"s-1",' +
 *     '"Quantity":23.2,"UnitPrice":0.1,"EffectiveUnitPrice":0.085,"PCToBCExchangeRate":0.92,' +
 *     '"BillingPreTaxTotal":1.81,"BillingCurrency":"eur","rateOfPartnerEarnedCredit":0.15}',
 * );
 * read.ok && [read.line.billingPreTaxTotal, read.line.pecPercentage, read.line.quantity];
 * //=> [{ amount: 181, currency: 'EUR' }, '15', '23.2']
 * ```
 * @category Usage
 */
export function readUsageLine(row: unknown, rowNumber = 1): UsageReadResult {
  if (typeof rowNumber !== 'number' || !Number.isSafeInteger(rowNumber) || rowNumber < 1)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'rowNumber',
      'expected a safe integer ≥ {min}',
      rowNumber,
      1,
    );
  const cells = usageCells(row);
  if (cells === null) {
    return {
      ok: false,
      issues: [
        {
          row: rowNumber,
          column: '',
          code: 'INVALID_ARGUMENT',
          message: 'expected a row of cells keyed by column, or one JSON line',
        },
      ],
    };
  }
  return lineFromCells(cells, rowNumber);
}
