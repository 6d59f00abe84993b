import { usageRow } from '../../usage/_rows.ts';
import { jsonLine } from '../_exportFolder.ts';
import { scratch } from '../_scratch.ts';

export { blobOf } from '../_exportFolder.ts';

/** This run's own folder under the temporary folder: no test assumes it is alone there. */
const folder = scratch('cli-usage-', 'dru.csv');

/** A file holding the text or bytes, under a fresh name. */
export function usageFile(content: string | Buffer, name = 'dru.csv'): string {
  return folder.file(content, name);
}

/** A fresh empty folder. */
export function usageFolder(): string {
  return folder.folder('export');
}

/** Rows as CSV: the first row's keys the header, cells quoted where they must be. */
export function csvOf(rows: readonly Readonly<Record<string, string>>[]): string {
  const names = Object.keys(rows[0] ?? {});
  const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return `${[names.join(','), ...rows.map((row) => names.map((n) => cell(row[n] ?? '')).join(','))].join('\r\n')}\r\n`;
}

/** A row as one line of the Graph export: camelCase keys, its numbers as JSON numbers. */
export function jsonLineOf(row: Readonly<Record<string, string>>): string {
  return jsonLine(
    row,
    /^(Quantity|UnitPrice|EffectiveUnitPrice|PCToBCExchangeRate|BillingPreTaxTotal)$/,
  );
}

/** November 2026 of USG-3's worked VM meter: PEC 15 on 1–29 November (4.08), 0 on the 30th (4.80). */
export function november(): Record<string, string>[] {
  return Array.from({ length: 30 }, (_, i) => {
    const day = `2026-11-${String(i + 1).padStart(2, '0')}`;
    return i === 29
      ? usageRow({
          UsageDate: day,
          PartnerEarnedCreditPercentage: '0',
          EffectiveUnitPrice: '0.20',
          BillingPreTaxTotal: '4.80',
        })
      : usageRow({ UsageDate: day });
  });
}

/** USG-4's first worked group: three days of 9.4 at 0.085 (0.79 each, Σ 2.37). */
export function threeDays(): Record<string, string>[] {
  return ['2026-11-01', '2026-11-02', '2026-11-03'].map((date) =>
    usageRow({
      UsageDate: date,
      UnitPrice: '0.10',
      EffectiveUnitPrice: '0.085',
      Quantity: '9.4',
      BillingPreTaxTotal: '0.79',
      MeterName: 'Bandwidth',
    }),
  );
}

/** The invoice file's usage line of {@link threeDays}, its Subtotal as given. */
export function invoiceOf(subtotal: string): string {
  return csvOf([
    {
      CustomerId: 'c-1',
      InvoiceNumber: 'G000000001',
      SubscriptionId: 'plan-1',
      ProductId: 'DZH318Z0BQ3Q',
      SkuId: '0001',
      AvailabilityId: 'DZH318Z0BQ3Q0001',
      ChargeType: 'new',
      MeterDescription: 'Bandwidth',
      ChargeStartDate: '2026-11-01',
      ChargeEndDate: '2026-11-30',
      EffectiveUnitPrice: '0.085',
      BillableQuantity: '28.2',
      Subtotal: subtotal,
      Currency: 'USD',
    },
  ]);
}
