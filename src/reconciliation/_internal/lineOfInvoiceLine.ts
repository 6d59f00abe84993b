import { type FileDecimal, readFileDecimal } from '../../kernel/fileDecimal.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import { readFileDate } from '../../time/fileDate.ts';
import { readInvoiceLine } from '../readInvoiceLine.ts';
import type { BilledLine } from './BilledLine.ts';
import type { ChargeTypes } from './chargeTypes.ts';

/** A checked decimal column, or `undefined` when the line has none. */
function decimal(text: string | undefined): FileDecimal | undefined {
  return text === undefined ? undefined : (readFileDecimal(text) as FileDecimal);
}

/**
 * A caller's invoice line (REC-1), checked ({@link readInvoiceLine}), in numbers.
 *
 * @param value - The caller's line.
 * @param path - Its dot path (`expected.3`).
 * @param types - The charge types in force.
 * @returns The line; its rule `REC-1`, and no effect behind it.
 */
export function lineOfInvoiceLine(value: unknown, path: string, types: ChargeTypes): BilledLine {
  const line = readInvoiceLine(value, path, types);
  return {
    kind: undefined,
    chargeType: line.ChargeType,
    orderDay: line.OrderDate === undefined ? undefined : (readFileDate(line.OrderDate) as number),
    startDay: readFileDate(line.ChargeStartDate) as number,
    endDay: readFileDate(line.ChargeEndDate) as number,
    currency: line.Currency,
    exponent: currencyExponents[line.Currency as keyof typeof currencyExponents],
    unitPrice: decimal(line.UnitPrice),
    effectiveUnitPrice: decimal(line.EffectiveUnitPrice),
    seats: decimal(line.Quantity),
    billableQuantity: decimal(line.BillableQuantity) as FileDecimal,
    subtotal: decimal(line.Subtotal) as FileDecimal,
    termAndBillingCycle: line.TermAndBillingCycle,
    ...(line.PromotionId === undefined ? {} : { promotionId: line.PromotionId }),
    subscriptionId: line.SubscriptionId,
    customerId: line.CustomerId,
    rule: 'REC-1',
    effect: undefined,
  };
}
