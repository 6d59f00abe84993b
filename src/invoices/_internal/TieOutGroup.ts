import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';

/** An exact decimal being summed: `units × 10^-scale`. */
export interface Sum {
  units: number | bigint;
  scale: number;
}

/** What the tie-out holds of one (invoice number, currency): its lines' sums and counts (INV-2). */
export interface TieOutGroup {
  /** The lines' `InvoiceNumber`. */
  readonly invoiceNumber: string;
  /** The lines' `Currency`. */
  readonly currency: CurrencyCode;
  /** How many lines. */
  lines: number;
  /** Σ `Subtotal`. */
  readonly subtotal: Sum;
  /** Σ `TaxTotal`. */
  readonly tax: Sum;
  /** Σ `Total`. */
  readonly total: Sum;
  /** The lines with a non-zero `TaxTotal` (k). */
  taxed: number;
  /** The lines whose `Subtotal` or `TaxTotal` has more decimals than the currency (m). */
  fractional: number;
  /** The lines' rows, when kept. */
  readonly rows: number[];
}

/** The key of a group in the tie-out's map. */
export function groupKey(invoiceNumber: string, currency: string): string {
  return `${invoiceNumber}\u0000${currency}`;
}
