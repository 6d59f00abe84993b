import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import { currencyExponents } from '../pricing/data/currencyExponents.ts';
import { type Exact, exactText } from './_internal/exact.ts';
import { isExactText } from './_internal/isExactText.ts';
import {
  currency,
  day,
  decimal,
  issue,
  minorUnits,
  nameAt,
  needed,
  percentage,
  type Reading,
  text,
  textOf,
} from './_internal/lineReading.ts';
import { keepNumbers } from './_internal/readNumbers.ts';
import { shapeIssues } from './_internal/shapeIssues.ts';
import { SLOT, usageCells } from './_internal/usageCells.ts';
import type { UsageLine, UsageReadResult } from './types.ts';

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
  const r: Reading = { cells, rowNumber, issues: [], value: undefined };
  const { issues } = r;
  const subscriptionId = text(r, SLOT.SubscriptionId);
  const entitlementId = text(r, SLOT.EntitlementId);
  if (subscriptionId === null && entitlementId === null)
    issue(r, 'SubscriptionId', 'MISSING_FIELD', 'expected SubscriptionId or EntitlementId');
  const invoiceNumber = text(r, SLOT.InvoiceNumber);
  if (invoiceNumber !== null && /^d/i.test(invoiceNumber))
    issue(
      r,
      nameAt(r, SLOT.InvoiceNumber),
      'LEGACY_INVOICE',
      'Azure plan and PEC aren’t shown on the D (Legacy) invoice',
    );
  const productId = needed(r, SLOT.ProductId);
  const skuId = needed(r, SLOT.SkuId);
  const usageDate = day(r, SLOT.UsageDate, true);
  const chargeStart = day(r, SLOT.ChargeStartDate, false);
  const chargeEnd = day(r, SLOT.ChargeEndDate, false);
  const quantity = decimal(r, SLOT.Quantity, true);
  const quantityCell = r.value;
  const unitPrice = decimal(r, SLOT.UnitPrice, false);
  const effectiveUnitPrice = decimal(r, SLOT.EffectiveUnitPrice, true);
  const exchangeRate = decimal(r, SLOT.PCToBCExchangeRate, true);
  // a rate of 0 or below converts nothing: the file is not what USG-2's arithmetic reads
  if (exchangeRate !== undefined && exchangeRate.units <= 0n)
    issue(
      r,
      nameAt(r, SLOT.PCToBCExchangeRate),
      'INVALID_ARGUMENT',
      'expected an exchange rate above 0',
    );
  const pecPercentage = percentage(r, SLOT.PartnerEarnedCreditPercentage);
  const creditPercentage = percentage(r, SLOT.CreditPercentage);
  const billingCurrency = currency(r, SLOT.BillingCurrency, true);
  const pricingCurrency = currency(r, SLOT.PricingCurrency, false) ?? 'USD';
  const billed = minorUnits(
    r,
    billingCurrency === undefined ? undefined : currencyExponents[billingCurrency],
  );
  // a column named twice is read at its first name, and said beside the reading (USG-1)
  const shape =
    cells.twice.length === 0
      ? undefined
      : cells.twice.map(([column, other]) => shapeIssues.twice(rowNumber, column, other));
  if (issues.length > 0)
    return shape === undefined ? { ok: false, issues } : { ok: false, issues, shape };

  const promotion = text(r, SLOT.PromotionId) ?? text(r, SLOT.PriceBenefits);
  // optional fields assigned after, in this order: no object made and spread for each
  const line: { -readonly [Key in keyof UsageLine]: UsageLine[Key] } = {
    row: rowNumber,
    customerId: text(r, SLOT.CustomerId),
    customerName: text(r, SLOT.CustomerName),
    invoiceNumber,
    subscriptionId,
    entitlementId,
    productId,
    skuId,
    availabilityId: text(r, SLOT.AvailabilityId),
    meterId: text(r, SLOT.MeterId),
    meterName: text(r, SLOT.MeterName),
    meterSubCategory: text(r, SLOT.MeterSubCategory),
    publisherName: text(r, SLOT.PublisherName),
    usageDate: usageDate as string,
    chargeStart,
    chargeEnd,
    // a line's own decimal: its cell kept when it is written exactly already, not written again
    quantity:
      typeof quantityCell === 'string' && isExactText(quantityCell)
        ? quantityCell
        : exactText(quantity as Exact),
    unitPrice: unitPrice === undefined ? null : textOf(unitPrice),
    effectiveUnitPrice: textOf(effectiveUnitPrice as Exact),
    exchangeRate: textOf(exchangeRate as Exact),
    billingCurrency: billingCurrency as CurrencyCode,
    pricingCurrency,
    billingPreTaxTotal: { amount: billed as number, currency: billingCurrency as CurrencyCode },
  };
  if (pecPercentage !== undefined) line.pecPercentage = textOf(pecPercentage);
  if (creditPercentage !== undefined) line.creditPercentage = textOf(creditPercentage);
  const creditType = text(r, SLOT.CreditType);
  if (creditType !== null) line.creditType = creditType;
  const tags = text(r, SLOT.Tags);
  if (tags !== null) line.tags = tags;
  const benefitType = text(r, SLOT.BenefitType);
  if (benefitType !== null) line.benefitType = benefitType;
  const chargeType = text(r, SLOT.ChargeType);
  if (chargeType !== null) line.chargeType = chargeType;
  if (promotion !== null) line.promotion = promotion;
  // its numbers kept as read, for a reconciler to take without reading them again (USG-7)
  keepNumbers(line, {
    quantity: quantity as Exact,
    price: effectiveUnitPrice as Exact,
    rate: exchangeRate as Exact,
    unitPrice: unitPrice ?? null,
    pec: pecPercentage,
    credit: creditPercentage,
  });
  return shape === undefined
    ? { ok: true, line, otherColumns: cells.otherColumns }
    : { ok: true, line, otherColumns: cells.otherColumns, shape };
}
