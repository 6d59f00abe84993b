import type { InvoiceLine } from '../../reconciliation/types.ts';

/** The 48 columns of Partner Center's export, in the order it writes them. */
export const EXPORT_COLUMNS: readonly string[] =
  'PartnerId,PartnerName,CustomerId,CustomerName,CustomerDomainName,CustomerCountry,InvoiceNumber,MpnId,Tier2MpnId,OrderId,OrderDate,ProductId,SkuId,AvailabilityId,SkuName,ProductName,PublisherName,PublisherId,SubscriptionDescription,SubscriptionId,ChargeStartDate,ChargeEndDate,TermAndBillingCycle,EffectiveUnitPrice,UnitType,Quantity,Subtotal,TaxTotal,Total,Currency,PriceAdjustmentDescription,PublisherDiscount,DiscountDetails,ChargeType,UnitPrice,BillableQuantity,PricingCurrency,PCToBCExchangeRate,PCToBCExchangeRateDate,MeterDescription,ReservationOrderId,CreditReasonCode,SubscriptionStartDate,SubscriptionEndDate,ReferenceId,ProductQualifiers,PromotionId,ProductCategory'.split(
    ',',
  );

/**
 * A way the real reconciliation files write what the same line means (R1, R6, R10): the whole
 * file's (`column-order`, `unknown-columns`, `header-case`) or one row's (`apostrophe`,
 * `decimals`, `scientific`, `charge-type-case`, `us-dates`, `iso-instants`, `positive-credits`,
 * `two-line`).
 */
export type ReconciliationQuirk =
  | 'column-order'
  | 'unknown-columns'
  | 'header-case'
  | 'apostrophe'
  | 'decimals'
  | 'scientific'
  | 'charge-type-case'
  | 'us-dates'
  | 'iso-instants'
  | 'positive-credits'
  | 'two-line';

/** Every {@link ReconciliationQuirk}, in the order the arbitrary draws them. */
export const RECONCILIATION_QUIRKS: readonly ReconciliationQuirk[] = [
  'column-order',
  'unknown-columns',
  'header-case',
  'apostrophe',
  'decimals',
  'scientific',
  'charge-type-case',
  'us-dates',
  'iso-instants',
  'positive-credits',
  'two-line',
];

/** The charge types whose lines are credits (REC-4). */
const CREDITS = new Set(['removequantity', 'cancelimmediate', 'customercredit']);

/** A number cell with Excel's apostrophe and 18 decimals, as the quirks of this row say. */
function number(text: string, quirks: ReadonlySet<ReconciliationQuirk>): string {
  let written = text;
  if (quirks.has('decimals')) {
    const decimals = written.split('.')[1]?.length ?? 0;
    written = `${written}${decimals === 0 ? '.' : ''}${'0'.repeat(18 - decimals)}`;
  }
  if (quirks.has('scientific') && /^-?0(\.0*)?$/.test(written)) written = '0E-20';
  return quirks.has('apostrophe') ? `'${written}` : written;
}

/** A day as the quirks of this row write it. */
function day(date: string, quirks: ReadonlySet<ReconciliationQuirk>, end: boolean): string {
  if (quirks.has('us-dates'))
    return `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}/${date.slice(0, 4)}`;
  if (quirks.has('iso-instants')) return `${date}T${end ? '23:59:00' : '00:00:00'}Z`;
  return date;
}

/** A decimal's digits as a bigint and its decimals. */
function digits(text: string): [bigint, number] {
  const [whole = '0', fraction = ''] = text.split('.');
  return [BigInt(`${whole}${fraction}`), fraction.length];
}

/**
 * Digits back as decimal text (`3120n`, 2 → `31.20`).
 *
 * @param units - The digits, signed.
 * @param scale - How many are decimals.
 * @returns The text.
 */
export function text(units: bigint, scale: number): string {
  const negative = units < 0n;
  const padded = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const written = scale === 0 ? padded : `${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
  return negative ? `-${written}` : written;
}

/**
 * The rows Partner Center could write for one line (REC-2): its cells in the file's forms, with
 * the quirks of this row — a change printed as two lines (a reversal of `reversed` seats and a
 * rebill of them plus the line's, `extra` minor units moved between them) keeps the line's net.
 */
export function rowsOfLine(
  line: InvoiceLine,
  quirks: ReadonlySet<ReconciliationQuirk>,
  reversed: number,
  extra: number,
): Record<string, string>[] {
  const credit = CREDITS.has(line.ChargeType.toLowerCase());
  const chargeType = quirks.has('charge-type-case')
    ? line.ChargeType.toUpperCase()
    : line.ChargeType;
  const cells = (quantity: string, subtotal: string, price: string | undefined) => {
    const positive = credit && quirks.has('positive-credits');
    const unsigned = (value: string) => (positive ? value.replace(/^-/, '') : value);
    return {
      ...(line.CustomerId === undefined ? {} : { CustomerId: line.CustomerId }),
      ...(line.SubscriptionId === undefined ? {} : { SubscriptionId: line.SubscriptionId }),
      ...(line.OrderDate === undefined ? {} : { OrderDate: day(line.OrderDate, quirks, false) }),
      ChargeType: chargeType,
      ChargeStartDate: day(line.ChargeStartDate, quirks, false),
      ChargeEndDate: day(line.ChargeEndDate, quirks, true),
      ...(line.UnitPrice === undefined ? {} : { UnitPrice: number(line.UnitPrice, quirks) }),
      ...(price === undefined ? {} : { EffectiveUnitPrice: number(price, quirks) }),
      ...(line.Quantity === undefined ? {} : { Quantity: number(line.Quantity, quirks) }),
      BillableQuantity: number(unsigned(quantity), quirks),
      Subtotal: number(unsigned(subtotal), quirks),
      TaxTotal: number('0', quirks),
      Currency: line.Currency,
      ...(line.TermAndBillingCycle === undefined
        ? {}
        : { TermAndBillingCycle: line.TermAndBillingCycle }),
    };
  };
  const [quantity, quantityScale] = digits(line.BillableQuantity);
  if (!quirks.has('two-line') || credit || quantity <= 0n || quantityScale > 0 || reversed < 1)
    return [cells(line.BillableQuantity, line.Subtotal, line.EffectiveUnitPrice)];
  const [subtotal, scale] = digits(line.Subtotal);
  const moved = BigInt(extra);
  return [
    cells(`-${reversed}`, text(-moved, scale), undefined),
    cells(text(quantity + BigInt(reversed), 0), text(subtotal + moved, scale), undefined),
  ];
}
