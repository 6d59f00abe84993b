import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { requireOneOf } from '../../kernel/requireOneOf.ts';
import { requireRecord } from '../../kernel/requireRecord.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { readCurrencyCode } from '../../pricing/readCurrencyCode.ts';
import type { ResaleBilling, ResaleCostColumn, ResaleDateFormat, ResaleTerm } from '../types.ts';
import { readMonth } from './calendar.ts';
import { cmp, type Ratio, readRatio, whole } from './ratio.ts';
import type { ResaleTexts } from './texts/ResaleTexts.ts';
import { resaleTextsFor } from './texts/resaleTextsFor.ts';

export const TERMS: readonly ResaleTerm[] = ['P1M', 'P1Y', 'P3Y'];
export const BILLINGS: readonly ResaleBilling[] = ['monthly', 'annual', 'triennial'];
const DATE_FORMATS: readonly ResaleDateFormat[] = ['YYYY-MM-DD', 'M/D/YYYY', 'D/M/YYYY'];
export const COST_COLUMNS: readonly ResaleCostColumn[] = [
  'CustomerId',
  'CustomerName',
  'ProductId',
  'SkuId',
  'SkuName',
  'ProductName',
  'SubscriptionId',
  'SubscriptionDescription',
  'TermAndBillingCycle',
  'ChargeType',
  'ChargeStartDate',
  'ChargeEndDate',
  'BillableQuantity',
  'Subtotal',
  'Currency',
  'MeterDescription',
];
const BILLED_FIELDS = [
  'customer',
  'product',
  'quantity',
  'unitPrice',
  'amount',
  'currency',
  'defaultCurrency',
  'periodStart',
  'periodEnd',
  'date',
  'dateFormat',
  'dateMeans',
  'invoice',
  'description',
] as const;

/** A product of the map as the check uses it. */
export interface ReadProduct {
  readonly productId: string;
  readonly skuId: string;
  readonly term: ResaleTerm;
  readonly billing: ResaleBilling;
  readonly graphSkuId: string | undefined;
}

/** One exchange rate, read. */
export interface ReadFx {
  readonly from: CurrencyCode;
  readonly to: CurrencyCode;
  readonly rate: Ratio;
  readonly month: number | undefined;
}

/** The map and options, checked once (RSL-8): the hot path reads only these. */
export interface ResaleSetup {
  readonly billed: Readonly<Partial<Record<(typeof BILLED_FIELDS)[number], string>>> & {
    readonly customer: string;
    readonly product: string;
    readonly quantity: string;
  };
  readonly defaultCurrency: CurrencyCode | undefined;
  readonly dateFormat: ResaleDateFormat;
  readonly previousMonth: boolean;
  /** The partner's code → its product; codes compared exactly, then ignoring case and spaces. */
  readonly products: ReadonlyMap<string, ReadProduct>;
  readonly looseProducts: ReadonlyMap<string, string>;
  readonly customers: ReadonlyMap<string, string>;
  /** A reconciliation column → the name the file gives it. */
  readonly costNames: Readonly<Record<ResaleCostColumn, string>>;
  readonly period: number | undefined;
  readonly floor: { readonly value: Ratio; readonly text: string } | undefined;
  readonly fx: readonly ReadFx[];
  readonly texts: ResaleTexts;
  /** The caller's objects, for a merge to check both sides were made alike. */
  readonly source: { readonly map: unknown; readonly options: unknown };
}

function text(value: unknown, path: string): string {
  if (value === undefined) fail(RuleErrorCode.MISSING_FIELD, path, 'expected text', value);
  if (typeof value !== 'string' || value.trim() === '')
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected text', value);
  return value;
}

function optionalText(value: unknown, path: string): string | undefined {
  return value === undefined ? undefined : text(value, path);
}

function readBilled(value: unknown): ResaleSetup['billed'] {
  const billed = requireRecord(value, 'map.billed');
  for (const key of Object.keys(billed))
    if (!(BILLED_FIELDS as readonly string[]).includes(key))
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `map.billed.${key}`,
        'expected one of {allowed}',
        key,
        BILLED_FIELDS.join(', '),
      );
  const read: Record<string, string> = {
    customer: text(billed.customer, 'map.billed.customer'),
    product: text(billed.product, 'map.billed.product'),
    quantity: text(billed.quantity, 'map.billed.quantity'),
  };
  for (const field of [
    'unitPrice',
    'amount',
    'currency',
    'periodStart',
    'periodEnd',
    'date',
    'invoice',
    'description',
  ] as const) {
    const column = optionalText(billed[field], `map.billed.${field}`);
    if (column !== undefined) read[field] = column;
  }
  if (read.amount === undefined && read.unitPrice === undefined)
    fail(
      RuleErrorCode.MISSING_FIELD,
      'map.billed.amount',
      'expected the column of the net amount, or map.billed.unitPrice to multiply by the quantity',
      undefined,
    );
  if ((read.periodStart === undefined) !== (read.periodEnd === undefined))
    fail(
      RuleErrorCode.MISSING_FIELD,
      read.periodStart === undefined ? 'map.billed.periodStart' : 'map.billed.periodEnd',
      'expected both periodStart and periodEnd, or neither',
      undefined,
    );
  if (read.periodStart === undefined && read.date === undefined)
    fail(
      RuleErrorCode.MISSING_FIELD,
      'map.billed.date',
      'expected the column of a date, or periodStart and periodEnd',
      undefined,
    );
  return read as ResaleSetup['billed'];
}

function readProducts(value: unknown): Pick<ResaleSetup, 'products' | 'looseProducts'> {
  if (!Array.isArray(value))
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      'map.products',
      'expected a list',
      value,
    );
  const products = new Map<string, ReadProduct>();
  const looseProducts = new Map<string, string>();
  value.forEach((item: unknown, index) => {
    const path = `map.products.${index}`;
    const product = requireRecord(item, path);
    const code = text(product.code, `${path}.code`);
    if (products.has(code))
      fail(RuleErrorCode.INVALID_ARGUMENT, `${path}.code`, 'expected each code once', code);
    products.set(code, {
      productId: text(product.productId, `${path}.productId`),
      skuId: text(product.skuId, `${path}.skuId`),
      term: requireOneOf(product.term, TERMS, `${path}.term`),
      billing: requireOneOf(product.billing, BILLINGS, `${path}.billing`),
      graphSkuId: optionalText(product.graphSkuId, `${path}.graphSkuId`)?.toLowerCase(),
    });
    const loose = code.trim().toLowerCase();
    if (!looseProducts.has(loose)) looseProducts.set(loose, code);
  });
  return { products, looseProducts };
}

function readCustomers(value: unknown): Map<string, string> {
  const customers = new Map<string, string>();
  if (value === undefined) return customers;
  const record = requireRecord(value, 'map.customers');
  for (const [key, id] of Object.entries(record))
    customers.set(key, text(id, `map.customers.${key}`));
  return customers;
}

function readCostNames(value: unknown): Record<ResaleCostColumn, string> {
  const names = Object.fromEntries(COST_COLUMNS.map((name) => [name, name])) as Record<
    ResaleCostColumn,
    string
  >;
  if (value === undefined) return names;
  const record = requireRecord(value, 'map.cost');
  for (const [key, name] of Object.entries(record)) {
    const column = requireOneOf(key, COST_COLUMNS, `map.cost.${key}`);
    names[column] = text(name, `map.cost.${key}`);
  }
  return names;
}

/** A percentage `0 ≤ p < 100`, as `'10'`, `'10%'`, `'12.5 %'` or a number. */
function readFloor(value: unknown): ResaleSetup['floor'] {
  if (value === undefined) return undefined;
  const textValue = typeof value === 'number' ? String(value) : value;
  const match = typeof textValue === 'string' ? /^\s*([^%\s]+)\s*%?\s*$/.exec(textValue) : null;
  const read = match === null ? null : readRatio(match[1]);
  if (read === null || read === undefined || read.value.n < 0n || cmp(read.value, whole(100)) >= 0)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.marginFloor',
      'expected a percentage from 0 up to (not including) 100, such as "10%"',
      value,
    );
  return { value: read.value, text: String(match?.[1]).replace(/^\+/, '') };
}

function currency(value: unknown, path: string): CurrencyCode {
  const code = readCurrencyCode(value);
  if (code === undefined)
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.UNKNOWN_CURRENCY,
      path,
      'expected an active ISO 4217 code, such as USD',
      value,
    );
  return code;
}

function readFx(value: unknown): ReadFx[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options.fx', 'expected a list', value);
  return value.map((item: unknown, index) => {
    const path = `options.fx.${index}`;
    const entry = requireRecord(item, path);
    const rate = readRatio(typeof entry.rate === 'number' ? String(entry.rate) : entry.rate);
    if (rate === null || rate === undefined || rate.value.n <= 0n)
      fail(
        entry.rate === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
        `${path}.rate`,
        'expected a positive rate',
        entry.rate,
      );
    const month = entry.month === undefined ? undefined : readMonth(entry.month);
    if (entry.month !== undefined && month === undefined)
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `${path}.month`,
        'expected the billing month as YYYY-MM (2026-10)',
        entry.month,
      );
    return {
      from: currency(entry.from, `${path}.from`),
      to: currency(entry.to, `${path}.to`),
      rate: rate.value,
      month,
    };
  });
}

/**
 * Checks the map and options once (RSL-8): every misuse is a `RuleError` naming the caller's own
 * field; what follows reads plain values.
 */
export function readResaleSetup(mapValue: unknown, optionsValue: unknown): ResaleSetup {
  const map = requireRecord(mapValue, 'map');
  const options = optionsValue === undefined ? {} : requireRecord(optionsValue, 'options');
  const billed = readBilled(map.billed);
  const rawBilled = map.billed as Readonly<Record<string, unknown>>;
  const defaultCurrency =
    rawBilled.defaultCurrency === undefined
      ? undefined
      : currency(rawBilled.defaultCurrency, 'map.billed.defaultCurrency');
  if (billed.currency === undefined && defaultCurrency === undefined)
    fail(
      RuleErrorCode.MISSING_FIELD,
      'map.billed.defaultCurrency',
      'expected the currency column, or the currency of every line',
      undefined,
    );
  const dateFormat =
    rawBilled.dateFormat === undefined
      ? 'YYYY-MM-DD'
      : requireOneOf(rawBilled.dateFormat, DATE_FORMATS, 'map.billed.dateFormat');
  const dateMeans =
    rawBilled.dateMeans === undefined
      ? 'month'
      : requireOneOf(rawBilled.dateMeans, ['month', 'previous-month'], 'map.billed.dateMeans');
  const period = options.period === undefined ? undefined : readMonth(options.period);
  if (options.period !== undefined && period === undefined)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.period',
      'expected the billing month as YYYY-MM (2026-10)',
      options.period,
    );
  return {
    billed,
    defaultCurrency,
    dateFormat,
    previousMonth: dateMeans === 'previous-month',
    ...readProducts(map.products),
    customers: readCustomers(map.customers),
    costNames: readCostNames(map.cost),
    period,
    floor: readFloor(options.marginFloor),
    fx: readFx(options.fx),
    texts: resaleTextsFor(options.locale),
    source: { map: mapValue, options: optionsValue },
  };
}
