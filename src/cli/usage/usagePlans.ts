import { observeInput } from '../../usage/_internal/observeInput.ts';
import { shareTable } from '../../usage/_internal/ownText.ts';
import { planOf } from '../../usage/_internal/planOf.ts';
import type { UsageOptions } from '../../usage/_internal/readUsageOptions.ts';
import { bindState } from '../../usage/_internal/reconcilerStates.ts';
import { emptyState, mergeState, type UsageState } from '../../usage/_internal/UsageState.ts';
import type { UsageReadResult, UsageReconciler } from '../../usage/index.ts';
import { addPlanFacts, planFactsSeen } from './planFinisher.ts';

/**
 * One Azure plan's state as a share of the usage file gives it back: the plan (USG-6's group, as
 * the warehouse's `group_key`: `SubscriptionId` trimmed, in lower case) and what its lines
 * observed there — plain data, it crosses a worker's boundary by structured clone.
 */
export interface PlanState {
  /** The plan: its `SubscriptionId` trimmed, in lower case (`''`: none). */
  readonly plan: string;
  /** Its lines' state in this share. */
  readonly state: UsageState;
}

/** What a worker of `usage --workers` holds once its lines are read: plain data. */
export interface UsageCensus {
  /** Its Azure plans. */
  readonly plans: readonly string[];
  /** Whether any of its lines carries PEC (USG-3). */
  readonly pecSeen: boolean;
  /** Its lines' products (USG-4's usage lines of the invoice), each as JSON text. */
  readonly products: readonly string[];
}

/** What an Azure plan's state takes in the heap with no entry: its tables, empty. */
const PLAN_BYTES = 2_000;
/** What an entry of a plan's tables takes in the heap, about: its key, its object, the table's slot. */
const ENTRY_BYTES = 300;

/**
 * The usage file's lines of one share, each observed into its Azure plan's own state (USG-6,
 * WH-4): so each plan is finished whole (a few at a time), against its own invoice rows, as a
 * warehouse finishes a group — the command and the warehouse one code path. The plan of a line is its
 * row's key (`SubscriptionId` as the row gives it), each distinct key's plan found once.
 */
export class UsagePlans {
  /** Each plan's state, by plan. */
  readonly plans: Map<string, UsageState> = new Map();
  readonly #options: UsageOptions;
  /** Each key seen's plan state: the plan's text made once a key, not once a line. */
  readonly #byKey = new Map<string | undefined, UsageState>();
  /** What owns the share's table of texts (every plan's state numbers its texts with it). */
  #texts = {};
  /** Each key's reconciler, made when first asked for. */
  readonly #reconcilers = new Map<string | undefined, UsageReconciler>();

  /** @param options - The options, read once for every plan. */
  constructor(options: UsageOptions) {
    this.#options = options;
  }

  /**
   * The state of a key's plan, made when first asked for.
   *
   * @param key - A row's `SubscriptionId` as the row gives it (`undefined`: none).
   * @returns The plan's state.
   */
  stateOf(key: string | undefined): UsageState {
    let state = this.#byKey.get(key);
    if (state === undefined) {
      const plan = planOf(key);
      state = this.plans.get(plan);
      if (state === undefined) {
        state = emptyState();
        // one table of texts for every plan of the share: a meter's or a day's text kept once
        shareTable(state, this.#texts);
        this.plans.set(plan, state);
      }
      this.#byKey.set(key, state);
    }
    return state;
  }

  /**
   * Adds one line (or a row not read) to its plan's state.
   *
   * @param read - `readUsageLine`'s reading.
   * @param key - The row's `SubscriptionId` as the row gives it.
   */
  observe(read: UsageReadResult, key: string | undefined): void {
    observeInput(this.stateOf(key), this.#options, read);
  }

  /**
   * A reconciler observing into a key's plan (what DuckDB's groups are added through).
   *
   * @param key - The row's `SubscriptionId` as the row gives it.
   * @returns A reconciler whose state is the plan's; its `finish` is not for use.
   */
  reconcilerOf(key: string | undefined): UsageReconciler {
    const made = this.#reconcilers.get(key);
    if (made !== undefined) return made;
    const state = this.stateOf(key);
    const options = this.#options;
    const reconciler: UsageReconciler = {
      observe(input) {
        observeInput(state, options, input);
      },
      merge(): void {
        throw new Error('a plan reconciler is not merged');
      },
      finish(): never {
        throw new Error('a plan is finished with the others');
      },
    };
    bindState(reconciler, state);
    this.#reconcilers.set(key, reconciler);
    return reconciler;
  }

  /**
   * Adds another share's plans: a plan of both merged, taken (not copied) from `from`.
   *
   * @param from - The other share (not used after).
   */
  merge(from: UsagePlans): void {
    for (const [plan, state] of from.plans) {
      const into = this.plans.get(plan);
      if (into === undefined) this.plans.set(plan, state);
      else mergeState(into, state, true);
    }
  }

  /**
   * About how many bytes the share's plans hold (what `usage` past `--memory` weighs them by):
   * each plan's state and each entry of its tables counted at what such an entry takes in V8's
   * heap ({@link PLAN_BYTES}, {@link ENTRY_BYTES}). It walks the plans: asked every so many lines.
   *
   * @returns The bytes.
   */
  weight(): number {
    let entries = 0;
    for (const state of this.plans.values())
      entries +=
        state.groups.size +
        state.pec.size +
        state.lineChecks.size +
        state.credits.size +
        state.notes.size +
        state.customers.size +
        state.issues.length +
        state.days.size +
        state.entitlements.size +
        state.earned.size;
    return this.plans.size * PLAN_BYTES + entries * ENTRY_BYTES;
  }

  /**
   * Lets every plan go, and the texts they shared: the share holds nothing (its plans handed on).
   */
  clear(): void {
    this.plans.clear();
    this.#byKey.clear();
    this.#reconcilers.clear();
    this.#texts = {};
  }

  /**
   * What the share holds, said to the reading thread once its lines are read (`usage --workers`):
   * its plans, whether a line carried PEC, its lines' products.
   *
   * @returns The census, plain data.
   */
  census(): UsageCensus {
    const seen = planFactsSeen();
    for (const state of this.plans.values()) addPlanFacts(seen, state);
    return { plans: [...this.plans.keys()], pecSeen: seen.pecSeen, products: [...seen.products] };
  }

  /** @returns Each plan's state, plain data. */
  parts(): PlanState[] {
    return [...this.plans].map(([plan, state]) => ({ plan, state }));
  }
}
