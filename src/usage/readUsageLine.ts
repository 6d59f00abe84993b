import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import { currencyExponents } from '../pricing/data/currencyExponents.ts';
import { readCurrencyCode } from '../pricing/readCurrencyCode.ts';
import { readFileDate } from '../time/fileDate.ts';
import { dayText } from './_internal/dayText.ts';
import {
  compareExact,
  type Exact,
  exactText,
  readExact,
  times,
  trimmed,
  truncated,
  ZERO,
} from './_internal/exact.ts';
import { keepNumbers } from './_internal/readNumbers.ts';
import type { UsageIssueText } from './_internal/texts/UsageTexts.ts';
import { type UsageCell, usageCells } from './_internal/usageCells.ts';
import type { UsageColumn } from './_internal/usageColumns.ts';
import type { UsageIssue, UsageLine, UsageReadResult } from './types.ts';

const HUNDRED: Exact = { units: 100n, scale: 0 };

/**
 * Reads one row of Partner Center's daily rated usage file (USG-1): a CSV row of the portal's
 * export (the 52 documented columns or the 55 of real exports) as an object keyed by its header
 * in any order and letter case, with a byte-order mark or spaces around a name; or the **text** of
 * one JSON line of the Graph export (keys in any case, v1 names as aliases:
 * `rateOfPartnerEarnedCredit` and `rateOfCredit` are fractions, read × 100), whose numbers are
 * read from their digits, never through a double. Numbers as the reconciliation file writes them
 * (Excel's apostrophe, scientific notation, any number of decimals); days as `YYYY-MM-DD`, an ISO
 * instant (its UTC day) or `M/D/YYYY`; empty, `null` or absent is absent.
 *
 * Needed: `UsageDate`, `ProductId`, `SkuId`, `Quantity`, `EffectiveUnitPrice`,
 * `PCToBCExchangeRate`, `BillingPreTaxTotal` (no more decimals than `BillingCurrency` has),
 * `BillingCurrency`, and `SubscriptionId` or `EntitlementId`. A D (legacy) invoice number is an
 * issue: Azure plan usage is billed on G invoices only (USG-3).
 *
 * Decided: `PricingCurrency` absent is USD (consumption prices are USD); the row's other columns
 * are named in `otherColumns`, not kept.
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
  const issues: UsageIssue[] = [];
  const issue = (column: string, code: UsageIssue['code'], message: UsageIssueText): undefined => {
    issues.push({ row: rowNumber, column, code, message });
    return undefined;
  };
  const cells = usageCells(row);
  if (cells === null) {
    issue('', 'INVALID_ARGUMENT', 'expected a row of cells keyed by column, or one JSON line');
    return { ok: false, issues };
  }
  // the value of the column read last by `present`: one cell object a header, none a row
  let value: unknown;
  const present = (column: UsageColumn): UsageCell | undefined => {
    const cell = cells.at(column);
    if (cell === undefined) return undefined;
    value = cells.value(cell);
    if (value === null || value === undefined) return undefined;
    return typeof value === 'string' && value.trim() === '' ? undefined : cell;
  };
  const text = (column: UsageColumn): string | null => {
    const cell = present(column);
    if (cell === undefined) return null;
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
      return String(value);
    issue(cell.name, 'INVALID_ARGUMENT', 'expected text');
    return null;
  };
  const needed = (column: UsageColumn): string => {
    const value = text(column);
    if (value === null) issue(column, 'MISSING_FIELD', 'expected a value');
    return value ?? '';
  };
  const decimal = (column: UsageColumn, required: boolean): Exact | undefined => {
    const cell = present(column);
    if (cell === undefined)
      return required ? issue(column, 'MISSING_FIELD', 'expected a value') : undefined;
    const read = readExact(value);
    if (read === null || read === undefined)
      return issue(cell.name, 'INVALID_ARGUMENT', 'expected a number');
    return cell.fraction ? trimmed(times(read, HUNDRED)) : read;
  };
  const percentage = (column: UsageColumn): Exact | undefined => {
    const read = decimal(column, false);
    if (read === undefined) return undefined;
    if (compareExact(read, ZERO) < 0 || compareExact(read, HUNDRED) > 0)
      return issue(
        cells.at(column)?.name ?? column,
        'INVALID_ARGUMENT',
        'expected a percentage from 0 to 100',
      );
    return read;
  };
  const day = (column: UsageColumn, required: boolean): string | null => {
    const cell = present(column);
    if (cell === undefined)
      return required ? (issue(column, 'MISSING_FIELD', 'expected a value') ?? null) : null;
    const read = typeof value === 'string' ? readFileDate(value) : null;
    if (read === null || read === undefined)
      return (
        issue(
          cell.name,
          'INVALID_ARGUMENT',
          'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)',
        ) ?? null
      );
    return dayText(read);
  };
  const currency = (column: UsageColumn, required: boolean): CurrencyCode | undefined => {
    const cell = present(column);
    if (cell === undefined)
      return required ? issue(column, 'MISSING_FIELD', 'expected a value') : undefined;
    return (
      (typeof value === 'string' ? readCurrencyCode(value.trim()) : undefined) ??
      issue(cell.name, 'UNKNOWN_CURRENCY', 'expected an active ISO 4217 code')
    );
  };

  const subscriptionId = text('SubscriptionId');
  const entitlementId = text('EntitlementId');
  if (subscriptionId === null && entitlementId === null)
    issue('SubscriptionId', 'MISSING_FIELD', 'expected SubscriptionId or EntitlementId');
  const invoiceNumber = text('InvoiceNumber');
  if (invoiceNumber !== null && /^d/i.test(invoiceNumber))
    issue(
      cells.at('InvoiceNumber')?.name ?? 'InvoiceNumber',
      'LEGACY_INVOICE',
      'Azure plan and PEC aren’t shown on the D (Legacy) invoice',
    );
  const productId = needed('ProductId');
  const skuId = needed('SkuId');
  const usageDate = day('UsageDate', true);
  const chargeStart = day('ChargeStartDate', false);
  const chargeEnd = day('ChargeEndDate', false);
  const quantity = decimal('Quantity', true);
  const unitPrice = decimal('UnitPrice', false);
  const effectiveUnitPrice = decimal('EffectiveUnitPrice', true);
  const exchangeRate = decimal('PCToBCExchangeRate', true);
  const pecPercentage = percentage('PartnerEarnedCreditPercentage');
  const creditPercentage = percentage('CreditPercentage');
  const billingCurrency = currency('BillingCurrency', true);
  const pricingCurrency = currency('PricingCurrency', false) ?? 'USD';
  const total = decimal('BillingPreTaxTotal', true);
  let billed: number | undefined;
  if (total !== undefined && billingCurrency !== undefined) {
    const exponent = currencyExponents[billingCurrency];
    const minor = truncated(total, exponent);
    if (
      total.scale > exponent ||
      minor > BigInt(Number.MAX_SAFE_INTEGER) ||
      -minor > BigInt(Number.MAX_SAFE_INTEGER)
    )
      issue(
        cells.at('BillingPreTaxTotal')?.name ?? 'BillingPreTaxTotal',
        'INVALID_AMOUNT',
        'expected no more decimals than the billing currency has',
      );
    else billed = Number(minor);
  }
  if (issues.length > 0) return { ok: false, issues };

  const promotion = text('PromotionId') ?? text('PriceBenefits');
  // optional fields assigned after, in this order: no object made and spread for each
  const line: { -readonly [Key in keyof UsageLine]: UsageLine[Key] } = {
    row: rowNumber,
    customerId: text('CustomerId'),
    customerName: text('CustomerName'),
    invoiceNumber,
    subscriptionId,
    entitlementId,
    productId,
    skuId,
    availabilityId: text('AvailabilityId'),
    meterId: text('MeterId'),
    meterName: text('MeterName'),
    meterSubCategory: text('MeterSubCategory'),
    publisherName: text('PublisherName'),
    usageDate: usageDate as string,
    chargeStart,
    chargeEnd,
    quantity: exactText(quantity as Exact),
    unitPrice: unitPrice === undefined ? null : exactText(unitPrice),
    effectiveUnitPrice: exactText(effectiveUnitPrice as Exact),
    exchangeRate: exactText(exchangeRate as Exact),
    billingCurrency: billingCurrency as CurrencyCode,
    pricingCurrency,
    billingPreTaxTotal: { amount: billed as number, currency: billingCurrency as CurrencyCode },
  };
  if (pecPercentage !== undefined) line.pecPercentage = exactText(pecPercentage);
  if (creditPercentage !== undefined) line.creditPercentage = exactText(creditPercentage);
  const creditType = text('CreditType');
  if (creditType !== null) line.creditType = creditType;
  const tags = text('Tags');
  if (tags !== null) line.tags = tags;
  const benefitType = text('BenefitType');
  if (benefitType !== null) line.benefitType = benefitType;
  const chargeType = text('ChargeType');
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
  return { ok: true, line, otherColumns: cells.otherColumns };
}
