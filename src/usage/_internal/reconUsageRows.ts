import { loose } from '../../kernel/columnIndex.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import { readCurrencyCode } from '../../pricing/readCurrencyCode.ts';
import { readFileDate } from '../../time/fileDate.ts';
import type { UsageIssue } from '../types.ts';
import { dayText } from './dayText.ts';
import { exactText, readExact, truncated } from './exact.ts';
import { mergeRows } from './rowList.ts';

/** `Number.MAX_SAFE_INTEGER` as a `bigint`. */
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** One invoice key's usage lines in the invoice file (USG-4), by EffectiveUnitPrice, and its credits. */
export interface ReconKey {
  readonly invoiceNumber: string | null;
  readonly subscriptionId: string | null;
  readonly productId: string;
  readonly skuId: string;
  readonly availabilityId: string | null;
  readonly currency: CurrencyCode;
  readonly customerId: string | null;
  /**
   * Σ Subtotal of the usage lines by EffectiveUnitPrice (exact text; `''` without one), minor
   * units, and whether a line of them bills other than 0.
   */
  readonly byPrice: Map<string, { subtotal: number; rows: number[]; billedAny: boolean }>;
  /** Σ Subtotal of its `customerCredit` lines (negative), minor units. */
  credit: number;
  creditRows: number[];
  /** Whether a `customerCredit` line of it is other than 0. */
  creditAny: boolean;
}

/** The key of an invoice key, as text. */
export function keyText(
  invoiceNumber: string | null,
  subscriptionId: string | null,
  productId: string,
  skuId: string,
  availabilityId: string | null,
  currency: string,
): string {
  return JSON.stringify([
    invoiceNumber,
    subscriptionId,
    productId,
    skuId,
    availabilityId,
    currency,
  ]);
}

/**
 * Where a row's cell of a column is found: the column's own name, else the first name that is the
 * same in any case with a byte-order mark and spaces trimmed (REC-4). A file's rows share their
 * names, so they are matched once for every row of the same names in a row, and the last match
 * is kept from one call to the next (the command reads each Azure plan's rows by a call of their
 * own).
 *
 * @returns The finder of a row's names.
 */
function columnFinder(): (row: object) => (column: string) => string | undefined {
  let lastNames: readonly string[] | undefined;
  let lastFind: (column: string) => string | undefined = () => undefined;
  return (row) => {
    const names = Object.keys(row);
    if (
      lastNames !== undefined &&
      names.length === lastNames.length &&
      names.every((name, i) => name === lastNames?.[i])
    )
      return lastFind;
    const own = new Set(names);
    const byLoose = new Map<string, string>();
    for (const name of names) if (!byLoose.has(loose(name))) byLoose.set(loose(name), name);
    const found = new Map<string, string | undefined>();
    lastNames = names;
    lastFind = (column) => {
      if (own.has(column)) return column;
      if (!found.has(column)) found.set(column, byLoose.get(loose(column)));
      return found.get(column);
    };
    return lastFind;
  };
}

/** The finder every call shares: one file's names matched once, not once an Azure plan. */
const sharedFinder = columnFinder();

/**
 * The invoice file's usage lines and `customerCredit` lines (USG-4, USG-5), by invoice key: a
 * usage line carries `MeterDescription` or `MeterId`, or its `(ProductId, SkuId, AvailabilityId)`
 * is the usage file's. Columns by name as REC-4 matches them; numbers and days in the file's
 * dialect. A row that cannot be read is an issue of the invoice file.
 */
export function reconUsageRows(
  rows: readonly unknown[],
  usageProducts: { has(product: string): boolean },
  period: string | null,
  issues: UsageIssue[],
  numbers?: readonly number[],
): Map<string, ReconKey> {
  const keys = new Map<string, ReconKey>();
  rows.forEach((row: unknown, index) => {
    const number = numbers?.[index] ?? index + 1;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      issues.push({
        row: number,
        column: '',
        code: 'INVALID_ARGUMENT',
        message: 'expected a row of cells keyed by column, or one JSON line',
        file: 'invoice',
      });
      return;
    }
    const names = sharedFinder(row);
    const cells = row as Record<string, unknown>;
    const value = (column: string): unknown => {
      const name = names(column);
      return name === undefined ? undefined : cells[name];
    };
    const text = (column: string): string | null => {
      const cell = value(column);
      if (typeof cell !== 'string' && typeof cell !== 'number') return null;
      const trimmed = String(cell).trim();
      return trimmed === '' ? null : trimmed;
    };
    const productId = text('ProductId') ?? '';
    const skuId = text('SkuId') ?? '';
    const availabilityId = text('AvailabilityId');
    const chargeType = (text('ChargeType') ?? '').toLowerCase();
    const credit = chargeType === 'customercredit';
    const usage =
      text('MeterDescription') !== null ||
      text('MeterId') !== null ||
      usageProducts.has(JSON.stringify([productId, skuId, availabilityId]));
    if (!usage && !credit) return;
    const issue = (
      column: string,
      code: UsageIssue['code'],
      message: UsageIssue['message'],
    ): void => {
      issues.push({ row: number, column: names(column) ?? column, code, message, file: 'invoice' });
    };
    if (period !== null) {
      const start = readFileDate(text('ChargeStartDate') ?? undefined);
      if (typeof start === 'number' && dayText(start).slice(0, 7) !== period) return;
    }
    const currency = readCurrencyCode(text('Currency') ?? '');
    if (currency === undefined) {
      issue(
        'Currency',
        text('Currency') === null ? 'MISSING_FIELD' : 'UNKNOWN_CURRENCY',
        text('Currency') === null ? 'expected a value' : 'expected an active ISO 4217 code',
      );
      return;
    }
    const subtotal = readExact(value('Subtotal'));
    if (subtotal === undefined || subtotal === null) {
      issue(
        'Subtotal',
        subtotal === undefined ? 'MISSING_FIELD' : 'INVALID_ARGUMENT',
        subtotal === undefined ? 'expected a value' : 'expected a number',
      );
      return;
    }
    const exponent = currencyExponents[currency];
    if (subtotal.scale > exponent) {
      issue(
        'Subtotal',
        'INVALID_AMOUNT',
        'expected no more decimals than the billing currency has',
      );
      return;
    }
    const exactMinor = truncated(subtotal, exponent);
    // past the safe integers a sum of minor units is no longer exact (PRICE-1)
    if (exactMinor > MAX_SAFE || exactMinor < -MAX_SAFE) {
      issue('Subtotal', 'INVALID_AMOUNT', 'expected a safe integer count of minor units');
      return;
    }
    const minor = Number(exactMinor);
    const invoiceNumber = text('InvoiceNumber');
    const subscriptionId = text('SubscriptionId');
    const id = keyText(invoiceNumber, subscriptionId, productId, skuId, availabilityId, currency);
    const key = keys.get(id) ?? {
      invoiceNumber,
      subscriptionId,
      productId,
      skuId,
      availabilityId,
      currency,
      customerId: text('CustomerId'),
      byPrice: new Map(),
      credit: 0,
      creditRows: [],
      creditAny: false,
    };
    if (credit) {
      key.credit += minor < 0 ? minor : -minor;
      key.creditRows = mergeRows(key.creditRows, [number]);
      if (minor !== 0) key.creditAny = true;
    } else {
      const read = readExact(value('EffectiveUnitPrice'));
      const price = read === undefined || read === null ? '' : exactText(read);
      const entry = key.byPrice.get(price) ?? { subtotal: 0, rows: [], billedAny: false };
      entry.subtotal += minor;
      if (minor !== 0) entry.billedAny = true;
      entry.rows = mergeRows(entry.rows, [number]);
      key.byPrice.set(price, entry);
    }
    keys.set(id, key);
  });
  return keys;
}
