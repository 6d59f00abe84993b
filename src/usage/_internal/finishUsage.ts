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
import type { UsageTexts } from './texts/UsageTexts.ts';
import { usageSentence } from './texts/usageTextsFor.ts';
import type { UsageState } from './UsageState.ts';

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
 * What each step of finishing a state reads: the state, the options, and where each listed item's
 * key goes. The steps are functions of their own, each compiled on its own: as one function they
 * were one graph the optimizing compiler took half a second to compile, and compiled again each
 * time a plan's lists came in a shape not seen before (an empty list, a list of objects) — six
 * times for a distributor's month, some 3 seconds of compiling on the one core.
 */
interface Finishing {
  readonly state: UsageState;
  readonly options: UsageOptions;
  readonly texts: UsageTexts;
  readonly keys: Map<object, string> | undefined;
}

/** `item`, keyed by `key` (the order of the items of every plan put together). */
function keyed<T extends object>(f: Finishing, key: string | undefined, item: T): T {
  if (key !== undefined) f.keys?.set(item, key);
  return item;
}

/** Whether an entry is judged: a file without the PEC column takes its EffectiveUnitPrice as the rule's (USG-2, USG-3). */
function priceChecked(f: Finishing, entry: { readonly withoutPec?: true }): boolean {
  return f.state.pecSeen || entry.withoutPec !== true;
}

/** The findings with at least `--min-at-stake` at stake (a copy of them all without it). */
function kept(f: Finishing, findings: readonly UsageFinding[]): UsageFinding[] {
  const min = f.options.minAtStake;
  if (min === null) return [...findings];
  return findings.filter(
    (finding) =>
      finding.atStake.amount >= Number(truncated(min, currencyExponents[finding.atStake.currency])),
  );
}

/** A PEC finding with its days' provisional words (USG-6). */
function dated(f: Finishing, finding: UsageFinding): UsageFinding {
  return {
    ...finding,
    ...provisionalOf(finding.days ?? [], finding.message, f.options.at, f.texts),
  };
}

/** The lines billed otherwise (USG-2), one finding an entry, by key. */
function lineFindingsOf(f: Finishing): UsageFinding[] {
  const { state, texts } = f;
  const never = remedyOf(texts, 'never', {});
  return byKeyed(state.lineChecks)
    .filter(([, c]) => priceChecked(f, c) && (c.ownPrice !== true || !state.pecSeen))
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
      return keyed(f, key, finding);
    });
}

/** A credit used (USG-5) and the words of its note. */
interface CreditEntry {
  readonly credit: UsageCredit;
  readonly message: string;
}

/** The Azure credits used (USG-5), one a key, each with its note's words. */
function creditEntriesOf(f: Finishing): CreditEntry[] {
  const { texts } = f;
  return byKeyed(f.state.credits).map(([key, c]) => {
    const { message, ...dates } = provisionalOf(
      [c.day],
      usageSentence(texts, 'credit-applied', {
        day: c.day,
        amount: amountText(c.used, c.currency),
      }),
      f.options.at,
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
    return { credit: keyed(f, key, credit), message };
  });
}

/** Lines late for their invoice (USG-4), put together by invoice, subscription, product and SKU. */
interface LateEntry {
  readonly late: UsageLate;
  readonly days: Set<string>;
  rows: number[];
}

/** The late lines of the state's price groups, by key. */
function lateOf(state: UsageState): Map<string, LateEntry> {
  const lateByKey = new Map<string, LateEntry>();
  for (const g of state.groups.values()) {
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
  return lateByKey;
}

/** The notes: prices and promotions, late lines, credits used, and findings with nothing at stake. */
function notesOf(
  f: Finishing,
  lateByKey: ReadonlyMap<string, LateEntry>,
  creditEntries: readonly CreditEntry[],
  quiet: readonly UsageFinding[],
): UsageNote[] {
  const { texts } = f;
  return [
    ...byKeyed(f.state.notes)
      .filter(([, n]) => priceChecked(f, n))
      .map(([key, n]) =>
        keyed(f, key, {
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
    ...quiet.map((q) => ({
      kind: 'no-money-at-stake' as const,
      rows: q.rows,
      lines: q.lines,
      entitlementId: q.entitlementId ?? null,
      invoiceNumber: q.invoiceNumber,
      rule: q.rule,
      message: q.message,
      finding: q,
    })),
  ];
}

/** Each customer with findings or credits, in the order of their ids, with its sums. */
function customersOf(
  state: UsageState,
  all: readonly UsageFinding[],
  credits: readonly UsageCredit[],
  sums: Sums,
): UsageCustomer[] {
  const customerIds = [
    ...new Set([...all.map((f) => f.customerId), ...credits.map((c) => c.customerId)]),
  ].sort((a, b) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0));
  // each customer's findings and credits in one pass each, in their order (a filter per customer
  // read every finding once a customer: 8,757 customers × every finding at a distributor)
  const findingsOf = byCustomer(all);
  const creditsOf = byCustomer(credits);
  return customerIds.map((id) => ({
    customerId: id,
    customerName: state.customers.get(id)?.name ?? null,
    atStake: sums.atStakeOf(findingsOf.get(id) ?? []),
    creditUsed: sums.perCurrency(
      (creditsOf.get(id) ?? []).map((c) => ({ money: c.used, rows: c.rows })),
      'creditUsed',
    ),
  }));
}

/** The issues in the reader's words, the invoice file's after the usage file's, by row and column. */
function issuesSorted(issues: readonly UsageIssue[], texts: UsageTexts): UsageIssue[] {
  return issues
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
}

/** What the state's checks could not say: PEC without its column, third-party prices, the invoice. */
function notCheckedOf(f: Finishing, invoice: boolean): string[] {
  const { state, texts } = f;
  return [
    ...(state.pecSeen || state.lines === 0
      ? []
      : [
          usageSentence(texts, 'not-checked-pec', {}),
          usageSentence(texts, 'not-checked-pec-price', {}),
        ]),
    ...(f.options.prices === null ? [usageSentence(texts, 'not-checked-third-party', {})] : []),
    ...(invoice ? [] : [usageSentence(texts, 'not-checked-invoice', {})]),
  ];
}

/** The invoice's usage lines compared with the state's price groups (USG-4); none without rows. */
function invoiceOf(
  f: Finishing,
  reconRows: readonly object[] | null,
  issues: UsageIssue[],
  given: ReadonlySet<string | null>,
  context: FinishContext,
): InvoiceFindings {
  if (reconRows === null)
    return { matched: [], different: [], missing: [], unexpected: [], quiet: [], other: [] };
  // the groups as the state holds them, unsorted: every use below is of any order (a sorted copy
  // kept a text of every group's fields alive at once, some 200 bytes a group)
  const groups = f.state.groups;
  const own = new Set<string>();
  for (const g of groups.values())
    own.add(JSON.stringify([g.productId, g.skuId, g.availabilityId]));
  // the file's products beside this state's, never copied (a plan of a file of thousands)
  const file = context.products;
  const products = file === undefined ? own : { has: (p: string) => own.has(p) || file.has(p) };
  return compareInvoice(
    groups.values(),
    reconUsageRows(reconRows, products, f.options.period, issues, context.reconNumbers),
    f.texts,
    given,
  );
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
  const f: Finishing = { state, options, texts, keys: context.keys };
  const issues = [...state.issues, ...state.twice.values()];
  const pec = pecFindings(state.pec.values(), state.earned, state.pecSeen, texts);
  const given =
    context.given ?? (reconRows === null ? new Set<string | null>() : givenInvoices(reconRows));
  const invoice = invoiceOf(f, reconRows, issues, given, context);
  const different = kept(f, [...lineFindingsOf(f), ...pec.rate, ...invoice.different]);
  const missing = kept(f, invoice.missing);
  const unexpected = kept(f, invoice.unexpected);
  const notEarned = kept(f, pec.notEarned).map((finding) => dated(f, finding));
  const onExcludedMeter = kept(f, pec.onExcludedMeter).map((finding) => dated(f, finding));
  const all = [...different, ...missing, ...unexpected, ...notEarned, ...onExcludedMeter];
  const creditEntries = creditEntriesOf(f);
  const credits: UsageCredit[] = creditEntries.map((e) => e.credit);
  const lateByKey = lateOf(state);
  const late = byKey(lateByKey).map((e) => ({ ...e.late, days: [...e.days].sort() }));
  const quiet = [...pec.quiet.map((finding) => dated(f, finding)), ...invoice.quiet];
  const notes = notesOf(f, lateByKey, creditEntries, quiet);
  const sums = new Sums(issues);
  // the sums first: one past the safe integers is an issue, sorted with the others
  const atStake = sums.atStakeOf(all);
  const pecLost = sums.perCurrency(
    notEarned.map((finding) => ({ money: finding.atStake, rows: finding.rows })),
    'pecLost',
  );
  const creditUsed = sums.perCurrency(
    credits.map((c) => ({ money: c.used, rows: c.rows })),
    'creditUsed',
  );
  const customers = customersOf(state, all, credits, sums);
  const notChecked = notCheckedOf(f, reconRows !== null);
  const sortedIssues = issuesSorted(issues, texts);
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
