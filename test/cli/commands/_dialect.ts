import type { NewCommerceEffect } from 'subscription-rules';
import type { InvoiceLine } from 'subscription-rules/reconciliation';
import { EXPORT_COLUMNS, partnerCenterCharge } from '../../_private.ts';

const DAY = 86_400_000;
const dayOf = (iso: string): number => Math.floor(Date.parse(iso) / DAY);

/** How one row writes what it means, as real exports do (R1, R6, R10). */
export interface RowQuirks {
  /** Excel's apostrophe before every number. */
  readonly apostrophe: boolean;
  /** `M/D/YYYY` days. */
  readonly usDates: boolean;
  /** The charge type in upper case. */
  readonly upperCase: boolean;
  /** A credit's quantity and amount printed positive. */
  readonly positiveCredit: boolean;
}

/** Who a subscription's lines are of: the columns a person reads them by. */
export interface LineOwner {
  readonly customerId: string;
  readonly customerName: string;
  readonly invoiceNumber: string;
  readonly productName: string;
  readonly skuName: string;
}

const negate = (text: string): string => (text.startsWith('-') ? text.slice(1) : `-${text}`);

/** An amount of minor units as the currency's decimal text. */
function amountText(units: number, exponent: number): string {
  const sign = units < 0 ? '-' : '';
  const digits = String(Math.abs(units)).padStart(exponent + 1, '0');
  return exponent === 0
    ? `${sign}${digits}`
    : `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/**
 * The rows of Partner Center's 48-column export for a subscription's invoice lines, each row
 * written with its own quirks: an addition printed as two lines bills prorated(Q1, N) −
 * prorated(Q0, N) (REC-2), taken from the effect that made it.
 *
 * @param lines - `invoiceLines(effects, { subscriptionId })`.
 * @param effects - The effects they were written from, in the same order.
 * @param owner - The customer, invoice and product the lines are of.
 * @param quirks - Each line's quirks, by its place (the last one for the lines past the list).
 * @param twoLine - Whether the file prints seats added to seats already there as a reversal and a
 *   rebill (R2, R4): a file's form, not a row's.
 * @returns The rows, keyed by the 48 columns.
 */
export function exportRows(
  lines: readonly InvoiceLine[],
  effects: readonly NewCommerceEffect[],
  owner: LineOwner,
  quirks: readonly RowQuirks[],
  twoLine = false,
): Record<string, string>[] {
  const additions = effects.filter((e) => e.type === 'charge' && e.kind === 'add-quantity');
  let added = 0;
  const rows: Record<string, string>[] = [];
  lines.forEach((line, i) => {
    const q = quirks[Math.min(i, quirks.length - 1)] as RowQuirks;
    const number = (text: string): string => (q.apostrophe ? `'${text}` : text);
    const day = (date: string): string =>
      q.usDates
        ? `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}/${date.slice(0, 4)}`
        : date;
    const credit = line.ChargeType === 'removeQuantity' || line.ChargeType === 'cancelImmediate';
    const row = (quantity: string, subtotal: string, price: string): Record<string, string> => {
      const cells: Record<string, string> = {
        ...Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, ''])),
        PartnerId: '0e195b37-4574-4539-bc42-0e539b9684c0',
        PartnerName: 'Contoso Partner',
        CustomerId: owner.customerId,
        CustomerName: owner.customerName,
        CustomerCountry: 'US',
        InvoiceNumber: owner.invoiceNumber,
        OrderDate: day(line.OrderDate ?? line.ChargeStartDate),
        ProductId: 'CFQ7TTC0LDPB',
        SkuId: '0001',
        AvailabilityId: 'CFQ7TTC0K5RF',
        SkuName: owner.skuName,
        ProductName: owner.productName,
        PublisherName: 'Microsoft Corporation',
        SubscriptionDescription: owner.productName,
        SubscriptionId: line.SubscriptionId ?? '',
        ChargeStartDate: day(line.ChargeStartDate),
        ChargeEndDate: day(line.ChargeEndDate),
        TermAndBillingCycle: line.TermAndBillingCycle ?? '',
        EffectiveUnitPrice: number(price),
        UnitType: 'Licenses',
        Quantity: line.Quantity ?? '',
        Subtotal: number(subtotal),
        TaxTotal: number('0E-20'),
        Total: number(subtotal),
        Currency: line.Currency,
        ChargeType: q.upperCase ? line.ChargeType.toUpperCase() : line.ChargeType,
        UnitPrice: number(line.UnitPrice ?? ''),
        BillableQuantity: number(quantity),
        PricingCurrency: line.Currency,
        PCToBCExchangeRate: '1',
        ReferenceId: '{"osId":"1","id":"2","v":2}',
        ProductCategory: 'License',
      };
      return cells;
    };
    const effect = line.ChargeType === 'addQuantity' ? additions[added++] : undefined;
    if (credit && q.positiveCredit) {
      rows.push(
        row(negate(line.BillableQuantity), negate(line.Subtotal), line.EffectiveUnitPrice ?? ''),
      );
      return;
    }
    if (effect?.type === 'charge' && twoLine && effect.seats > effect.quantity) {
      const periodDays = dayOf(effect.periodEnd) - dayOf(effect.periodStart);
      const days = dayOf(effect.periodEnd) - dayOf(effect.at);
      const before = effect.seats - effect.quantity;
      const price = effect.unitPrice.amount;
      const exponent = (line.Subtotal.split('.')[1] ?? '').length;
      const old = partnerCenterCharge(price, before, periodDays, days);
      const now = partnerCenterCharge(price, effect.seats, periodDays, days);
      rows.push(row(`-${before}`, amountText(-old, exponent), ''));
      rows.push(row(String(effect.seats), amountText(now, exponent), ''));
      return;
    }
    rows.push(row(line.BillableQuantity, line.Subtotal, line.EffectiveUnitPrice ?? ''));
  });
  return rows;
}
