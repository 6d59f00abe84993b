import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { findForbiddenKeys } from '../kernel/findForbiddenKeys.ts';
import { requireRecord } from '../kernel/requireRecord.ts';
import { requireText } from '../kernel/requireText.ts';
import type { CurrencyCode } from '../pricing/CurrencyCode.ts';
import type { Money } from '../pricing/money.ts';
import { readCurrencyCode } from '../pricing/readCurrencyCode.ts';
import { formatInstant } from '../time/formatInstant.ts';
import { parseInstant } from '../time/parseInstant.ts';
import { minorUnitsOf } from './_internal/minorUnitsOf.ts';
import type { Invoice, InvoiceDocumentType } from './types.ts';

/** The keys read: every other key of the resource is kept as it is. */
const READ = new Set([
  'id',
  'invoiceDate',
  'billingPeriodStartDate',
  'billingPeriodEndDate',
  'billingPeriodStart',
  'billingPeriodEnd',
  'totalCharges',
  'paidAmount',
  'currencyCode',
  'currency',
  'documentType',
  'amendsOf',
  'amendments',
  'invoiceType',
  'legacy',
]);

/** `documentType` with case, spaces, hyphens and underscores ignored. */
const DOCUMENT_TYPES: Readonly<Record<string, InvoiceDocumentType>> = {
  invoice: 'invoice',
  creditnote: 'credit-note',
};

/** A field's path under `path` (`''`: the input itself). */
const pre = (path: string): string => (path === '' ? '' : `${path}.`);

/** The first of `names` the resource has (`null` counts as absent), and its value. */
function either(r: Readonly<Record<string, unknown>>, names: readonly string[]): [string, unknown] {
  for (const name of names) if (r[name] !== undefined && r[name] !== null) return [name, r[name]];
  return [names[0] as string, undefined];
}

/** An instant as the library writes it, or nothing when absent. */
function instant(value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined;
  return formatInstant(parseInstant(value, path), path);
}

/** An amount of the resource in minor units, or a `Money` already read. */
function amount(value: unknown, path: string, currency: CurrencyCode): Money {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const m = value as { amount?: unknown; currency?: unknown };
    if (m.currency !== currency)
      fail(
        RuleErrorCode.CURRENCY_MISMATCH,
        `${path}.currency`,
        'expected the invoice’s currency {currency}',
        m.currency,
        currency,
      );
    if (!Number.isSafeInteger(m.amount))
      fail(
        RuleErrorCode.INVALID_AMOUNT,
        `${path}.amount`,
        'expected a safe integer count of minor units',
        m.amount,
      );
    return { amount: m.amount as number, currency };
  }
  return { amount: minorUnitsOf(value, path, currency), currency };
}

/** An optional text field (`null` is absent). */
function optionalText(value: unknown, path: string): string | undefined {
  return value === undefined || value === null ? undefined : requireText(value, path);
}

/**
 * Reads Partner Center's Invoice resource (INV-1, ERR-1): `id`, `invoiceDate`, `totalCharges`
 * (decimal text or a number, read through its text; a `Money` already read) in `currencyCode`'s
 * minor units, never with more decimals than the currency has; `documentType` case- and
 * space-insensitively (`"Credit Note"`, `"creditNote"`, `"invoice"`; absent: `invoice`);
 * `billingPeriodStartDate`, `billingPeriodEndDate`, `paidAmount`, `amendsOf`, `invoiceType`,
 * `amendments` (each read the same way) when present; the other keys kept. A `D` number is marked
 * `legacy`. What it returns reads back as itself. A `__proto__`, `constructor` or `prototype` key
 * is refused, as every parser refuses it.
 *
 * @param value - The resource.
 * @param path - Its dot path (`invoices.2`, `''` for the input itself).
 * @returns The invoice.
 * @throws {@link RuleError} naming the field at fault: `MISSING_FIELD`, `INVALID_ARGUMENT`,
 *   `INVALID_INSTANT`, `UNKNOWN_CURRENCY`, `INVALID_AMOUNT`, `CURRENCY_MISMATCH`.
 */
export function readInvoice(value: unknown, path: string): Invoice {
  const r = requireRecord(value, path);
  const [forbidden] = findForbiddenKeys(r, path);
  if (forbidden !== undefined)
    fail(RuleErrorCode.INVALID_ARGUMENT, forbidden, 'forbidden key', forbidden.split('.').pop());
  const id = requireText(r.id, `${pre(path)}id`).trim();
  const invoiceDate = instant(r.invoiceDate, `${pre(path)}invoiceDate`);
  if (invoiceDate === undefined)
    fail(RuleErrorCode.MISSING_FIELD, `${pre(path)}invoiceDate`, 'expected an instant', undefined);
  const [startKey, start] = either(r, ['billingPeriodStartDate', 'billingPeriodStart']);
  const [endKey, end] = either(r, ['billingPeriodEndDate', 'billingPeriodEnd']);
  const [currencyKey, code] = either(r, ['currencyCode', 'currency']);
  const currency = readCurrencyCode(code);
  if (currency === undefined)
    fail(
      code === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.UNKNOWN_CURRENCY,
      `${pre(path)}${currencyKey}`,
      'expected an active ISO 4217 code',
      code,
    );
  const type = r.documentType ?? 'invoice';
  const documentType =
    typeof type === 'string'
      ? DOCUMENT_TYPES[type.replace(/[\s_-]/g, '').toLowerCase()]
      : undefined;
  if (documentType === undefined)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      `${pre(path)}documentType`,
      'expected one of {allowed}',
      type,
      '"Invoice", "Credit Note"',
    );
  if (r.totalCharges === undefined || r.totalCharges === null)
    fail(RuleErrorCode.MISSING_FIELD, `${pre(path)}totalCharges`, 'expected an amount', undefined);
  const totalCharges = amount(r.totalCharges, `${pre(path)}totalCharges`, currency);
  const paid = r.paidAmount ?? undefined;
  const list = r.amendments ?? [];
  if (!Array.isArray(list))
    fail(RuleErrorCode.INVALID_ARGUMENT, `${pre(path)}amendments`, 'expected a list', list);
  const amendments = list.map((item, i) => readInvoice(item, `${pre(path)}amendments.${i}`));
  const amendsOf = optionalText(r.amendsOf, `${pre(path)}amendsOf`);
  const invoiceType = optionalText(r.invoiceType, `${pre(path)}invoiceType`);
  const billingPeriodStart = instant(start, `${pre(path)}${startKey}`);
  const billingPeriodEnd = instant(end, `${pre(path)}${endKey}`);
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(r)) if (!READ.has(key)) kept[key] = r[key];
  return {
    ...kept,
    id,
    invoiceDate,
    ...(billingPeriodStart === undefined ? {} : { billingPeriodStart }),
    ...(billingPeriodEnd === undefined ? {} : { billingPeriodEnd }),
    totalCharges,
    ...(paid === undefined ? {} : { paidAmount: amount(paid, `${pre(path)}paidAmount`, currency) }),
    currency,
    documentType,
    ...(amendsOf === undefined ? {} : { amendsOf: amendsOf.trim() }),
    amendments,
    ...(invoiceType === undefined ? {} : { invoiceType }),
    ...(/^d/i.test(id) ? { legacy: true as const } : {}),
  };
}
