import { describeValue } from '../../kernel/describeValue.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import { readCurrencyCode } from '../../pricing/readCurrencyCode.ts';
import type { ResaleBilling, ResaleCostColumn, ResaleIssueCode, ResaleTerm } from '../types.ts';
import { billedDay, costDay, firstDayOf, lastDayOf, monthOfDay, monthsOf } from './calendar.ts';
import {
  addEntry,
  cellsOf,
  type EntryKey,
  type LineKind,
  type LinePiece,
  type ResaleState,
} from './ResaleState.ts';
import {
  abs,
  add,
  div,
  fromUnits,
  mul,
  type Ratio,
  readRatio,
  roundTo,
  whole,
  ZERO,
} from './ratio.ts';
import type { ResaleSetup } from './readResaleInputs.ts';
import type { ResaleTextId } from './texts/ResaleTexts.ts';
import { resaleSentence } from './texts/resaleTextsFor.ts';

const PERIOD_TYPES = new Set(['cyclecharge', 'renew', 'new']);
const SEAT_CREDIT_TYPES = new Set(['removequantity', 'cancelimmediate', 'cancel']);
const REQUIRED_COST: readonly ResaleCostColumn[] = [
  'CustomerId',
  'ProductId',
  'SkuId',
  'ChargeType',
  'ChargeStartDate',
  'ChargeEndDate',
  'BillableQuantity',
  'Subtotal',
  'Currency',
];
const EST = /extended service term/i;

/** Column lookups cached per header, per reconciler. */
export type HeaderCache = Map<string, Map<string, string>>;

/**
 * The term and billing a `TermAndBillingCycle` names (RSL-3): split at its first comma, the term
 * by `triennial|3 year|P3Y`, `annual|1 year|yearly|P1Y`, `month|P1M`, the billing by
 * `triennial|upfront`, `annual|year`, `month`, else the term's own.
 */
export function readTermText(
  value: string,
): { term: ResaleTerm; billing: ResaleBilling } | undefined {
  const comma = value.indexOf(',');
  const termPart = comma < 0 ? value : value.slice(0, comma);
  const billingPart = comma < 0 ? '' : value.slice(comma + 1);
  const term: ResaleTerm | undefined = /triennial|3 year|p3y/i.test(termPart)
    ? 'P3Y'
    : /annual|1 year|yearly|p1y/i.test(termPart)
      ? 'P1Y'
      : /month|p1m/i.test(termPart)
        ? 'P1M'
        : undefined;
  if (term === undefined) return undefined;
  const billing: ResaleBilling | undefined = /triennial|upfront/i.test(billingPart)
    ? 'triennial'
    : /annual|year/i.test(billingPart)
      ? 'annual'
      : /month/i.test(billingPart)
        ? 'monthly'
        : undefined;
  return {
    term,
    billing: billing ?? (term === 'P1M' ? 'monthly' : term === 'P1Y' ? 'annual' : 'triennial'),
  };
}

/** A cell as text: a string trimmed, a number or boolean written out, anything else empty. */
function cellText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  return typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean'
    ? String(value)
    : '';
}

/** A cell as an issue names it: text quoted, anything else described. */
function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : describeValue(value);
}

function issue(
  state: ResaleState,
  setup: ResaleSetup,
  side: 'cost' | 'billed',
  row: number,
  column: string,
  code: ResaleIssueCode,
  id: ResaleTextId,
  params: Readonly<Record<string, string | number>>,
): void {
  state.issues.push({
    side,
    code,
    row,
    column,
    message: resaleSentence(setup.texts, id, { column, ...params }),
  });
}

function missingColumn(
  state: ResaleState,
  side: 'cost' | 'billed',
  column: string,
  field: string,
  row: number,
): void {
  const id = `${side}\u0000${column}`;
  const held = state.missing.get(id);
  if (held === undefined) state.missing.set(id, { side, column, field, rows: [row] });
  else held.rows.push(row);
}

/** Adds a line's money, seats, price and flags to each of its months (RSL-4). */
function addLine(
  entries: ResaleState['entries'],
  side: 'cost' | 'billed',
  customer: string,
  productId: string,
  skuId: string,
  term: ResaleTerm,
  billing: ResaleBilling,
  line: LinePiece,
): void {
  const months = monthsOf(line.start, line.end);
  const count = whole(months.count);
  const money = div(line.amount, count);
  const credits = line.kind === 'money-credit' ? abs(money) : ZERO;
  const seatLine = line.kind !== 'money-credit';
  for (let i = 0; i < months.count; i++) {
    const month = months.first + i;
    const key: EntryKey = { side, customer, productId, skuId, term, billing, month };
    const setsPrice =
      line.quantity.n !== 0n &&
      (side === 'cost'
        ? line.kind === 'period' && months.holds
        : seatLine &&
          line.amount.n > 0n &&
          line.start <= firstDayOf(month) &&
          line.end >= lastDayOf(month));
    addEntry(entries, key, {
      seats: seatLine && months.holds ? line.quantity : ZERO,
      money,
      credits,
      price: setsPrice
        ? { start: line.start, row: line.row, unit: div(money, line.quantity) }
        : undefined,
      period: line.kind === 'period',
      renew: line.renew,
      est: line.est,
      rows: [line.row],
      currencies: [line.currency],
      codes: line.code === undefined ? [] : [line.code],
    });
  }
}

/** Adds a cost line with its key, and remembers the key for its subscription's later lines. */
export function addCostLine(
  entries: ResaleState['entries'],
  customer: string,
  productId: string,
  skuId: string,
  key: { term: ResaleTerm; billing: ResaleBilling },
  line: LinePiece,
): void {
  addLine(entries, 'cost', customer, productId, skuId, key.term, key.billing, line);
}

/** Reads one row of the reconciliation file (RSL-1) into the state; a bad row is an issue. */
export function observeCostRow(
  state: ResaleState,
  setup: ResaleSetup,
  headers: HeaderCache,
  row: Readonly<Record<string, unknown>>,
  sheet: number,
): void {
  state.counts.costLines++;
  const cells = cellsOf(row, headers);
  const say = (
    column: string,
    code: ResaleIssueCode,
    id: ResaleTextId,
    params: Readonly<Record<string, string | number>> = {},
  ): void => issue(state, setup, 'cost', sheet, column, code, id, params);
  const names = setup.costNames;
  const cell = (column: ResaleCostColumn): unknown => cells(names[column]).value;
  let missing = false;
  for (const column of REQUIRED_COST)
    if (!cells(names[column]).has) {
      missingColumn(state, 'cost', names[column], `map.cost.${column}`, sheet);
      missing = true;
    }
  const termText = cellText(cell('TermAndBillingCycle'));
  if (cellText(cell('MeterDescription')) !== '' && termText === '') {
    state.counts.usageLines++;
    if (state.usageRows.length < 100) state.usageRows.push(sheet);
    return;
  }
  if (missing) return;
  const before = state.issues.length;
  const text = (column: ResaleCostColumn): string => {
    const value = cellText(cell(column));
    if (value === '') say(names[column], 'MISSING_FIELD', 'issue-missing-field', {});
    return value;
  };
  const customer = text('CustomerId');
  const productId = text('ProductId');
  const skuId = text('SkuId');
  const chargeType = text('ChargeType').toLowerCase();
  const day = (column: ResaleCostColumn): number => {
    const value = cell(column);
    const read = costDay(value);
    if (read === undefined) say(names[column], 'MISSING_FIELD', 'issue-missing-field', {});
    else if (read === null)
      say(names[column], 'INVALID_DATE', 'issue-date', {
        format: 'YYYY-MM-DD',
        value: shown(value),
      });
    return read ?? 0;
  };
  const start = day('ChargeStartDate');
  const end = day('ChargeEndDate');
  const quantityCell = cell('BillableQuantity');
  const read = readRatio(quantityCell);
  // a money credit's quantity is no seat count: an empty one is none (RSL-1)
  const creditType = chargeType === 'customercredit';
  const quantity = read === undefined && creditType ? { value: ZERO, scale: 0 } : read;
  if (quantity === undefined)
    say(names.BillableQuantity, 'MISSING_FIELD', 'issue-missing-field', {});
  else if (quantity === null)
    say(names.BillableQuantity, 'INVALID_QUANTITY', 'issue-quantity', {
      value: shown(quantityCell),
    });
  const currencyCell = cell('Currency');
  const currency = readCurrencyCode(cellText(currencyCell));
  if (currency === undefined)
    say(names.Currency, 'UNKNOWN_CURRENCY', 'issue-currency', {
      value: shown(currencyCell),
    });
  const amountCell = cell('Subtotal');
  const amount = readRatio(amountCell);
  if (amount === undefined) say(names.Subtotal, 'MISSING_FIELD', 'issue-missing-field', {});
  else if (amount === null)
    say(names.Subtotal, 'INVALID_AMOUNT', 'issue-amount', {
      value: shown(amountCell),
    });
  else if (currency !== undefined && amount.scale > currencyExponents[currency])
    say(names.Subtotal, 'INVALID_AMOUNT', 'issue-decimals', {
      currency,
      value: shown(amountCell),
    });
  if (state.issues.length === before && end < start)
    say(names.ChargeEndDate, 'INVALID_DATE', 'issue-period', {
      value: `${shown(cell('ChargeStartDate'))} – ${shown(cell('ChargeEndDate'))}`,
    });
  if (
    state.issues.length !== before ||
    quantity == null ||
    amount == null ||
    currency === undefined
  )
    return;
  const named = cellText(cell('CustomerName'));
  const held = state.names.get(customer);
  if (named !== '' && (held === undefined || sheet < held.row))
    state.names.set(customer, { row: sheet, name: named });
  // an Extended Service Term month is a whole month at its price, whatever its charge type
  const estLine = EST.test(
    `${cellText(cell('SkuName'))}\n${cellText(cell('SubscriptionDescription'))}\n${cellText(cell('ProductName'))}`,
  );
  const kind: LineKind = SEAT_CREDIT_TYPES.has(chargeType)
    ? 'seat-credit'
    : creditType || amount.value.n < 0n
      ? 'money-credit'
      : PERIOD_TYPES.has(chargeType) || estLine
        ? 'period'
        : 'seats';
  const negative = (value: Ratio): Ratio => (value.n > 0n ? { n: -value.n, d: value.d } : value);
  const line: LinePiece = {
    kind,
    renew: chargeType === 'renew',
    est: estLine,
    start,
    end,
    quantity: kind === 'seat-credit' ? negative(quantity.value) : quantity.value,
    amount:
      kind === 'seat-credit' || kind === 'money-credit' ? negative(amount.value) : amount.value,
    currency,
    row: sheet,
    code: undefined,
  };
  state.startMonths.add(monthOfDay(start));
  const own = termText === '' ? undefined : readTermText(termText);
  const subscriptionText = cellText(cell('SubscriptionId'));
  const subscriptionId = subscriptionText === '' ? undefined : subscriptionText;
  if (own !== undefined && !line.est) {
    if (subscriptionId !== undefined) {
      const keys = state.history.get(subscriptionId) ?? new Map<string, number[]>();
      const id = `${own.term} ${own.billing}`;
      const rows = keys.get(id);
      if (rows === undefined) keys.set(id, [sheet]);
      else rows.push(sheet);
      state.history.set(subscriptionId, keys);
    }
    addCostLine(state.entries, customer, productId, skuId, own, line);
    return;
  }
  if (subscriptionId === undefined && own === undefined) {
    say(names.TermAndBillingCycle, 'UNREADABLE_TERM', 'issue-term', {
      value: shown(termText),
      subscription: '—',
    });
    return;
  }
  state.pending.push({
    row: sheet,
    customer,
    productId,
    skuId,
    subscriptionId,
    own,
    termText,
    line,
  });
}

/** Reads one row of the billed export through `map.billed` (RSL-2) into the state. */
export function observeBilledRow(
  state: ResaleState,
  setup: ResaleSetup,
  headers: HeaderCache,
  row: Readonly<Record<string, unknown>>,
  sheet: number,
): void {
  state.counts.billedLines++;
  const cells = cellsOf(row, headers);
  const say = (
    column: string,
    code: ResaleIssueCode,
    id: ResaleTextId,
    params: Readonly<Record<string, string | number>> = {},
  ): void => issue(state, setup, 'billed', sheet, column, code, id, params);
  const map = setup.billed;
  const fields: readonly (keyof ResaleSetup['billed'])[] = [
    'customer',
    'product',
    'quantity',
    map.amount === undefined ? 'unitPrice' : 'amount',
    ...(map.currency === undefined ? [] : ['currency' as const]),
    ...(map.periodStart === undefined
      ? ['date' as const]
      : ['periodStart' as const, 'periodEnd' as const]),
  ];
  let missing = false;
  for (const field of fields) {
    const column = map[field] as string;
    if (!cells(column).has) {
      missingColumn(state, 'billed', column, `map.billed.${field}`, sheet);
      missing = true;
    }
  }
  if (missing) return;
  const cell = (field: keyof ResaleSetup['billed']): unknown => cells(map[field] as string).value;
  const before = state.issues.length;
  const text = (field: keyof ResaleSetup['billed']): string => {
    const value = cellText(cell(field));
    if (value === '') say(map[field] as string, 'MISSING_FIELD', 'issue-missing-field', {});
    return value;
  };
  const customer = text('customer');
  const code = text('product');
  const currencyText = map.currency === undefined ? '' : cellText(cell('currency'));
  const currency: CurrencyCode | undefined =
    currencyText === '' ? setup.defaultCurrency : readCurrencyCode(currencyText);
  if (currency === undefined)
    say(map.currency as string, 'UNKNOWN_CURRENCY', 'issue-currency', {
      value: shown(cell('currency')),
    });
  const number = (
    field: 'quantity' | 'amount' | 'unitPrice',
    code: ResaleIssueCode,
  ): Ratio | undefined => {
    const value = cell(field);
    const read = readRatio(value);
    if (read === undefined) say(map[field] as string, 'MISSING_FIELD', 'issue-missing-field', {});
    else if (read === null)
      say(
        map[field] as string,
        code,
        code === 'INVALID_QUANTITY' ? 'issue-quantity' : 'issue-amount',
        {
          value: shown(value),
        },
      );
    else if (
      field === 'amount' &&
      currency !== undefined &&
      read.scale > currencyExponents[currency]
    )
      say(map.amount as string, 'INVALID_AMOUNT', 'issue-decimals', {
        currency,
        value: shown(value),
      });
    return read?.value;
  };
  const quantity = number('quantity', 'INVALID_QUANTITY');
  const amountRead = map.amount === undefined ? undefined : number('amount', 'INVALID_AMOUNT');
  const priceRead = map.amount === undefined ? number('unitPrice', 'INVALID_AMOUNT') : undefined;
  const day = (field: 'periodStart' | 'periodEnd' | 'date'): number => {
    const value = cell(field);
    const read = billedDay(value, setup.dateFormat);
    if (read === undefined) say(map[field] as string, 'MISSING_FIELD', 'issue-missing-field', {});
    else if (read === null)
      say(map[field] as string, 'INVALID_DATE', 'issue-date', {
        format: setup.dateFormat,
        value: shown(value),
      });
    return read ?? 0;
  };
  let start: number;
  let end: number;
  if (map.periodStart !== undefined) {
    start = day('periodStart');
    end = day('periodEnd');
    if (state.issues.length === before && end < start)
      say(map.periodEnd as string, 'INVALID_DATE', 'issue-period', {
        value: `${shown(cell('periodStart'))} – ${shown(cell('periodEnd'))}`,
      });
  } else {
    const month = monthOfDay(day('date')) - (setup.previousMonth ? 1 : 0);
    start = firstDayOf(month);
    end = lastDayOf(month);
  }
  if (state.issues.length !== before || quantity === undefined || currency === undefined) return;
  const exponent = currencyExponents[currency];
  const amount =
    amountRead ?? fromUnits(roundTo(mul(quantity, priceRead ?? ZERO), exponent), exponent);
  const product =
    setup.products.get(code) ??
    setup.products.get(setup.looseProducts.get(code.toLowerCase()) ?? '');
  if (product === undefined) {
    state.counts.unmapped++;
    state.unmappedAmounts.set(currency, add(state.unmappedAmounts.get(currency) ?? ZERO, amount));
    return;
  }
  state.startMonths.add(monthOfDay(start));
  addLine(
    state.entries,
    'billed',
    customer,
    product.productId,
    product.skuId,
    product.term,
    product.billing,
    {
      kind: amount.n < 0n ? 'money-credit' : 'seats',
      renew: false,
      est: false,
      start,
      end,
      quantity,
      amount,
      currency,
      row: sheet,
      code,
    },
  );
}
