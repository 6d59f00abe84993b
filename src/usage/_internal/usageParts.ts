import { hexKey } from '../../kernel/hexKey.ts';
import type { Money } from '../../pricing/money.ts';
import type {
  UsageAtStake,
  UsageCustomer,
  UsageFinding,
  UsageLate,
  UsageMatch,
  UsageNote,
  UsageOtherInvoice,
  UsageReconcileResult,
} from '../resultTypes.ts';
import type { UsageIssue } from '../types.ts';
import { type FinishContext, finishUsage } from './finishUsage.ts';
import { planOf } from './planOf.ts';
import type { UsageOptions } from './readUsageOptions.ts';
import { shapeIssues } from './shapeIssues.ts';
import type { UsageTexts } from './texts/UsageTexts.ts';
import { usageSentence } from './texts/usageTextsFor.ts';
import type { UsageState } from './UsageState.ts';

/**
 * One row of a group's part: an item of one of the lists `usage --json` prints, and the key that
 * orders it among the items of every group put together (the one pass's order). The key is the
 * item's order text written as four hexadecimal digits per UTF-16 code unit, so any engine's
 * order of texts (bytes, code points) is the one pass's.
 */
export interface PartRow {
  /** The list: `findings`, `matched`, `notes`, `credits`, `late`, `issues`, `customers`. */
  readonly section: string;
  /** The order among the groups' rows of the list. */
  readonly key: string;
  /** The item, compact JSON text. */
  readonly item: string;
}

/** What the file's summary takes from one group: counts, sums per currency, days. */
export interface UsageGroupSummary {
  lines: number;
  days: string[];
  entitlements: number;
  outsidePeriod: number;
  outsidePeriodDays: string[];
  groups: { matched: number; different: number; missing: number; unexpected: number };
  otherInvoices: UsageOtherInvoice[];
  pecDaysLost: string[];
  pecMeterDaysLost: number;
  pecLost: Money[];
  creditUsed: Money[];
  atStake: UsageAtStake[];
  issues: number;
  otherColumns: string[];
  /** The issues of a column named twice, each at its lowest row: the file says each once. */
  twice: UsageIssue[];
}

/** A group's part: its rows and its summary. */
export interface UsagePart {
  readonly rows: PartRow[];
  readonly summary: UsageGroupSummary;
}

/**
 * Each kind of finding's place in `findings`: the lines billed otherwise, PEC at another rate,
 * invoice keys different, missing, unexpected, PEC not earned, PEC on an excluded meter.
 */
const FINDING_ORDER: Readonly<Record<string, string>> = {
  line: 'a',
  'pec-rate-unexpected': 'b',
  different: 'c',
  missing: 'd',
  unexpected: 'e',
  'pec-not-earned': 'f',
  'pec-on-excluded-meter': 'g',
};

/**
 * An invoice key's order (USG-4): the one pass lists its findings by the key's JSON text, whose
 * invoice number and Azure subscription come first; the rest of it lies inside one plan, in the
 * group's own order.
 */
function invoiceKey(f: {
  readonly invoiceNumber: string | null;
  readonly subscriptionId: string | null;
}): string {
  return JSON.stringify([f.invoiceNumber, f.subscriptionId]).slice(0, -1);
}

/**
 * A PEC finding's order (USG-3): the one pass lists them by entitlement, month, currency and Azure
 * plan first (the rest inside one plan, in the group's own order).
 */
function pecKey(f: UsageFinding): string {
  // the one pass's key holds the month's key as JSON text inside JSON: escaped, as it compares
  return JSON.stringify([
    JSON.stringify([
      f.entitlementId ?? null,
      f.firstDay?.slice(0, 7),
      f.atStake.currency,
      planOf(f.subscriptionId),
    ]),
  ]).slice(0, -1);
}

/** A PEC finding's kind in the one pass's order: a whole entitlement's month, a meter's, excluded, rate. */
function pecOrder(f: UsageFinding): string {
  if (f.kind === 'pec-not-earned') return f.meter === undefined ? 'a0' : 'a1';
  return f.kind === 'pec-on-excluded-meter' ? 'b' : 'c';
}

/** Late usage's order: its invoice key's fields, as the one pass keys it. */
function lateKey(l: UsageLate): string {
  return JSON.stringify([l.invoiceNumber, l.subscriptionId, l.productId, l.skuId]);
}

/** A finding's order within its kind: a line's by the key it had, PEC's and the invoice's by their fields. */
function findingKey(f: UsageFinding, own: (item: object) => string): string {
  if (f.rule === 'USG-2') return own(f);
  return f.rule === 'USG-3' ? pecOrder(f) + pecKey(f) : invoiceKey(f);
}

/** The lists of `usage --json`, in its order. */
export const USAGE_LISTS: readonly string[] = [
  'findings',
  'matched',
  'notes',
  'credits',
  'late',
  'issues',
];

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An issue's order in the result: the usage file's before the invoice file's, then row, column. */
export function issueKey(issue: UsageIssue): string {
  return hexKey(
    `${issue.file === 'invoice' ? 1 : 0}${String(issue.row).padStart(16, '0')}\u0000${issue.column}`,
  );
}

/** The issues of a column named twice, in `texts`' words. */
function twiceIssues(state: UsageState, texts: UsageTexts): UsageIssue[] {
  return [...state.twice.values()].map((issue) => {
    const template = shapeIssues.templateOf(issue);
    return template === undefined
      ? { ...issue }
      : { ...issue, message: shapeIssues.words(texts.issues[template], { ...issue }) };
  });
}

/**
 * One group's part (an Azure plan's, or any set of plans'): its findings final, each keyed by its
 * place in the whole file's order, and what the file's summary takes from it.
 *
 * @param state - The group's state.
 * @param options - The options, the same for every group.
 * @param reconRows - The group's invoice rows (`null`: no invoice file).
 * @param context - The file's facts: PEC seen, the invoices given, the usage file's products,
 *   the invoice rows' numbers.
 * @returns The part.
 */
export function usagePart(
  state: UsageState,
  options: UsageOptions,
  reconRows: readonly object[] | null,
  context: Omit<FinishContext, 'keys' | 'withoutTwice'>,
): UsagePart {
  const keys = new Map<object, string>();
  const finish: FinishContext = { ...context, keys, withoutTwice: true };
  const result: UsageReconcileResult = finishUsage(state, options, reconRows, finish);
  const rows: PartRow[] = [];
  const add = (
    section: string,
    items: readonly object[],
    keyOf: (item: never, i: number) => string,
  ): void => {
    items.forEach((item, i) => {
      rows.push({ section, key: hexKey(keyOf(item as never, i)), item: JSON.stringify(item) });
    });
  };
  const own = (item: object): string => keys.get(item) ?? '';
  // the lists as the one pass puts them together: each kind after the kinds before it
  add(
    'findings',
    [
      ...result.different,
      ...result.missing,
      ...result.unexpected,
      ...result.pec.notEarned,
      ...result.pec.onExcludedMeter,
    ],
    (f: UsageFinding) =>
      `${FINDING_ORDER[f.kind === 'different' && f.rule === 'USG-2' ? 'line' : f.kind] ?? ''}${findingKey(f, own)}`,
  );
  add('matched', result.matched, (m: UsageMatch) => invoiceKey(m));
  let late = 0;
  let credit = 0;
  add('notes', result.notes, (n: UsageNote) =>
    n.kind === 'late-usage'
      ? `b${lateKey(result.late[late++] as UsageLate)}`
      : n.kind === 'credit-applied'
        ? `c${own(result.credits[credit++] as object)}`
        : n.kind === 'no-money-at-stake'
          ? `${n.rule === 'USG-3' ? 'd' : 'e'}${findingKey(n.finding, own)}`
          : `a${own(n)}`,
  );
  add('credits', result.credits, own);
  add('late', result.late, lateKey);
  for (const issue of result.issues)
    rows.push({ section: 'issues', key: issueKey(issue), item: JSON.stringify(issue) });
  // every customer of the group, named at its lowest row there; listed when it has findings or credits here
  const listed = new Map(result.customers.map((c) => [c.customerId, c]));
  const ids = new Set<string | null>([...state.customers.keys(), ...listed.keys()]);
  for (const id of ids)
    rows.push({
      section: 'customers',
      key: hexKey(id ?? ''),
      item: JSON.stringify({
        customer: listed.get(id) ?? {
          customerId: id,
          customerName: state.customers.get(id)?.name ?? null,
          atStake: [],
          creditUsed: [],
        },
        row: state.customers.get(id)?.row ?? null,
        listed: listed.has(id),
      }),
    });
  const s = result.summary;
  return {
    rows,
    summary: {
      lines: s.lines,
      days: [...state.days].sort(compare),
      entitlements: s.entitlements,
      outsidePeriod: s.outsidePeriod,
      outsidePeriodDays: [...s.outsidePeriodDays],
      groups: { ...s.groups },
      otherInvoices: s.otherInvoices.map((o) => ({ ...o })),
      // the calendar days an eligible meter lost PEC on, as the file's count unites them
      pecDaysLost: [
        ...new Set(
          [...state.pec.values()]
            .filter(
              (e) =>
                e.kind === 'not-earned' ||
                (e.kind === 'absent' && (finish.pecSeen ?? state.pecSeen)),
            )
            .map((e) => e.day),
        ),
      ].sort(compare),
      pecMeterDaysLost: s.pecMeterDaysLost,
      pecLost: s.pecLost.map((m) => ({ ...m })),
      creditUsed: s.creditUsed.map((m) => ({ ...m })),
      atStake: result.atStake.map((a) => ({ ...a })),
      issues: s.issues,
      otherColumns: [...s.otherColumns],
      twice: twiceIssues(state, options.texts),
    },
  };
}

/** An empty group summary: {@link mergeUsageSummary}'s identity. */
export function emptyUsageSummary(): UsageGroupSummary {
  return {
    lines: 0,
    days: [],
    entitlements: 0,
    outsidePeriod: 0,
    outsidePeriodDays: [],
    groups: { matched: 0, different: 0, missing: 0, unexpected: 0 },
    otherInvoices: [],
    pecDaysLost: [],
    pecMeterDaysLost: 0,
    pecLost: [],
    creditUsed: [],
    atStake: [],
    issues: 0,
    otherColumns: [],
    twice: [],
  };
}

const union = (a: readonly string[], b: readonly string[]): string[] =>
  [...new Set([...a, ...b])].sort(compare);

/** Sums of money per currency, in the currencies' order. */
function sumMoney(a: readonly Money[], b: readonly Money[]): Money[] {
  const sums = new Map<string, number>();
  for (const m of [...a, ...b]) sums.set(m.currency, (sums.get(m.currency) ?? 0) + m.amount);
  return [...sums.keys()]
    .sort(compare)
    .map((currency) => ({ amount: sums.get(currency) as number, currency }) as Money);
}

/** Sums of money at stake per currency (`amount` and `net`), in the currencies' order. */
function sumAtStake(a: readonly UsageAtStake[], b: readonly UsageAtStake[]): UsageAtStake[] {
  const amount = sumMoney(
    a.map((x) => x.amount),
    b.map((x) => x.amount),
  );
  const net = sumMoney(
    a.map((x) => x.net),
    b.map((x) => x.net),
  );
  return amount.map((m) => ({
    currency: m.currency,
    amount: m,
    net: net.find((n) => n.currency === m.currency) as Money,
  }));
}

/**
 * Adds one group summary to another: sums, unions of days, the lowest row of a column named twice.
 * Associative and commutative, with {@link emptyUsageSummary} as identity.
 */
export function mergeUsageSummary(into: UsageGroupSummary, from: UsageGroupSummary): void {
  into.lines += from.lines;
  into.days = union(into.days, from.days);
  into.entitlements += from.entitlements;
  into.outsidePeriod += from.outsidePeriod;
  into.outsidePeriodDays = union(into.outsidePeriodDays, from.outsidePeriodDays);
  for (const name of ['matched', 'different', 'missing', 'unexpected'] as const)
    into.groups[name] += from.groups[name];
  const others = new Map<string | null, UsageOtherInvoice>();
  for (const o of [...into.otherInvoices, ...from.otherInvoices]) {
    const known = others.get(o.invoiceNumber);
    others.set(
      o.invoiceNumber,
      known === undefined
        ? { ...o }
        : {
            invoiceNumber: o.invoiceNumber,
            lines: known.lines + o.lines,
            keys: known.keys + o.keys,
          },
    );
  }
  into.otherInvoices = [...others.values()].sort((a, b) =>
    a.invoiceNumber === null
      ? -1
      : b.invoiceNumber === null
        ? 1
        : compare(a.invoiceNumber, b.invoiceNumber),
  );
  into.pecDaysLost = union(into.pecDaysLost, from.pecDaysLost);
  into.pecMeterDaysLost += from.pecMeterDaysLost;
  into.pecLost = sumMoney(into.pecLost, from.pecLost);
  into.creditUsed = sumMoney(into.creditUsed, from.creditUsed);
  into.atStake = sumAtStake(into.atStake, from.atStake);
  into.issues += from.issues;
  into.otherColumns = union(into.otherColumns, from.otherColumns);
  const twice = new Map<string, UsageIssue>();
  for (const issue of [...into.twice, ...from.twice]) {
    const key = `${issue.column}\u0000${issue.other}`;
    const known = twice.get(key);
    if (known === undefined || issue.row < known.row) twice.set(key, issue);
  }
  into.twice = [...twice.entries()].sort(([a], [b]) => compare(a, b)).map(([, issue]) => issue);
}

/** What the file's summary says that no group knows: the file-wide facts the caller gives. */
export interface UsageFileFacts {
  /** Whether any line of the file carries PartnerEarnedCreditPercentage. */
  readonly pecSeen: boolean;
  /** Whether a price list was given. */
  readonly prices: boolean;
  /** Whether invoice files were given. */
  readonly invoice: boolean;
  /** The invoice numbers of their rows. */
  readonly given: Iterable<string | null>;
}

/**
 * The file's summary from its groups' summaries merged: `usage --json`'s `summary` but its
 * customers, and the rows of the issues of columns named twice.
 */
export function finishUsageSummary(
  s: UsageGroupSummary,
  facts: UsageFileFacts,
  texts: UsageTexts,
): { summary: Record<string, unknown>; rows: PartRow[] } {
  const notChecked = [
    ...(facts.pecSeen || s.lines === 0
      ? []
      : [
          usageSentence(texts, 'not-checked-pec', {}),
          usageSentence(texts, 'not-checked-pec-price', {}),
        ]),
    ...(facts.prices ? [] : [usageSentence(texts, 'not-checked-third-party', {})]),
    ...(facts.invoice ? [] : [usageSentence(texts, 'not-checked-invoice', {})]),
  ];
  return {
    summary: {
      lines: s.lines,
      days: s.days.length,
      entitlements: s.entitlements,
      outsidePeriod: s.outsidePeriod,
      outsidePeriodDays: s.outsidePeriodDays,
      groups: s.groups,
      otherInvoices: s.otherInvoices,
      invoices: [...new Set(facts.given)].filter((n): n is string => n !== null).sort(compare),
      pecDaysLost: s.pecDaysLost.length,
      pecMeterDaysLost: s.pecMeterDaysLost,
      pecLost: s.pecLost,
      creditUsed: s.creditUsed,
      issues: s.issues,
      otherColumns: s.otherColumns,
      checked: { pec: facts.pecSeen, thirdParty: facts.prices, invoice: facts.invoice },
      notChecked,
      atStake: s.atStake,
    },
    rows: s.twice.map((issue) => ({
      section: 'issues',
      key: issueKey(issue),
      item: JSON.stringify(issue),
    })),
  };
}

/**
 * The customers of every group put together: one per `customerId`, named at its lowest row, its
 * money summed per currency.
 */
function customersOf(rows: readonly PartRow[]): UsageCustomer[] {
  const of = new Map<
    string | null,
    { customer: UsageCustomer; row: number | null; listed: boolean }
  >();
  for (const r of rows) {
    const { customer, row, listed } = JSON.parse(r.item) as {
      customer: UsageCustomer;
      row: number | null;
      listed: boolean;
    };
    const known = of.get(customer.customerId);
    if (known === undefined) {
      of.set(customer.customerId, { customer, row, listed });
      continue;
    }
    const named = row !== null && (known.row === null || row < known.row);
    of.set(customer.customerId, {
      customer: {
        customerId: customer.customerId,
        customerName: named ? customer.customerName : known.customer.customerName,
        atStake: sumAtStake(known.customer.atStake, customer.atStake),
        creditUsed: sumMoney(known.customer.creditUsed, customer.creditUsed),
      },
      row: named ? row : known.row,
      listed: listed || known.listed,
    });
  }
  return [...of.values()]
    .filter((c) => c.listed)
    .map((c) => c.customer)
    .sort((a, b) => compare(a.customerId ?? '', b.customerId ?? ''));
}

/**
 * The rows of every group and the file's summary put together: `usage --json`'s text, compact.
 * Each list's rows in the order of their keys (rows of one key in the order given: a group's
 * own order); the customers summed.
 *
 * @param rows - Every group's rows (a group's in its order) and the summary's.
 * @param summary - The file's summary ({@link finishUsageSummary}).
 * @returns The JSON text.
 */
export function usageWhole(rows: readonly PartRow[], summary: Record<string, unknown>): string {
  const lists = USAGE_LISTS.map((section) => {
    const items = rows
      .filter((r) => r.section === section)
      .map((r, i) => ({ r, i }))
      .sort((a, b) => compare(a.r.key, b.r.key) || a.i - b.i)
      .map(({ r }) => r.item);
    return `${JSON.stringify(section)}:[${items.join(',')}]`;
  });
  const customers = customersOf(rows.filter((r) => r.section === 'customers'));
  const whole = JSON.stringify({ ...summary, customers });
  return `{${lists.join(',')},"summary":${whole}}`;
}
