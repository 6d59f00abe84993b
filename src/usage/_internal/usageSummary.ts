import type { Money } from '../../pricing/money.ts';
import type { UsageAtStake, UsageOtherInvoice } from '../resultTypes.ts';
import type { UsageIssue } from '../types.ts';
import type { UsageTexts } from './texts/UsageTexts.ts';
import { usageSentence } from './texts/usageTextsFor.ts';
import { issueKey, type PartForm, type PartRow, WAREHOUSE_FORM } from './usagePartOrder.ts';

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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
export function sumMoney(a: readonly Money[], b: readonly Money[]): Money[] {
  const sums = new Map<string, number>();
  for (const m of [...a, ...b]) sums.set(m.currency, (sums.get(m.currency) ?? 0) + m.amount);
  return [...sums.keys()]
    .sort(compare)
    .map((currency) => ({ amount: sums.get(currency) as number, currency }) as Money);
}

/** Sums of money at stake per currency (`amount` and `net`), in the currencies' order. */
export function sumAtStake(a: readonly UsageAtStake[], b: readonly UsageAtStake[]): UsageAtStake[] {
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
 * customers, and the rows of the issues of columns named twice (written in `form`, as the
 * groups' rows are).
 */
export function finishUsageSummary(
  s: UsageGroupSummary,
  facts: UsageFileFacts,
  texts: UsageTexts,
  form: PartForm = WAREHOUSE_FORM,
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
      key: issueKey(issue, form),
      item: form.item(issue),
    })),
  };
}
