import { decimalText, sameDecimal } from '../../kernel/fileDecimal.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { ReconcileAmounts, ReconcileNote, ReconcileUnexpected } from '../types.ts';
import type { BilledLine } from './BilledLine.ts';
import { dayText } from './days.ts';
import { abs, type Expected } from './expectedGroups.ts';
import type { FileGroup } from './LineGroups.ts';
import { sheetRow } from './sheetRow.ts';
import type { ReconciliationTexts } from './texts/ReconciliationTexts.ts';
import { sentence } from './texts/textsFor.ts';

/** A file's group's net amounts, in the file's column names. */
export function actualOf(group: FileGroup, exponent: number): ReconcileAmounts {
  return {
    Subtotal: decimalText({ units: group.subtotalUnits, scale: group.subtotalScale }, exponent),
    BillableQuantity: decimalText({ units: group.quantityUnits, scale: group.quantityScale }),
    ...(group.currency === undefined ? {} : { Currency: group.currency }),
  };
}

/** An EffectiveUnitPrice printed otherwise while the amounts agree (REC-2, R3). */
export function notesOf(
  group: FileGroup,
  expected: Expected,
  texts: ReconciliationTexts,
): ReconcileNote[] {
  const line = expected.lines[0] as BilledLine;
  if (expected.lines.length > 1 || group.lines > 1 || line.effectiveUnitPrice === undefined)
    return [];
  if (group.priceUnits === undefined || group.priceUnits === null) return [];
  const printed = abs({ units: group.priceUnits, scale: group.priceScale });
  if (sameDecimal(printed, line.effectiveUnitPrice)) return [];
  const params = {
    expected: decimalText(line.effectiveUnitPrice, line.exponent),
    actual: decimalText(printed),
  };
  return [{ field: 'EffectiveUnitPrice', ...params, message: sentence(texts, 'note', params) }];
}

/** A file's group the rules do not expect (REC-2, REC-4), with its sentence. */
export function unexpectedOf(group: FileGroup, texts: ReconciliationTexts): ReconcileUnexpected {
  const currency = group.currency;
  const exponent =
    currency !== undefined && Object.hasOwn(currencyExponents, currency)
      ? currencyExponents[currency as keyof typeof currencyExponents]
      : 0;
  const actual = actualOf(group, exponent);
  const params = {
    chargeType: group.chargeType,
    start: dayText(group.startDay),
    end: dayText(group.endDay),
    quantity: actual.BillableQuantity,
    amount: group.currency === undefined ? actual.Subtotal : `${actual.Subtotal} ${group.currency}`,
    row: sheetRow(group.rows[0] as number),
  };
  return {
    subscriptionId: group.subscriptionId ?? null,
    chargeType: group.chargeType,
    chargeStartDate: params.start,
    chargeEndDate: params.end,
    currency: currency ?? null,
    lines: group.lines,
    rows: group.rows.map(sheetRow),
    reason: group.known ? 'not-expected' : 'unknown-charge-type',
    ...(group.est ? { extendedServiceTerm: true as const } : {}),
    actual,
    message: sentence(
      texts,
      group.known ? (group.est ? 'unexpected-est' : 'unexpected') : 'unknown',
      params,
    ),
  };
}
