import type { UsageOptions } from '../../usage/_internal/readUsageOptions.ts';
import type { UsageState } from '../../usage/_internal/UsageState.ts';
import type { PartRow } from '../../usage/_internal/usageParts.ts';
import { finishUsageSummary, mergeUsageSummary } from '../../usage/_internal/usageSummary.ts';
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
import { type PackedList, PackedTexts } from './packedTexts.ts';
import { PLAN_FORM } from './planForm.ts';
import { type PlanInvoices, planInvoices } from './planInvoices.ts';
import {
  finishPlanParts,
  PLANS_TOGETHER,
  type PlanRecon,
  type PlansTogether,
} from './planParts.ts';
import type { PlansDone, UsagePiece } from './usagePieces.ts';

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
   * The result as the library's one pass gives it (for the report for people and `--csv`): the
   * lists' items read back, one list at a time.
   *
   * @returns The result.
   */
  result(): UsageReconcileResult;
}

/**
 * The usage run finished as a warehouse finishes it (USG-6, WH-4, WH-5): the shares' pieces of
 * each Azure plan merged, the plans finished in their order a few at a time by the library's
 * `usagePart` (`together`: each part a set of whole plans) — against their own invoice rows
 * (those whose `SubscriptionId` is theirs), with the file's facts (PEC seen anywhere, the usage
 * file's products, the invoice numbers given) — and the parts' summaries merged into the file's.
 * A part's states are let go once it is made, so the states of every plan and a whole result are
 * never held at once. The lists are `usage --json`'s, byte for byte, whatever the shares and
 * however the plans are put together.
 *
 * @param pieces - Every share's plans (a plan may come from several shares), in any order: taken
 *   (the list emptied), so each plan's state is let go once it is finished.
 * @param options - The run's options, read.
 * @param recon - The invoice files' rows, numbered from 1 in this order, or by plan (what the
 *   reading thread kept once the workers took theirs: {@link settlePlans}); `null`: none given.
 * @param together - How many plans, and lines, a part may hold ({@link PLANS_TOGETHER}).
 * @returns The lists, the summary and how many findings.
 */
export function finishPlans(
  pieces: UsagePiece[],
  options: UsageOptions,
  recon: readonly object[] | PlanInvoices | null,
  together: PlansTogether = PLANS_TOGETHER,
): UsageOutcome {
  const byPlan = new Map<string, UsageState[]>();
  const done: PlansDone['done'][] = [];
  let pecSeen = false;
  const products = new Set<string>();
  for (const piece of pieces) {
    if ('done' in piece) {
      // plans a worker finished, with the file's facts
      done.push(piece.done);
      pecSeen ||= piece.done.pecSeen;
      for (const product of piece.done.products) products.add(product);
      continue;
    }
    const { plan, state } = piece;
    const list = byPlan.get(plan);
    if (list === undefined) byPlan.set(plan, [state]);
    else list.push(state);
    pecSeen ||= state.pecSeen;
    // the usage file's products (USG-4's usage lines of the invoice): every plan's price groups
    for (const g of state.groups.values())
      products.add(JSON.stringify([g.productId, g.skuId, g.availabilityId]));
  }
  pieces.length = 0;
  const invoices = recon === null || 'reconOf' in recon ? recon : planInvoices(recon);
  const reconOf = invoices?.reconOf ?? new Map<string, PlanRecon>();
  const given = invoices?.given ?? new Set<string | null>();
  const finished = new Set(done.flatMap((d) => d.plans));
  const plans = [...new Set([...byPlan.keys(), ...reconOf.keys()])]
    .filter((plan) => !finished.has(plan))
    .sort();
  // the customers' rows, put together by `usageWholeParts`; the lists' rows with their items
  // kept as UTF-8 until they are written
  const rows: PartRow[] = [];
  const texts = new PackedTexts();
  const listed: { section: string; key: string; item: number }[] = [];
  const keep = (row: PartRow): void => {
    if (row.section === 'customers') rows.push(row);
    else listed.push({ section: row.section, key: row.key, item: texts.add(row.item) });
  };
  const summary = finishPlanParts(
    plans,
    byPlan,
    reconOf,
    { pecSeen, products, given, invoice: recon !== null },
    options,
    together,
    keep,
  );
  // the workers' parts: their items' bytes kept as they came
  for (const d of done) {
    let item = -1;
    for (const [bytes, ends] of d.items) {
      const first = texts.adopt(
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        ends,
      );
      if (item === -1) item = first;
    }
    d.sections.forEach((section, i) => {
      listed.push({ section, key: d.keys[i] as string, item: item + i });
    });
    for (const row of d.customers) rows.push(row);
    mergeUsageSummary(summary, d.summary);
  }
  done.length = 0;
  const file = finishUsageSummary(
    summary,
    { pecSeen, prices: options.prices !== null, invoice: recon !== null, given },
    options.texts,
    PLAN_FORM,
  );
  for (const row of file.rows) keep(row);
  const { summary: whole } = usageWholeParts(rows, file.summary);
  rows.length = 0;
  const lists = usageLists(listed).map(([section, items]) => [section, texts.list(items)] as const);
  listed.length = 0;
  const findings = lists.find(([section]) => section === 'findings')?.[1].length ?? 0;
  const outcome = { lists, summary: whole };
  return { ...outcome, findings, result: () => resultOf(outcome) };
}

/**
 * The lists and summary read back as the one pass's result, each list parsed when first asked for
 * (the report for people reads the findings and the summary, never the matches).
 */
function resultOf(whole: Pick<UsageOutcome, 'lists' | 'summary'>): UsageReconcileResult {
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
