import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { READ, scanDecimal, scanned } from '../kernel/scanDecimal.ts';
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
  ten,
  times,
  trimmed,
  ZERO,
} from './_internal/exact.ts';
import { isExactText } from './_internal/isExactText.ts';
import { keepNumbers } from './_internal/readNumbers.ts';
import type { UsageIssueText } from './_internal/texts/UsageTexts.ts';
import {
  cellValue,
  READ_COLUMNS,
  SLOT,
  type UsageCell,
  type UsageCells,
  usageCells,
} from './_internal/usageCells.ts';
import type { UsageIssue, UsageLine, UsageReadResult } from './types.ts';

const HUNDRED: Exact = { units: 100n, scale: 0 };
const MAX_SAFE = 9_007_199_254_740_991n;

/** One row being read: its cells, its number and its issues (one object a row, no closures). */
interface Reading {
  readonly cells: UsageCells;
  readonly rowNumber: number;
  readonly issues: UsageIssue[];
  /** The value of the column {@link present} found last. */
  value: unknown;
}

function issue(
  r: Reading,
  column: string,
  code: UsageIssue['code'],
  message: UsageIssueText,
): undefined {
  r.issues.push({ row: r.rowNumber, column, code, message });
  return undefined;
}

/** A cell not there: a missing field when the column is `required`, else nothing. */
function absent(r: Reading, slot: number, required: boolean): undefined {
  return required
    ? issue(r, READ_COLUMNS[slot] as string, 'MISSING_FIELD', 'expected a value')
    : undefined;
}

/** The name the row gives the column at `slot`, else the column's own. */
function nameAt(r: Reading, slot: number): string {
  return r.cells.cells[slot]?.name ?? (READ_COLUMNS[slot] as string);
}

/**
 * Whether a text starts and ends with printable ASCII: nothing for `trim` to take off, and not
 * blank (most cells: two character codes read, where `trim` would scan for white space).
 */
function bare(text: string): boolean {
  const last = text.length - 1;
  if (last < 0) return false;
  const a = text.charCodeAt(0);
  const z = text.charCodeAt(last);
  return a > 32 && a < 127 && z > 32 && z < 127;
}

/** The cell at `slot` when its value is there (not empty, `null` or absent), its value in `r.value`. */
function present(r: Reading, slot: number): UsageCell | undefined {
  const cell = r.cells.cells[slot];
  if (cell === undefined) return undefined;
  const value = cellValue(r.cells, cell);
  r.value = value;
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' && !bare(value) && value.trim() === '' ? undefined : cell;
}

function text(r: Reading, slot: number): string | null {
  const cell = present(r, slot);
  if (cell === undefined) return null;
  const { value } = r;
  if (typeof value === 'string') return bare(value) ? value : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  issue(r, cell.name, 'INVALID_ARGUMENT', 'expected text');
  return null;
}

function needed(r: Reading, slot: number): string {
  const value = text(r, slot);
  if (value === null) absent(r, slot, true);
  return value ?? '';
}

/**
 * The decimals read lately (but quantities and totals, mostly a line's own), by their cell's
 * text, each with its exact text: a file's prices, rates and percentages are few, read once each,
 * not once a line. An `Exact` is never changed, so one is shared by every line that wrote it;
 * emptied when full.
 */
const decimals = new Map<string, Exact>();
const decimalTexts = new Map<Exact, string>();
const DECIMALS = 4096;

/** A cell's decimal, from {@link decimals} when its text was read lately. */
function readDecimal(value: unknown, slot: number): Exact | undefined | null {
  if (typeof value !== 'string' || slot === SLOT.Quantity || slot === SLOT.BillingPreTaxTotal)
    return readExact(value);
  const known = decimals.get(value);
  if (known !== undefined) return known;
  const read = readExact(value);
  if (read === null || read === undefined) return read;
  if (decimals.size >= DECIMALS) {
    decimals.clear();
    decimalTexts.clear();
  }
  decimals.set(value, read);
  decimalTexts.set(read, exactText(read));
  return read;
}

/** `exactText(a)`, kept from {@link readDecimal} when `a` is one it read. */
function textOf(a: Exact): string {
  return decimalTexts.get(a) ?? exactText(a);
}

function decimal(r: Reading, slot: number, required: boolean): Exact | undefined {
  const cell = present(r, slot);
  if (cell === undefined) return absent(r, slot, required);
  const read = readDecimal(r.value, slot);
  if (read === null || read === undefined)
    return issue(r, cell.name, 'INVALID_ARGUMENT', 'expected a number');
  return cell.fraction ? trimmed(times(read, HUNDRED)) : read;
}

function percentage(r: Reading, slot: number): Exact | undefined {
  const read = decimal(r, slot, false);
  if (read === undefined) return undefined;
  if (compareExact(read, ZERO) < 0 || compareExact(read, HUNDRED) > 0)
    return issue(r, nameAt(r, slot), 'INVALID_ARGUMENT', 'expected a percentage from 0 to 100');
  return read;
}

/** Each date column's cell read last and its day: a file's lines mostly repeat their dates. */
const dayCells: unknown[] = [];
const dayTexts: string[] = [];

function day(r: Reading, slot: number, required: boolean): string | null {
  const cell = present(r, slot);
  if (cell === undefined) return absent(r, slot, required) ?? null;
  const { value } = r;
  if (value === dayCells[slot]) return dayTexts[slot] as string;
  const read = typeof value === 'string' ? readFileDate(value) : null;
  if (read === null || read === undefined)
    return (
      issue(
        r,
        cell.name,
        'INVALID_ARGUMENT',
        'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)',
      ) ?? null
    );
  const text = dayText(read);
  dayCells[slot] = value;
  dayTexts[slot] = text;
  return text;
}

/**
 * BillingPreTaxTotal in minor units of a currency of `exponent` decimals, exactly: on the scan's
 * plain integer while it is a safe one (no `bigint` made), else on its `bigint`. An issue when it
 * is missing or no number, and, the currency known, when it has more decimals than the currency
 * or is past a safe integer; `undefined` without the currency.
 */
function minorUnits(r: Reading, exponent: number | undefined): number | undefined {
  const slot = SLOT.BillingPreTaxTotal;
  const cell = present(r, slot);
  if (cell === undefined) return absent(r, slot, true);
  if (scanDecimal(r.value) !== READ)
    return issue(r, cell.name, 'INVALID_ARGUMENT', 'expected a number');
  if (exponent === undefined) return undefined;
  const { units, scale } = scanned;
  if (scale <= exponent) {
    if (typeof units === 'number') {
      // a product of two exact integers is exact while it is a safe integer
      const minor = units * 10 ** (exponent - scale);
      if (Number.isSafeInteger(minor)) return minor;
    } else {
      const minor = units * ten(exponent - scale);
      if (minor <= MAX_SAFE && minor >= -MAX_SAFE) return Number(minor);
    }
  }
  return issue(
    r,
    nameAt(r, slot),
    'INVALID_AMOUNT',
    'expected no more decimals than the billing currency has',
  );
}

/**
 * The currency cells read lately and their codes (a file writes a few currencies, in any order of
 * lines): each text in a copy of its own (a cell is a slice of its chunk), at most
 * {@link CURRENCIES}, emptied when full.
 */
const currencyTexts: string[] = [];
const currencyCodes: CurrencyCode[] = [];
const CURRENCIES = 16;

function currency(r: Reading, slot: number, required: boolean): CurrencyCode | undefined {
  const cell = present(r, slot);
  if (cell === undefined) return absent(r, slot, required);
  const { value } = r;
  if (typeof value === 'string')
    for (let i = 0; i < currencyTexts.length; i++)
      if (currencyTexts[i] === value) return currencyCodes[i];
  const code = typeof value === 'string' ? readCurrencyCode(value.trim()) : undefined;
  if (code === undefined)
    return issue(r, cell.name, 'UNKNOWN_CURRENCY', 'expected an active ISO 4217 code');
  if (currencyTexts.length >= CURRENCIES) {
    currencyTexts.length = 0;
    currencyCodes.length = 0;
  }
  currencyTexts.push(JSON.parse(JSON.stringify(value)) as string);
  currencyCodes.push(code);
  return code;
}

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
  const pecPercentage = percentage(r, SLOT.PartnerEarnedCreditPercentage);
  const creditPercentage = percentage(r, SLOT.CreditPercentage);
  const billingCurrency = currency(r, SLOT.BillingCurrency, true);
  const pricingCurrency = currency(r, SLOT.PricingCurrency, false) ?? 'USD';
  const billed = minorUnits(
    r,
    billingCurrency === undefined ? undefined : currencyExponents[billingCurrency],
  );
  if (issues.length > 0) return { ok: false, issues };

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
  return { ok: true, line, otherColumns: cells.otherColumns };
}
