import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireRecord } from '../kernel/requireRecord.ts';
import { currencyExponents } from '../pricing/data/currencyExponents.ts';
import { utcDayOf } from '../time/utcDayOf.ts';
import { type ChargeTypes, readChargeTypes } from './_internal/chargeTypes.ts';
import { fieldPath, fieldsOf } from './_internal/effectFields.ts';
import { INVOICE_LINE_KEYS } from './_internal/invoiceLineKeys.ts';
import type { InvoiceLine } from './types.ts';

const KEYS = INVOICE_LINE_KEYS;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A day as a line writes it, as its day number. */
function day(value: unknown, path: string): number {
  const match = typeof value === 'string' ? DAY.exec(value) : null;
  const number =
    match === null ? undefined : utcDayOf(Number(match[1]), Number(match[2]), Number(match[3]));
  if (number === undefined)
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected text of the form {pattern}',
      value,
      'YYYY-MM-DD',
    );
  return number;
}

/** Decimal text as a line writes it (`-29.20`, `5`). */
function decimal(value: unknown, path: string): string {
  if (typeof value !== 'string' || !DECIMAL.test(value))
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected text of the form {pattern}',
      value,
      '-1234.56',
    );
  return value;
}

/**
 * Checks one invoice line a caller gives as what a file should hold (ERR-1, REC-1, REC-2): the
 * form `invoiceLines` writes — a `ChargeType` of `types` (a credit's with `BillableQuantity` and
 * `Subtotal` ≤ 0), `ChargeStartDate` and `ChargeEndDate` (`YYYY-MM-DD`,
 * days that exist, the end not before the start), `BillableQuantity` and `Subtotal` as decimal
 * text (`-29.20`; `Subtotal` with at most the currency's decimals), an active ISO 4217
 * `Currency`; optionally the other columns of {@link InvoiceLine}, every value a string; no other
 * key. The schema `invoiceLineSchema` runs this same check.
 *
 * @param value - The line.
 * @param path - Its dot path (`expected.3`).
 * @param types - The charge types in force (Partner Center's by default).
 * @returns A copy.
 * @throws {@link RuleError} naming the column at fault: `MISSING_FIELD`, `INVALID_ARGUMENT`,
 *   `UNKNOWN_CURRENCY`, `INVALID_AMOUNT`, `OUT_OF_ORDER`.
 */
export function readInvoiceLine(
  value: unknown,
  path: string,
  types: ChargeTypes = readChargeTypes(undefined, 'options.chargeTypes'),
): InvoiceLine {
  const record = requireRecord(value, path);
  const f = fieldsOf(record, path, KEYS, 'an invoice line');
  const text = (key: keyof InvoiceLine): string | undefined =>
    f.get(key) === undefined ? undefined : f.text(key);
  const chargeType = f.text('ChargeType');
  const credit = types.credit.get(chargeType.toLowerCase());
  if (credit === undefined)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      fieldPath(path, 'ChargeType'),
      'expected a charge type of options.chargeTypes or Partner Center’s ({allowed})',
      chargeType,
      [...new Set(Object.values(types.names))].join(', '),
    );
  const start = day(f.get('ChargeStartDate'), fieldPath(path, 'ChargeStartDate'));
  if (day(f.get('ChargeEndDate'), fieldPath(path, 'ChargeEndDate')) < start)
    fail(
      RuleErrorCode.OUT_OF_ORDER,
      fieldPath(path, 'ChargeEndDate'),
      'expected a day at or after {earlierPath}',
      f.get('ChargeEndDate'),
      fieldPath(path, 'ChargeStartDate'),
    );
  const currency = f.get('Currency');
  if (typeof currency !== 'string' || !Object.hasOwn(currencyExponents, currency))
    fail(
      currency === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.UNKNOWN_CURRENCY,
      fieldPath(path, 'Currency'),
      'expected an active ISO 4217 code in upper case',
      currency,
    );
  const decimals = currencyExponents[currency as keyof typeof currencyExponents];
  const subtotal = decimal(f.get('Subtotal'), fieldPath(path, 'Subtotal'));
  if ((subtotal.split('.')[1] ?? '').length > decimals)
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      fieldPath(path, 'Subtotal'),
      'expected decimal text with at most {decimals} decimals for {currency} (a safe integer of minor units)',
      subtotal,
      decimals,
      currency,
    );
  const quantity = decimal(f.get('BillableQuantity'), fieldPath(path, 'BillableQuantity'));
  if (credit)
    for (const [key, text] of [
      ['BillableQuantity', quantity],
      ['Subtotal', subtotal],
    ] as const)
      if (!text.startsWith('-') && /[1-9]/.test(text))
        fail(
          RuleErrorCode.INVALID_AMOUNT,
          fieldPath(path, key),
          'expected a number ≤ 0: {chargeType} gives money back',
          text,
          chargeType,
        );
  const optional = (key: keyof InvoiceLine, read: (v: unknown, p: string) => unknown) =>
    f.get(key) === undefined ? {} : { [key]: read(f.get(key), fieldPath(path, key)) };
  if (f.get('OrderDate') !== undefined) day(f.get('OrderDate'), fieldPath(path, 'OrderDate'));
  return {
    ...(text('CustomerId') === undefined ? {} : { CustomerId: text('CustomerId') as string }),
    ...(text('SubscriptionId') === undefined
      ? {}
      : { SubscriptionId: text('SubscriptionId') as string }),
    ...(f.get('OrderDate') === undefined ? {} : { OrderDate: f.get('OrderDate') as string }),
    ChargeType: chargeType,
    ChargeStartDate: f.get('ChargeStartDate') as string,
    ChargeEndDate: f.get('ChargeEndDate') as string,
    ...(optional('UnitPrice', decimal) as { UnitPrice?: string }),
    ...(optional('EffectiveUnitPrice', decimal) as { EffectiveUnitPrice?: string }),
    ...(optional('Quantity', decimal) as { Quantity?: string }),
    BillableQuantity: quantity,
    Subtotal: subtotal,
    Currency: currency as string,
    ...(text('TermAndBillingCycle') === undefined
      ? {}
      : { TermAndBillingCycle: text('TermAndBillingCycle') as string }),
    ...(text('PriceAdjustmentDescription') === undefined
      ? {}
      : { PriceAdjustmentDescription: text('PriceAdjustmentDescription') as string }),
    ...(text('PromotionId') === undefined ? {} : { PromotionId: text('PromotionId') as string }),
  };
}
