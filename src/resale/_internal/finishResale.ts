import { loose } from '../../kernel/columnIndex.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { Money } from '../../pricing/money.ts';
import type {
  ResaleBilling,
  ResaleCustomerMonth,
  ResaleFinding,
  ResaleFindingKind,
  ResaleIssue,
  ResaleNote,
  ResalePriceReason,
  ResaleProductFinding,
  ResaleResult,
  ResaleTenantSeats,
  ResaleTerm,
} from '../types.ts';
import { monthText } from './calendar.ts';
import { addCostLine } from './observeRows.ts';
import { combine, type Entry, type ResaleState } from './ResaleState.ts';
import {
  abs,
  add,
  cmp,
  div,
  mul,
  type Ratio,
  ratioText,
  roundTo,
  sub,
  unitsText,
  whole,
  ZERO,
} from './ratio.ts';
import { BILLINGS, type ResaleSetup, TERMS } from './readResaleInputs.ts';
import type { ResaleTextId } from './texts/ResaleTexts.ts';
import { resaleSentence } from './texts/resaleTextsFor.ts';

/** Both sides of one key in one month. */
interface Sides {
  cost?: Entry;
  billed?: Entry;
}

/** A customer's keys in a month: product × SKU → term × billing → sides. */
type MonthKeys = Map<string, Map<string, Sides>>;

const KIND_ORDER: readonly ResaleFindingKind[] = [
  'unbilled-seats',
  'ghost',
  'over-billed',
  'term-mismatch',
  'unused-seats',
  'price-not-passed-on',
  'credit-not-passed-back',
  'margin-below-floor',
];

function keyOf(term: ResaleTerm, billing: ResaleBilling): string {
  return `${TERMS.indexOf(term)}${BILLINGS.indexOf(billing)}`;
}

function termOf(key: string): { term: ResaleTerm; billing: ResaleBilling } {
  return {
    term: TERMS[Number(key[0])] as ResaleTerm,
    billing: BILLINGS[Number(key[1])] as ResaleBilling,
  };
}

/** The unit price of a side in a month (RSL-4): its price line's, else money ÷ seats. */
function unitOf(entry: Entry | undefined): Ratio | undefined {
  if (entry === undefined) return undefined;
  if (entry.price !== undefined) return entry.price.unit;
  return entry.seats.n === 0n ? undefined : div(entry.money, entry.seats);
}

function seatsOf(entry: Entry | undefined): Ratio {
  return entry?.seats ?? ZERO;
}

function seatNumber(value: Ratio): number {
  return value.d === 1n ? Number(value.n) : Number(ratioText(value, 6));
}

function rowsOf(...entries: (Entry | undefined)[]): number[] {
  const rows = new Set<number>();
  for (const entry of entries) for (const row of entry?.rows ?? []) rows.add(row);
  return [...rows].sort((a, b) => a - b);
}

/** Resolves each pending line's key from its subscription's latest earlier line (RSL-3). */
function resolvePending(
  state: ResaleState,
  setup: ResaleSetup,
  entries: ResaleState['entries'],
  issues: ResaleIssue[],
): void {
  for (const pending of state.pending) {
    // the subscription's keyed line with the highest row before this one
    let found: { row: number; term: ResaleTerm; billing: ResaleBilling } | undefined;
    const keys =
      pending.subscriptionId === undefined ? undefined : state.history.get(pending.subscriptionId);
    for (const [id, rows] of keys ?? [])
      for (const row of rows)
        if (row < pending.row && (found === undefined || row > found.row)) {
          const [term, billing] = id.split(' ') as [ResaleTerm, ResaleBilling];
          found = { row, term, billing };
        }
    const key = found ?? pending.own;
    if (key === undefined) {
      issues.push({
        side: 'cost',
        code: 'UNREADABLE_TERM',
        row: pending.row,
        column: setup.costNames.TermAndBillingCycle,
        message: resaleSentence(setup.texts, 'issue-term', {
          column: setup.costNames.TermAndBillingCycle,
          value: JSON.stringify(pending.termText),
          subscription: pending.subscriptionId ?? '—',
        }),
      });
      continue;
    }
    addCostLine(entries, pending.customer, pending.productId, pending.skuId, key, pending.line);
  }
}

/** Everything a finish works from. */
interface Book {
  readonly byCustomer: Map<string, Map<number, MonthKeys>>;
  readonly costKeys: Set<string>;
  readonly names: Map<string, string>;
}

function file(book: Book, customer: string, month: number, product: string, key: string): Sides {
  const months = book.byCustomer.get(customer) ?? new Map<number, MonthKeys>();
  book.byCustomer.set(customer, months);
  const products = months.get(month) ?? new Map<string, Map<string, Sides>>();
  months.set(month, products);
  const keys = products.get(product) ?? new Map<string, Sides>();
  products.set(product, keys);
  const sides = keys.get(key) ?? {};
  keys.set(key, sides);
  return sides;
}

/** Files every entry under its customer (the billed export's customers matched, RSL-3). */
function bookOf(
  state: ResaleState,
  setup: ResaleSetup,
  entries: ResaleState['entries'],
  issues: ResaleIssue[],
): Book {
  const book: Book = { byCustomer: new Map(), costKeys: new Set(), names: new Map() };
  const byLoose = new Map<string, string>();
  const costIds = [
    ...new Set(
      [...entries.values()].filter((e) => e.key.side === 'cost').map((e) => e.key.customer),
    ),
  ].sort();
  for (const id of costIds) if (!byLoose.has(loose(id))) byLoose.set(loose(id), id);
  const named = [...state.names.entries()].sort((a, b) => a[1].row - b[1].row);
  for (const [id, { name }] of named) {
    book.names.set(id, name);
    if (!byLoose.has(loose(name))) byLoose.set(loose(name), id);
  }
  const looseCustomers = new Map<string, string>();
  for (const [text, id] of setup.customers)
    if (!looseCustomers.has(loose(text))) looseCustomers.set(loose(text), id);
  const unmapped = new Map<string, Set<number>>();
  const billedNames = new Map<string, { row: number; name: string }>();
  for (const { key, entry } of entries.values()) {
    let customer = key.customer;
    if (key.side === 'billed') {
      const id =
        setup.customers.get(customer) ??
        looseCustomers.get(loose(customer)) ??
        byLoose.get(loose(customer));
      if (id === undefined) {
        const rows = unmapped.get(customer) ?? new Set<number>();
        for (const row of entry.rows) rows.add(row);
        unmapped.set(customer, rows);
        continue;
      }
      const first = Math.min(...entry.rows);
      const held = billedNames.get(id);
      if (held === undefined || first < held.row)
        billedNames.set(id, { row: first, name: customer });
      customer = id;
    } else
      book.costKeys.add([customer, key.productId, key.skuId, key.term, key.billing].join('\u0000'));
    const sides = file(
      book,
      customer,
      key.month,
      `${key.productId}\u0000${key.skuId}`,
      keyOf(key.term, key.billing),
    );
    sides[key.side] =
      sides[key.side] === undefined ? entry : combine(sides[key.side] as Entry, entry);
  }
  for (const [id, { name }] of billedNames) if (!book.names.has(id)) book.names.set(id, name);
  for (const [customer, rows] of [...unmapped].sort((a, b) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
  )) {
    const list = [...rows].sort((a, b) => a - b);
    issues.push({
      side: 'billed',
      code: 'UNMAPPED_CUSTOMER',
      rows: list,
      column: setup.billed.customer,
      message: resaleSentence(setup.texts, 'issue-customer', { customer, count: list.length }),
    });
  }
  return book;
}

/** One customer-month being judged: its currency and its conversion of the cost. */
interface Judged {
  readonly customer: string;
  readonly name: string;
  readonly month: number;
  readonly currency: CurrencyCode;
  readonly rate: Ratio;
  readonly keys: MonthKeys;
}

function rateOf(
  setup: ResaleSetup,
  from: CurrencyCode,
  to: CurrencyCode,
  month: number,
): Ratio | undefined {
  if (from === to) return whole(1);
  const dated = setup.fx.find((fx) => fx.from === from && fx.to === to && fx.month === month);
  return (
    dated ?? setup.fx.find((fx) => fx.from === from && fx.to === to && fx.month === undefined)
  )?.rate;
}

/** The finisher's working set: sentences, money, findings. */
class Finish {
  readonly findings: ResaleFinding[] = [];
  readonly notes: ResaleNote[] = [];
  compared = 0;
  notCompared = 0;

  constructor(
    readonly setup: ResaleSetup,
    readonly book: Book,
  ) {}

  money(value: Ratio, currency: CurrencyCode): Money {
    return { amount: Number(roundTo(value, currencyExponents[currency])), currency };
  }

  text(value: Ratio, currency: CurrencyCode): string {
    const exponent = currencyExponents[currency];
    return `${unitsText(roundTo(value, exponent), exponent)} ${currency}`;
  }

  say(id: ResaleTextId, params: Readonly<Record<string, string | number>>): string {
    return resaleSentence(this.setup.texts, id, params);
  }

  push(
    judged: Judged,
    kind: ResaleProductFinding['kind'],
    product: string,
    key: string,
    atStake: Ratio,
    rows: { cost: readonly number[]; billed: readonly number[] },
    words: Readonly<Record<string, string | number>>,
    remedy: { when: 'now' | 'at-renewal'; id: ResaleTextId },
    extra: Partial<
      Pick<ResaleProductFinding, 'seats' | 'billedTerm' | 'billedBilling' | 'reason'>
    > = {},
  ): void {
    const [productId, skuId] = product.split('\u0000') as [string, string];
    const { term, billing } = termOf(key);
    const params = {
      customer: judged.name,
      month: monthText(judged.month),
      product: `${productId}/${skuId}`,
      term,
      billing,
      amount: this.text(atStake, judged.currency),
      ...words,
      ...(typeof words.seats === 'number'
        ? {
            seatWords: this.say(words.seats === 1 ? 'seats-one' : 'seats-other', {
              count: words.seats,
            }),
            moreSeats: this.say(words.seats === 1 ? 'more-seats-one' : 'more-seats-other', {
              count: words.seats,
            }),
          }
        : {}),
    };
    this.findings.push({
      kind,
      customerId: judged.customer,
      customerName: judged.name,
      month: monthText(judged.month),
      productId,
      skuId,
      ...(kind === 'unused-seats' ? {} : { term, billing }),
      ...extra,
      atStake: this.money(atStake, judged.currency),
      rule: kind === 'term-mismatch' ? 'RSL-5' : 'RSL-6',
      rows,
      message: this.say(kind, params),
      remedy: { when: remedy.when, message: this.say(remedy.id, params) },
    });
  }

  /** The partner's codes of a key, else its product. */
  codes(sides: Sides | undefined, product: string): string {
    const codes = sides?.billed?.codes ?? [];
    if (codes.length > 0) return codes.join(', ');
    const [productId, skuId] = product.split('\u0000') as [string, string];
    const term = [...this.setup.products.entries()]
      .filter(([, p]) => p.productId === productId && p.skuId === skuId)
      .map(([code]) => code);
    return term.length > 0 ? term.join(', ') : `${productId}/${skuId}`;
  }

  /** RSL-5 and RSL-6's seats, prices and credits of one product of a customer-month. */
  product(judged: Judged, product: string, keys: Map<string, Sides>): void {
    const order = [...keys.keys()].sort();
    const delta = new Map<string, Ratio>();
    for (const key of order) {
      const sides = keys.get(key) as Sides;
      delta.set(key, sub(seatsOf(sides.cost), seatsOf(sides.billed)));
    }
    // RSL-5: surplus keys paired in key order with keys billed beyond their cost
    for (const plus of order) {
      for (const minus of order) {
        const up = delta.get(plus) as Ratio;
        const down = delta.get(minus) as Ratio;
        if (up.n <= 0n) break;
        if (down.n >= 0n) continue;
        const m = cmp(up, abs(down)) <= 0 ? up : abs(down);
        delta.set(plus, sub(up, m));
        delta.set(minus, add(down, m));
        const from = keys.get(plus) as Sides;
        const to = keys.get(minus) as Sides;
        const unit = mul(unitOf(from.cost) ?? ZERO, judged.rate);
        const billed = termOf(minus);
        this.push(
          judged,
          'term-mismatch',
          product,
          plus,
          mul(m, unit),
          { cost: rowsOf(from.cost, to.cost), billed: rowsOf(from.billed, to.billed) },
          { seats: seatNumber(m), billedTerm: billed.term, billedBilling: billed.billing },
          { when: 'at-renewal', id: 'remedy-term' },
          { seats: seatNumber(m), billedTerm: billed.term, billedBilling: billed.billing },
        );
      }
    }
    for (const key of order) {
      const sides = keys.get(key) as Sides;
      const left = delta.get(key) as Ratio;
      const rows = { cost: rowsOf(sides.cost), billed: rowsOf(sides.billed) };
      const codes = this.codes(sides, product);
      if (left.n > 0n) {
        const billedUnit = unitOf(sides.billed);
        const unit = billedUnit ?? mul(unitOf(sides.cost) ?? ZERO, judged.rate);
        this.push(
          judged,
          'unbilled-seats',
          product,
          key,
          mul(left, unit),
          rows,
          { seats: seatNumber(left), codes },
          { when: 'now', id: 'remedy-unbilled' },
          { seats: seatNumber(left) },
        );
      } else if (left.n < 0n) {
        const [productId, skuId] = product.split('\u0000') as [string, string];
        const { term, billing } = termOf(key);
        const ghost = !this.book.costKeys.has(
          [judged.customer, productId, skuId, term, billing].join('\u0000'),
        );
        const seats = abs(left);
        this.push(
          judged,
          ghost ? 'ghost' : 'over-billed',
          product,
          key,
          mul(seats, unitOf(sides.billed) ?? ZERO),
          rows,
          { seats: seatNumber(seats), codes },
          { when: 'now', id: ghost ? 'remedy-ghost' : 'remedy-over-billed' },
          { seats: seatNumber(seats) },
        );
      }
      this.price(judged, product, key, sides, codes);
      const credited = mul(sides.cost?.credits ?? ZERO, judged.rate);
      const passed = sides.billed?.credits ?? ZERO;
      if (cmp(credited, passed) > 0)
        this.push(
          judged,
          'credit-not-passed-back',
          product,
          key,
          sub(credited, passed),
          rows,
          {
            credited: this.text(credited, judged.currency),
            passed: this.text(passed, judged.currency),
          },
          { when: 'now', id: 'remedy-credit' },
        );
    }
  }

  /** RSL-6's `price-not-passed-on`: the cost's unit price rose more than the customer's. */
  price(judged: Judged, product: string, key: string, sides: Sides, codes: string): void {
    if (sides.cost?.period !== true) return;
    const costNow = unitOf(sides.cost);
    const billedNow = unitOf(sides.billed);
    if (costNow === undefined || billedNow === undefined) return;
    const months = this.book.byCustomer.get(judged.customer) as Map<number, MonthKeys>;
    let earlier: Sides | undefined;
    for (const month of [...months.keys()].sort((a, b) => b - a)) {
      if (month >= judged.month) continue;
      const then = months.get(month)?.get(product)?.get(key);
      if (
        then?.cost?.period === true &&
        unitOf(then.cost) !== undefined &&
        unitOf(then.billed) !== undefined
      ) {
        earlier = then;
        break;
      }
    }
    if (earlier === undefined) {
      this.notCompared++;
      return;
    }
    this.compared++;
    const rise = mul(sub(costNow, unitOf(earlier.cost) as Ratio), judged.rate);
    const billedRise = sub(billedNow, unitOf(earlier.billed) as Ratio);
    const seats = seatsOf(sides.billed);
    if (rise.n <= 0n || cmp(billedRise, rise) >= 0 || seats.n <= 0n) return;
    const reason: ResalePriceReason = sides.cost.est
      ? 'extended-service-term'
      : sides.cost.renew
        ? 'renewal'
        : 'price-change';
    const gap = sub(rise, billedRise);
    this.push(
      judged,
      'price-not-passed-on',
      product,
      key,
      mul(gap, seats),
      { cost: rowsOf(earlier.cost, sides.cost), billed: rowsOf(earlier.billed, sides.billed) },
      {
        rise: this.text(rise, judged.currency),
        billedRise: this.text(billedRise, judged.currency),
        reason: this.say(`reason-${reason}`, {}),
        codes,
      },
      { when: 'now', id: reason === 'extended-service-term' ? 'remedy-price-est' : 'remedy-price' },
      { reason },
    );
  }
}

function currenciesOf(keys: MonthKeys, side: 'cost' | 'billed'): CurrencyCode[] {
  const set = new Set<CurrencyCode>();
  for (const products of keys.values())
    for (const sides of products.values())
      for (const code of sides[side]?.currencies ?? []) set.add(code);
  return [...set].sort();
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** RSL-6's `unused-seats` and `seats-differ` for the snapshot month. */
function seatsFindings(
  finish: Finish,
  seats: readonly ResaleTenantSeats[],
  judgedOf: (customer: string) => Judged | undefined,
): number {
  const { setup } = finish;
  let checked = 0;
  for (const tenant of seats) {
    const judged = judgedOf(tenant.customerId);
    if (judged === undefined) continue;
    for (const sku of tenant.value) {
      const graphId = sku.skuId.toLowerCase();
      const products = new Set(
        [...setup.products.values()]
          .filter((p) => p.graphSkuId === graphId)
          .map((p) => `${p.productId}\u0000${p.skuId}`),
      );
      for (const product of [...products].sort()) {
        const keys = judged.keys.get(product);
        if (keys === undefined) continue;
        checked++;
        let paid = ZERO;
        let lowest: Ratio | undefined;
        const entries: Entry[] = [];
        for (const sides of keys.values()) {
          if (sides.cost === undefined) continue;
          entries.push(sides.cost);
          paid = add(paid, sides.cost.seats);
          const unit = unitOf(sides.cost);
          if (unit !== undefined && (lowest === undefined || cmp(unit, lowest) < 0)) lowest = unit;
        }
        const [productId, skuId] = product.split('\u0000') as [string, string];
        const enabled = sku.prepaidUnits?.enabled;
        if (enabled !== undefined && cmp(whole(enabled), paid) !== 0)
          finish.notes.push({
            code: 'seats-differ',
            customerId: judged.customer,
            month: monthText(judged.month),
            message: finish.say('note-seats-differ', {
              customer: judged.name,
              product: `${productId}/${skuId}`,
              enabled,
              paid: seatNumber(paid),
            }),
          });
        const unused = sub(paid, whole(sku.consumedUnits));
        if (unused.n <= 0n) continue;
        finish.push(
          judged,
          'unused-seats',
          product,
          '00',
          mul(mul(unused, lowest ?? ZERO), judged.rate),
          { cost: rowsOf(...entries), billed: [] },
          { seats: seatNumber(unused), paid: seatNumber(paid), assigned: sku.consumedUnits },
          { when: 'at-renewal', id: 'remedy-unused' },
          { seats: seatNumber(unused) },
        );
      }
    }
  }
  return checked;
}

/**
 * The result of everything observed (RSL-5 … RSL-8): pending keys resolved, billed customers
 * matched, each customer-month of the months reconciled judged in its billed currency.
 */
export function finishResale(
  state: ResaleState,
  setup: ResaleSetup,
  seats: readonly ResaleTenantSeats[],
  seatIssues: readonly ResaleIssue[],
): ResaleResult {
  const entries = new Map(state.entries);
  const issues: ResaleIssue[] = [...state.issues];
  resolvePending(state, setup, entries, issues);
  const book = bookOf(state, setup, entries, issues);
  const finish = new Finish(setup, book);
  const months =
    setup.period !== undefined ? [setup.period] : [...state.startMonths].sort((a, b) => a - b);
  const customers: ResaleCustomerMonth[] = [];
  const judgedByMonth = new Map<number, Map<string, Judged>>();
  for (const month of months) {
    const judgedHere = new Map<string, Judged>();
    judgedByMonth.set(month, judgedHere);
    for (const customer of [...book.byCustomer.keys()].sort(compareText)) {
      const keys = book.byCustomer.get(customer)?.get(month);
      if (keys === undefined) continue;
      const name = book.names.get(customer) ?? customer;
      const costCurrencies = currenciesOf(keys, 'cost');
      const billedCurrencies = currenciesOf(keys, 'billed');
      const mixed =
        costCurrencies.length > 1
          ? costCurrencies
          : billedCurrencies.length > 1
            ? billedCurrencies
            : undefined;
      if (mixed !== undefined) {
        const side = costCurrencies.length > 1 ? 'side-cost' : 'side-billed';
        issues.push({
          side: costCurrencies.length > 1 ? 'cost' : 'billed',
          code: 'MIXED_CURRENCY',
          customerId: customer,
          month: monthText(month),
          message: finish.say('issue-mixed', {
            side: finish.say(side, {}),
            customer: name,
            month: monthText(month),
            currencies: mixed.join(', '),
          }),
        });
        continue;
      }
      const currency = (billedCurrencies[0] ?? costCurrencies[0]) as CurrencyCode;
      const from = costCurrencies[0] ?? currency;
      const rate = rateOf(setup, from, currency, month);
      if (rate === undefined) {
        issues.push({
          side: 'cost',
          code: 'NO_FX_RATE',
          customerId: customer,
          month: monthText(month),
          message: finish.say('issue-fx', {
            from,
            to: currency,
            month: monthText(month),
            customer: name,
          }),
        });
        continue;
      }
      const judged: Judged = { customer, name, month, currency, rate, keys };
      judgedHere.set(customer, judged);
      let cost = ZERO;
      let billed = ZERO;
      for (const [product, byKey] of [...keys].sort((a, b) => compareText(a[0], b[0]))) {
        for (const sides of byKey.values()) {
          cost = add(cost, sides.cost?.money ?? ZERO);
          billed = add(billed, sides.billed?.money ?? ZERO);
        }
        finish.product(judged, product, byKey);
      }
      const exponent = currencyExponents[currency];
      const costUnits = roundTo(mul(cost, rate), exponent);
      const billedUnits = roundTo(billed, exponent);
      const marginUnits = billedUnits - costUnits;
      const percent =
        billedUnits > 0n
          ? div({ n: marginUnits * 100n, d: 1n }, { n: billedUnits, d: 1n })
          : undefined;
      customers.push({
        customerId: customer,
        customerName: name,
        month: monthText(month),
        currency,
        cost: { amount: Number(costUnits), currency },
        billed: { amount: Number(billedUnits), currency },
        margin: { amount: Number(marginUnits), currency },
        marginPercent: percent === undefined ? null : ratioText(percent, 2),
      });
      const floor = setup.floor;
      if (floor !== undefined && percent !== undefined && cmp(percent, floor.value) < 0) {
        const scale = 10n ** BigInt(exponent);
        const short = sub(
          div(mul(floor.value, { n: billedUnits, d: 1n }), { n: 100n * scale, d: 1n }),
          { n: marginUnits, d: scale },
        );
        finish.findings.push({
          kind: 'margin-below-floor',
          customerId: customer,
          customerName: name,
          productId: '',
          skuId: '',
          month: monthText(month),
          atStake: finish.money(short, currency),
          rule: 'RSL-7',
          rows: {
            cost: rowsOf(...[...keys.values()].flatMap((k) => [...k.values()].map((s) => s.cost))),
            billed: rowsOf(
              ...[...keys.values()].flatMap((k) => [...k.values()].map((s) => s.billed)),
            ),
          },
          marginPercent: ratioText(percent, 2),
          floor: floor.text,
          message: finish.say('margin-below-floor', {
            customer: name,
            month: monthText(month),
            percent: ratioText(percent, 2),
            floor: floor.text,
            amount: finish.text(short, currency),
          }),
          remedy: {
            when: 'now',
            message: finish.say('remedy-margin', { amount: finish.text(short, currency) }),
          },
        });
      }
    }
  }
  const snapshot = months[months.length - 1];
  const seatsChecked =
    snapshot === undefined
      ? 0
      : seatsFindings(finish, seats, (customer) => judgedByMonth.get(snapshot)?.get(customer));
  const findings = finish.findings.sort(
    (a, b) =>
      compareText(a.month, b.month) ||
      compareText(a.customerId, b.customerId) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      compareText(keyText(a), keyText(b)),
  );
  const atStake = new Map<CurrencyCode, number>();
  for (const finding of findings)
    atStake.set(
      finding.atStake.currency,
      (atStake.get(finding.atStake.currency) ?? 0) + finding.atStake.amount,
    );
  for (const missing of [...state.missing.values()]) {
    const rows = [...missing.rows].sort((a, b) => a - b);
    issues.push({
      side: missing.side,
      code: 'MISSING_COLUMN',
      rows,
      column: missing.column,
      message: resaleSentence(setup.texts, 'issue-missing-column', {
        column: missing.column,
        field: missing.field,
        count: rows.length,
      }),
    });
  }
  issues.push(...seatIssues);
  const notes: ResaleNote[] = [];
  if (state.counts.usageLines > 0)
    notes.push({
      code: 'usage-lines',
      rows: [...state.usageRows].sort((a, b) => a - b),
      message: finish.say('note-usage', { count: state.counts.usageLines }),
    });
  notes.push(...finish.notes);
  if (finish.notCompared > 0)
    notes.push({
      code: 'prices-not-compared',
      message: finish.say('note-prices', { count: finish.notCompared }),
    });
  return {
    findings,
    customers,
    issues: issues.sort(compareIssues),
    notes,
    summary: {
      months: months.map(monthText),
      costLines: state.counts.costLines,
      billedLines: state.counts.billedLines,
      usageLines: state.counts.usageLines,
      billedUnmapped: {
        lines: state.counts.unmapped,
        amounts: [...state.unmappedAmounts]
          .sort((a, b) => compareText(a[0], b[0]))
          .map(([currency, amount]) => finish.money(amount, currency)),
      },
      findings: findings.length,
      atStake: [...atStake]
        .sort((a, b) => compareText(a[0], b[0]))
        .map(([currency, amount]) => ({ amount, currency })),
      seatsChecked,
      priceChecks: { compared: finish.compared, notCompared: finish.notCompared },
    },
  };
}

function keyText(finding: ResaleFinding): string {
  if (finding.kind === 'margin-below-floor') return '';
  return [
    finding.productId,
    finding.skuId,
    finding.term === undefined ? '' : TERMS.indexOf(finding.term),
    finding.billing === undefined ? '' : BILLINGS.indexOf(finding.billing),
    finding.billedTerm ?? '',
    finding.billedBilling ?? '',
  ].join('\u0000');
}

const SIDES = ['cost', 'billed', 'seats'];

function compareIssues(a: ResaleIssue, b: ResaleIssue): number {
  return (
    SIDES.indexOf(a.side) - SIDES.indexOf(b.side) ||
    (a.row ?? a.rows?.[0] ?? 0) - (b.row ?? b.rows?.[0] ?? 0) ||
    compareText(a.month ?? '', b.month ?? '') ||
    compareText(a.customerId ?? '', b.customerId ?? '') ||
    compareText(a.column ?? '', b.column ?? '') ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}
