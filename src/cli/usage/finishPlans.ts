import type { UsageOptions } from '../../usage/_internal/readUsageOptions.ts';
import type { UsageState } from '../../usage/_internal/UsageState.ts';
import type { PartRow } from '../../usage/_internal/usageParts.ts';
import { usageLists, usageWholeParts } from '../../usage/_internal/usageWhole.ts';
import type {
  UsageAtStake,
  UsageCredit,
  UsageCustomer,
  UsageFinding,
  UsageIssue,
  UsageLate,
  UsageMatch,
  UsageNote,
  UsageReconcileResult,
  UsageSummary,
} from '../../usage/index.ts';
import { listedItem } from './listedItem.ts';
import { type PackedList, PackedTexts } from './packedTexts.ts';
import {
  addPlanFacts,
  PLANS_TOGETHER,
  type PlanFacts,
  type PlansTogether,
  planFactsSeen,
  planFinisher,
  type ReconPlans,
} from './planFinisher.ts';
import type { PlanResult, PlansFinished } from './wholePlans.ts';

/** The usage run finished plan by plan: `usage --json`'s lists (each item as it prints it) and summary. */
export interface UsageOutcome {
  /**
   * Each list (in `usage --json`'s order) with its items' texts as the list writes them
   * ({@link listedItem}: still each item's JSON), in order, kept as UTF-8.
   */
  readonly lists: readonly (readonly [section: string, items: PackedList])[];
  /** The file's summary with its customers. */
  readonly summary: Record<string, unknown>;
  /** How many findings the lists hold. */
  readonly findings: number;
  /**
   * The findings in the report's order (the list's: by kind, then key), each parsed from its list
   * as it is asked for, never all held ({@link listedFindings}).
   */
  findingsRead(): Iterable<UsageFinding>;
  /**
   * The result as the library's one pass gives it (for the report for people and `--csv`): the
   * lists' items read back, one list at a time.
   *
   * @returns The result.
   */
  result(): UsageReconcileResult;
}

/**
 * The usage run finished as a warehouse finishes it (USG-6, WH-4, WH-5): the shares' pieces of
 * each Azure plan merged, the plans finished in their order a few at a time ({@link planFinisher})
 * with the file's facts (PEC seen anywhere, the usage file's products, the invoice numbers given).
 * A part's states are let go once it is made, so the states of every plan and a whole result are
 * never held at once. The lists are `usage --json`'s, byte for byte, whatever the shares and
 * however the plans are put together.
 *
 * Plans a worker finished itself (`usage --workers`: the plans only it held) come as their rows
 * and summary, put with the rest as if finished here: the lists order rows by key, and no two
 * plans' rows share a key but a customer's, whose rows are summed in any order.
 *
 * @param pieces - Every share's plans (a plan may come from several shares) and plans finished, in
 *   any order: taken (the list emptied), so each plan's state is let go once it is finished.
 * @param options - The run's options, read.
 * @param recon - The invoice files' rows, numbered from 1 in this order, or the rows of the plans
 *   finished here by plan; `null`: none given.
 * @param together - How many plans, and lines, a part may hold ({@link PLANS_TOGETHER}).
 * @param facts - The file's facts, when the pieces are not the whole file (plans finished in
 *   workers); absent: the pieces'.
 * @returns The lists, the summary and how many findings.
 */
export function finishPlans(
  pieces: PlanResult[],
  options: UsageOptions,
  recon: ReconPlans | readonly object[] | null,
  together: PlansTogether = PLANS_TOGETHER,
  facts?: PlanFacts,
): UsageOutcome {
  const byPlan = new Map<string, UsageState[]>();
  const seen = planFactsSeen();
  const done: PlansFinished['finished'][] = [];
  for (const piece of pieces) {
    if ('finished' in piece) {
      done.push(piece.finished);
      continue;
    }
    const { plan, state } = piece;
    const list = byPlan.get(plan);
    if (list === undefined) byPlan.set(plan, [state]);
    else list.push(state);
    addPlanFacts(seen, state);
  }
  pieces.length = 0;
  // the customers' rows, put together by `usageWholeParts`; the lists' rows with their items
  // kept as UTF-8 until they are written
  const rows: PartRow[] = [];
  const texts = new PackedTexts();
  const listed: { section: string; key: string; item: number }[] = [];
  const keep = (row: PartRow): void => {
    if (row.section === 'customers') rows.push(row);
    else listed.push({ section: row.section, key: row.key, item: texts.add(row.item) });
  };
  const finisher = planFinisher(options, recon, facts ?? seen, keep, together);
  // the plans finished in workers: their rows kept, their summaries merged, as if finished here
  for (const { texts: packed, sections, keys, customers, summary } of done.splice(0)) {
    const first = texts.adopt(packed);
    sections.forEach((section, i) => {
      listed.push({ section, key: keys[i] as string, item: first + i });
    });
    for (const row of customers) rows.push(row);
    if (summary !== null) finisher.merge(summary);
  }
  for (const plan of [...byPlan.keys()].sort()) {
    finisher.plan(plan, byPlan.get(plan) ?? []);
    byPlan.delete(plan);
  }
  const { summary: whole } = usageWholeParts(rows, finisher.end());
  rows.length = 0;
  const lists = usageLists(listed).map(([section, items]) => [section, texts.list(items)] as const);
  listed.length = 0;
  const findings = lists.find(([section]) => section === 'findings')?.[1].length ?? 0;
  const outcome = { lists, summary: whole };
  return {
    ...outcome,
    findings,
    result: () => resultOf(outcome),
    findingsRead: () => listedFindings(outcome.lists),
  };
}

/**
 * The findings list's items, each parsed as it is read: the findings in the report's order (the
 * list is ordered by kind, then key), never all held.
 *
 * @param lists - The outcome's lists.
 * @returns The findings.
 */
export function* listedFindings(
  lists: UsageOutcome['lists'],
): Generator<UsageFinding, void, undefined> {
  for (const text of lists.find(([section]) => section === 'findings')?.[1] ?? [])
    yield JSON.parse(text) as UsageFinding;
}

/**
 * The lists and summary read back as the one pass's result, each list parsed when first asked for
 * (the report for people reads the findings and the summary, never the matches).
 */
export function resultOf(whole: Pick<UsageOutcome, 'lists' | 'summary'>): UsageReconcileResult {
  const read = new Map<string, unknown[]>();
  const list = <T>(section: string): T[] => {
    let items = read.get(section);
    if (items === undefined) {
      items = [...(whole.lists.find(([s]) => s === section)?.[1] ?? [])].map(
        (item) => JSON.parse(item) as unknown,
      );
      read.set(section, items);
    }
    return items as T[];
  };
  const kinds = new Set(['missing', 'unexpected', 'pec-not-earned', 'pec-on-excluded-meter']);
  const of = (kind: UsageFinding['kind'] | 'different'): UsageFinding[] => {
    const key = `findings:${kind}`;
    let found = read.get(key) as UsageFinding[] | undefined;
    if (found === undefined) {
      found = list<UsageFinding>('findings').filter((f) =>
        kind === 'different' ? !kinds.has(f.kind) : f.kind === kind,
      );
      read.set(key, found);
    }
    return found;
  };
  const { atStake, customers, ...summary } = whole.summary as Record<string, unknown> & {
    atStake: UsageAtStake[];
    customers: UsageCustomer[];
  };
  return {
    get matched() {
      return list<UsageMatch>('matched');
    },
    get missing() {
      return of('missing');
    },
    get unexpected() {
      return of('unexpected');
    },
    get different() {
      return of('different');
    },
    get issues() {
      return list<UsageIssue>('issues');
    },
    get notes() {
      return list<UsageNote>('notes');
    },
    pec: {
      get notEarned() {
        return of('pec-not-earned');
      },
      get onExcludedMeter() {
        return of('pec-on-excluded-meter');
      },
    },
    get credits() {
      return list<UsageCredit>('credits');
    },
    get late() {
      return list<UsageLate>('late');
    },
    atStake,
    customers,
    summary: summary as unknown as UsageSummary,
  };
}
