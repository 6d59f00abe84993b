import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { UsageLine, UsageReadResult } from '../types.ts';
import type { Exact } from './exact.ts';
import { isPlainText } from './isExactText.ts';
import {
  currency,
  day,
  decimal,
  issue,
  minorUnits,
  nameAt,
  needed,
  percentage,
  quantityText,
  type Reading,
  text,
  textOf,
} from './lineReading.ts';
import { keepNumbers } from './readNumbers.ts';
import { shapeIssues } from './shapeIssues.ts';
import { SLOT, type UsageCells } from './usageCells.ts';

/**
 * A row's line from its cells (USG-1): what `readUsageLine` reads once it has found the row's
 * cells, by name or by place.
 *
 * @param cells - The row's cells ({@link usageCells}, {@link usageCellsAt}).
 * @param rowNumber - The row's number, for its issues.
 * @returns The line, or the row's issues.
 */
export function lineFromCells(cells: UsageCells, rowNumber: number): UsageReadResult {
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
  const priceCell = r.value;
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
    quantity: quantityText(quantityCell, quantity as Exact),
    unitPrice: unitPrice === undefined ? null : textOf(unitPrice),
    // the price as printed when plainly written, its zeros at the end kept: its match with the
    // rule's price is judged at the decimals the file printed (USG-2)
    effectiveUnitPrice:
      typeof priceCell === 'string' && isPlainText(priceCell)
        ? priceCell
        : textOf(effectiveUnitPrice as Exact),
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
