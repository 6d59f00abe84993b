import { decimalText } from '../../kernel/fileDecimal.ts';
import type { InvoiceLine } from '../types.ts';
import type { BilledLine } from './BilledLine.ts';
import { dayText } from './days.ts';

/**
 * An expected line in the file's form (REC-1): its column names, days as `YYYY-MM-DD`, amounts
 * with the currency's decimals, quantities as integers.
 *
 * @param line - The line in numbers.
 * @returns The invoice line.
 */
export function writeLine(line: BilledLine): InvoiceLine {
  const money = (value: BilledLine['subtotal']): string => decimalText(value, line.exponent);
  return {
    ...(line.customerId === undefined ? {} : { CustomerId: line.customerId }),
    ...(line.subscriptionId === undefined ? {} : { SubscriptionId: line.subscriptionId }),
    ...(line.orderDay === undefined ? {} : { OrderDate: dayText(line.orderDay) }),
    ChargeType: line.chargeType,
    ChargeStartDate: dayText(line.startDay),
    ChargeEndDate: dayText(line.endDay),
    ...(line.unitPrice === undefined ? {} : { UnitPrice: money(line.unitPrice) }),
    ...(line.effectiveUnitPrice === undefined
      ? {}
      : { EffectiveUnitPrice: money(line.effectiveUnitPrice) }),
    ...(line.seats === undefined ? {} : { Quantity: decimalText(line.seats) }),
    BillableQuantity: decimalText(line.billableQuantity),
    Subtotal: money(line.subtotal),
    Currency: line.currency,
    ...(line.termAndBillingCycle === undefined
      ? {}
      : { TermAndBillingCycle: line.termAndBillingCycle }),
    ...(line.priceAdjustment === undefined
      ? {}
      : { PriceAdjustmentDescription: line.priceAdjustment }),
    ...(line.promotionId === undefined ? {} : { PromotionId: line.promotionId }),
  };
}
