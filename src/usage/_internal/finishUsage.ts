import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { Money } from '../../pricing/money.ts';
import type {
  UsageAtStake,
  UsageCredit,
  UsageCustomer,
  UsageFinding,
  UsageLate,
  UsageNote,
  UsageReconcileResult,
} from '../resultTypes.ts';
import type { UsageIssue } from '../types.ts';
import { amountText } from './amountText.ts';
import { truncated } from './exact.ts';
import { givenInvoices } from './givenInvoices.ts';
import { compareInvoice, type InvoiceFindings } from './invoiceComparison.ts';
import { pecFindings } from './pecFindings.ts';
import { provisionalOf } from './provisional.ts';
import type { UsageOptions } from './readUsageOptions.ts';
import { reconUsageRows } from './reconUsageRows.ts';
import { remedyOf } from './remedyOf.ts';
import { mergeRows } from './rowList.ts';
import { shapeIssues } from './shapeIssues.ts';
import { usageSentence } from './texts/usageTextsFor.ts';
import type { PriceGroup, UsageState } from './UsageState.ts';

function byKeyed<T>(map: ReadonlyMap<string, T>): [string, T][] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function byKey<T>(map: ReadonlyMap<string, T>): T[] {
  return byKeyed(map).map(([, v]) => v);
}

/** The English issue of a sum past the safe integers (PRICE-1), translated as the reader's issues. */
const SUM_UNSAFE = 'expected a sum of at most 9007199254740991 minor units';

/** Money summed and the rows it comes from, for {@link Sums.perCurrency}. */
interface Summed {
  readonly money: Money;
  readonly rows: readonly number[];
}

/**
 * Sums of money by currency, exact (PRICE-1). Each sum is kept as a `bigint`, so no addition rounds;
 * a sum past `Number.MAX_SAFE_INTEGER` minor units is handed on as ±`Number.MAX_SAFE_INTEGER` (the
 * amount is at least that) with one issue per field and currency naming the lowest row summed.
 * (Decided where the rules are silent: `Money` is a safe integer, so the bound with an issue is
 * the one honest `Money`; a reader then never adds rounded figures believing them exact.)
 */
class Sums {
  private readonly said = new Set<string>();
  /** The issues this made: a sum's, not a row's. */
  readonly made: WeakSet<UsageIssue> = new WeakSet();

  constructor(private readonly issues: UsageIssue[]) {}

  /**
   * The sums of `items` by currency, in the order of the currencies' codes.
   *
   * @param items - The amounts and their rows.
   * @param field - The result's field the sums go to, named by an issue (`atStake`, `net`, ...).
   */
  perCurrency(items: Iterable<Summed>, field: string): Money[] {
    const sums = new Map<CurrencyCode, { sum: bigint; row: number }>();
    for (const { money, rows } of items) {
      const known = sums.get(money.currency) ?? { sum: 0n, row: Number.POSITIVE_INFINITY };
      known.sum += BigInt(money.amount);
      for (const row of rows) if (row < known.row) known.row = row;
      sums.set(money.currency, known);
    }
    return [...sums.keys()].sort().map((currency) => {
      const { sum, row } = sums.get(currency) as { sum: bigint; row: number };
      const bound = BigInt(Number.MAX_SAFE_INTEGER);
      if (sum >= -bound && sum <= bound) return { amount: Number(sum), currency };
      const column = `${field} ${currency}`;
      if (!this.said.has(column)) {
        this.said.add(column);
        const issue: UsageIssue = {
          row: Number.isFinite(row) ? row : 1,
          column,
          code: 'INVALID_AMOUNT',
          message: SUM_UNSAFE,
        };
        this.made.add(issue);
        this.issues.push(issue);
      }
      return { amount: sum < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER, currency };
    });
  }

  /** The money at stake of some findings, per currency. */
  atStakeOf(findings: readonly UsageFinding[]): UsageAtStake[] {
    const amount = this.perCurrency(
      findings.map((f) => ({ money: f.atStake, rows: f.rows })),
      'atStake',
    );
    const net = this.perCurrency(
      findings.map((f) => ({ money: f.difference, rows: f.rows })),
      'net',
    );
    return amount.map((a, i) => ({ currency: a.currency, amount: a, net: net[i] as Money }));
  }
}

/** Items by their `customerId`, each customer's in the order given. */
function byCustomer<T extends { readonly customerId: string | null }>(
  items: readonly T[],
): Map<string | null, T[]> {
  const of = new Map<string | null, T[]>();
  for (const item of items) {
    const list = of.get(item.customerId);
    if (list === undefined) of.set(item.customerId, [item]);
    else list.push(item);
  }
  return of;
}

/**
 * What finishing one Azure plan's state needs from the whole file (the warehouse's groups), and
 * what it hands back beside the result. Without it the state is the whole file's.
 */
export interface FinishContext {
  /** The invoice numbers of every invoice file's rows (`givenInvoices`). */
  readonly given?: ReadonlySet<string | null>;
  /** `[ProductId, SkuId, AvailabilityId]` (as JSON) of every line of the usage file. */
  readonly products?: ReadonlySet<string>;
  /** Each invoice row's number, by its place in `reconRows` (default: place + 1). */
  readonly reconNumbers?: readonly number[];
  /** Filled with each listed item's key: the order of the items of every plan put together. */
  readonly keys?: Map<object, string>;
}

/**
 * The result of a usage reconciliation (USG-6) from its state, against the invoice file's rows
 * (`null`: USG-4 not checked). Everything is sorted by key, so the result is the same for any
 * order of lines and any split into merged shards.
 */
export function finishUsage(
  state: UsageState,
  options: UsageOptions,
  reconRows: readonly object[] | null,
  context: FinishContext = {},
): UsageReconcileResult {
  const { texts } = options;
  const { keys } = context;
  const { pecSeen } = state;
  const issues = [...state.issues, ...state.twice.values()];
  const pec = pecFindings(state.pec.values(), state.earned, pecSeen, texts);
  /** `item`, keyed by `key` (the order of the items of every plan put together). */
  const keyed = <T extends object>(key: string | undefined, item: T): T => {
    if (key !== undefined) keys?.set(item, key);
    return item;
  };
  // the groups as the state holds them, unsorted: every use below is of any order (a sorted copy
  // kept a text of every group's fields alive at once, some 200 bytes a group)
  const groups = (): Iterable<PriceGroup> => state.groups.values();
  let invoice: InvoiceFindings = {
    matched: [],
    different: [],
    missing: [],
    unexpected: [],
    quiet: [],
    other: [],
  };
  const given =
    context.given ?? (reconRows === null ? new Set<string | null>() : givenInvoices(reconRows));
  if (reconRows !== null) {
    const own = new Set<string>();
    for (const g of groups()) own.add(JSON.stringify([g.productId, g.skuId, g.availabilityId]));
    // the file's products beside this state's, never copied (a plan of a file of thousands)
    const file = context.products;
    const products = file === undefined ? own : { has: (p: string) => own.has(p) || file.has(p) };
    invoice = compareInvoice(
      groups(),
      reconUsageRows(reconRows, products, options.period, issues, context.reconNumbers),
      texts,
      given,
    );
  }
  const kept = (findings: readonly UsageFinding[]): UsageFinding[] => {
    const min = options.minAtStake;
    if (min === null) return [...findings];
    return findings.filter(
      (f) => f.atStake.amount >= Number(truncated(min, currencyExponents[f.atStake.currency])),
    );
  };
  const never = remedyOf(texts, 'never', {});
  // a file without the PEC column takes its EffectiveUnitPrice as the rule's (USG-2, USG-3)
  const priceChecked = <T extends { readonly withoutPec?: true }>(entry: T) =>
    pecSeen || entry.withoutPec !== true;
  const lineFindings: UsageFinding[] = byKeyed(state.lineChecks)
    .filter(([, c]) => priceChecked(c) && (c.ownPrice !== true || !pecSeen))
    .map(([key, c]) => {
      const money = (amount: number) => ({ amount, currency: c.currency });
      const days = c.days.join(texts.comma);
      const finding: UsageFinding = {
        kind: 'different',
        rows: c.rows,
        lines: c.lines,
        customerId: c.customerId,
        invoiceNumber: c.invoiceNumber,
        subscriptionId: c.subscriptionId,
        ...(c.entitlementId === null ? {} : { entitlementId: c.entitlementId }),
        productId: c.productId,
        skuId: c.skuId,
        meter: c.meter,
        days: c.days,
        firstDay: c.days[0] as string,
        lastDay: c.days[c.days.length - 1] as string,
        expected: money(c.expected),
        billed: money(c.billed),
        difference: money(c.billed - c.expected),
        atStake: money(Math.abs(c.billed - c.expected)),
        rule: 'USG-2',
        // one line: its meter, day and arithmetic; more: their sums and the first line's arithmetic
        message:
          c.lines === 1
            ? usageSentence(texts, 'line-one', { meter: c.label, days, first: c.message })
            : usageSentence(texts, 'line-group', {
                meter: c.label,
                days,
                lines: c.lines,
                expected: amountText(c.expected, c.currency),
                billed: amountText(c.billed, c.currency),
                first: c.message,
              }),
        remedy: never,
      };
      return keyed(key, finding);
    });
  const different = kept([...lineFindings, ...pec.rate, ...invoice.different]);
  const missing = kept(invoice.missing);
  const unexpected = kept(invoice.unexpected);
  const dated = (f: UsageFinding): UsageFinding => ({
    ...f,
    ...provisionalOf(f.days ?? [], f.message, options.at, texts),
  });
  const notEarned = kept(pec.notEarned).map(dated);
  const onExcludedMeter = kept(pec.onExcludedMeter).map(dated);
  const all = [...different, ...missing, ...unexpected, ...notEarned, ...onExcludedMeter];

  const creditEntries = byKeyed(state.credits).map(([key, c]) => {
    const { message, ...dates } = provisionalOf(
      [c.day],
      usageSentence(texts, 'credit-applied', {
        day: c.day,
        amount: amountText(c.used, c.currency),
      }),
      options.at,
      texts,
    );
    const credit: UsageCredit = {
      customerId: c.customerId,
      entitlementId: c.entitlementId,
      day: c.day,
      used: { amount: c.used, currency: c.currency },
      rows: c.rows,
      ...dates,
    };
    return { credit: keyed(key, credit), message };
  });
  const credits: UsageCredit[] = creditEntries.map((e) => e.credit);
  const lateByKey = new Map<string, { late: UsageLate; days: Set<string>; rows: number[] }>();
  for (const g of groups()) {
    if (g.late === 0) continue;
    const key = JSON.stringify([g.invoiceNumber, g.subscriptionId, g.productId, g.skuId]);
    const entry = lateByKey.get(key) ?? {
      late: {
        invoiceNumber: g.invoiceNumber,
        subscriptionId: g.subscriptionId,
        productId: g.productId,
        skuId: g.skuId,
        lines: 0,
        days: [],
      },
      days: new Set<string>(),
      rows: [],
    };
    (entry.late as { lines: number }).lines += g.late;
    for (const day of g.lateDays) entry.days.add(day);
    entry.rows = mergeRows(entry.rows, g.lateRows);
    lateByKey.set(key, entry);
  }
  const late = byKey(lateByKey).map((e) => ({ ...e.late, days: [...e.days].sort() }));
  const notes: UsageNote[] = [
    ...byKeyed(state.notes)
      .filter(([, n]) => priceChecked(n))
      .map(([key, n]) =>
        keyed(key, {
          kind: n.kind,
          rows: n.rows,
          lines: n.lines,
          entitlementId: n.entitlementId,
          invoiceNumber: n.invoiceNumber,
          rule:
            n.kind === 'effective-unit-price' || n.kind === 'promotion'
              ? ('USG-2' as const)
              : ('USG-5' as const),
          message: n.message,
        }),
      ),
    ...byKey(lateByKey).map((e) => ({
      kind: 'late-usage' as const,
      rows: e.rows,
      lines: e.late.lines,
      entitlementId: null,
      invoiceNumber: e.late.invoiceNumber,
      rule: 'USG-4' as const,
      message: usageSentence(texts, 'late', {
        lines: e.late.lines,
        days: [...e.days].sort().join(texts.comma),
        invoice: e.late.invoiceNumber ?? '—',
      }),
    })),
    ...creditEntries.map(({ credit: c, message }) => ({
      kind: 'credit-applied' as const,
      rows: c.rows,
      lines: c.rows.length,
      entitlementId: c.entitlementId,
      invoiceNumber: null,
      rule: 'USG-5' as const,
      message,
      creditUsed: c.used,
    })),
    // a finding with no money at stake on any line: a note, never a finding
    ...[...pec.quiet.map(dated), ...invoice.quiet].map((f) => ({
      kind: 'no-money-at-stake' as const,
      rows: f.rows,
      lines: f.lines,
      entitlementId: f.entitlementId ?? null,
      invoiceNumber: f.invoiceNumber,
      rule: f.rule,
      message: f.message,
      finding: f,
    })),
  ];

  const customerIds = [
    ...new Set([...all.map((f) => f.customerId), ...credits.map((c) => c.customerId)]),
  ].sort((a, b) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0));
  const sums = new Sums(issues);
  // the sums first: one past the safe integers is an issue, sorted with the others
  const atStake = sums.atStakeOf(all);
  const pecLost = sums.perCurrency(
    notEarned.map((f) => ({ money: f.atStake, rows: f.rows })),
    'pecLost',
  );
  const creditUsed = sums.perCurrency(
    credits.map((c) => ({ money: c.used, rows: c.rows })),
    'creditUsed',
  );
  // each customer's findings and credits in one pass each, in their order (a filter per customer
  // read every finding once a customer: 8,757 customers × every finding at a distributor)
  const findingsOf = byCustomer(all);
  const creditsOf = byCustomer(credits);
  const customers: UsageCustomer[] = customerIds.map((id) => ({
    customerId: id,
    customerName: state.customers.get(id)?.name ?? null,
    atStake: sums.atStakeOf(findingsOf.get(id) ?? []),
    creditUsed: sums.perCurrency(
      (creditsOf.get(id) ?? []).map((c) => ({ money: c.used, rows: c.rows })),
      'creditUsed',
    ),
  }));
  const notChecked = [
    ...(state.pecSeen || state.lines === 0
      ? []
      : [
          usageSentence(texts, 'not-checked-pec', {}),
          usageSentence(texts, 'not-checked-pec-price', {}),
        ]),
    ...(options.prices === null ? [usageSentence(texts, 'not-checked-third-party', {})] : []),
    ...(reconRows === null ? [usageSentence(texts, 'not-checked-invoice', {})] : []),
  ];
  const sortedIssues = issues
    .map((issue) => {
      // a shape's words take its names or counts (USG-1); the reader's others are said as they are
      const template = shapeIssues.templateOf(issue);
      const message =
        template !== undefined
          ? shapeIssues.words(texts.issues[template], { ...issue })
          : Object.hasOwn(texts.issues, issue.message)
            ? texts.issues[issue.message as keyof typeof texts.issues]
            : issue.message;
      return { ...issue, message };
    })
    .sort(
      (a, b) =>
        Number(a.file === 'invoice') - Number(b.file === 'invoice') ||
        a.row - b.row ||
        (a.column < b.column ? -1 : a.column > b.column ? 1 : 0),
    );
  return {
    matched: invoice.matched,
    missing,
    unexpected,
    different,
    issues: sortedIssues,
    notes,
    pec: { notEarned, onExcludedMeter },
    credits,
    late,
    atStake,
    customers,
    summary: {
      lines: state.lines,
      days: state.days.size,
      entitlements: state.entitlements.size,
      outsidePeriod: state.outsidePeriod,
      outsidePeriodDays: [...state.outsideDays].sort(),
      groups: {
        matched: invoice.matched.length,
        different: invoice.different.length,
        missing: invoice.missing.length,
        unexpected: invoice.unexpected.length,
      },
      otherInvoices: invoice.other,
      invoices: [...given].filter((n): n is string => n !== null).sort(),
      pecDaysLost: pec.daysLost,
      pecMeterDaysLost: pec.meterDaysLost,
      pecLost,
      creditUsed,
      // the rows not read: a shape's issue (its row read) and a sum's are not counted
      issues: issues.filter((i) => shapeIssues.templateOf(i) === undefined && !sums.made.has(i))
        .length,
      otherColumns: [...state.otherColumns].sort(),
      checked: {
        pec: state.pecSeen,
        thirdParty: options.prices !== null,
        invoice: reconRows !== null,
      },
      notChecked,
    },
  };
}
