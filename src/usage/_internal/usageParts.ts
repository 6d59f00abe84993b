import type {
  UsageFinding,
  UsageLate,
  UsageMatch,
  UsageNote,
  UsageReconcileResult,
} from '../resultTypes.ts';
import type { UsageIssue } from '../types.ts';
import { type FinishContext, finishUsage } from './finishUsage.ts';
import type { UsageOptions } from './readUsageOptions.ts';
import { shapeIssues } from './shapeIssues.ts';
import type { UsageTexts } from './texts/UsageTexts.ts';
import type { UsageState } from './UsageState.ts';
import {
  FINDING_ORDER,
  findingKey,
  invoiceKey,
  issueKey,
  lateKey,
  type PartForm,
  type PartRow,
  WAREHOUSE_FORM,
} from './usagePartOrder.ts';

export type { PartRow } from './usagePartOrder.ts';

import type { UsageGroupSummary } from './usageSummary.ts';

/** A group's part: its rows and its summary. */
export interface UsagePart {
  readonly rows: PartRow[];
  readonly summary: UsageGroupSummary;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
 * @param form - How its rows are written: the warehouse's (hexadecimal keys, compact items), or
 *   the command's (keys compared as JavaScript compares texts, items as it prints them).
 * @returns The part.
 */
export function usagePart(
  state: UsageState,
  options: UsageOptions,
  reconRows: readonly object[] | null,
  context: Omit<FinishContext, 'keys'> & { readonly pecSeen?: boolean },
  form: PartForm = WAREHOUSE_FORM,
): UsagePart {
  const keys = new Map<object, string>();
  const { pecSeen = state.pecSeen, ...facts } = context;
  // the group's state as the file's: PEC seen in the file; a column named twice is the summary's
  const asFile: UsageState = { ...state, pecSeen, twice: new Map() };
  const result: UsageReconcileResult = finishUsage(asFile, options, reconRows, { ...facts, keys });
  const rows: PartRow[] = [];
  const add = (
    section: string,
    items: readonly object[],
    keyOf: (item: never, i: number) => string,
  ): void => {
    items.forEach((item, i) => {
      rows.push({ section, key: form.key(keyOf(item as never, i)), item: form.item(item) });
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
    rows.push({ section: 'issues', key: issueKey(issue, form), item: form.item(issue) });
  // every customer of the group, named at its lowest row there; listed when it has findings or credits here
  const listed = new Map(result.customers.map((c) => [c.customerId, c]));
  const ids = new Set<string | null>([...state.customers.keys(), ...listed.keys()]);
  for (const id of ids)
    rows.push({
      section: 'customers',
      key: form.key(id ?? ''),
      item: form.item({
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
            .filter((e) => e.kind === 'not-earned' || (e.kind === 'absent' && pecSeen))
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
