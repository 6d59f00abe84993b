import type { PartRow } from '../../usage/_internal/usagePartOrder.ts';
import type { UsageGroupSummary } from '../../usage/_internal/usageSummary.ts';
import type { PlanState } from './usagePlans.ts';

/**
 * What a share of the usage file says of its Azure plans once its rows end (a worker's, or the
 * reading thread's): which plans it holds, and its part of the file's facts — plain data.
 */
export interface PlansCensus {
  /** The plans it holds a piece of. */
  readonly plans: readonly string[];
  /** Whether any of its lines has PEC's column. */
  readonly pecSeen: boolean;
  /** Its plans' products, as JSON of `[product, SKU, availability]`. */
  readonly products: readonly string[];
}

/**
 * What a worker finishes its own Azure plans with: the plans no other share holds a piece of, the
 * whole file's facts and those plans' invoice rows — plain data, it crosses to the worker.
 */
export interface PlansGiven {
  /** The plans it finishes, in order: those only it holds. */
  readonly plans: readonly string[];
  /** Whether any line of the file has PEC's column. */
  readonly pecSeen: boolean;
  /** The usage file's products, as JSON of `[product, SKU, availability]`. */
  readonly products: readonly string[];
  /** The invoice numbers the invoice files give. */
  readonly given: readonly (string | null)[];
  /** Whether invoice files were given. */
  readonly invoice: boolean;
  /** Each of its plans' invoice rows, and their numbers among every invoice file's rows. */
  readonly recon: readonly (readonly [plan: string, rows: object[], numbers: number[]])[];
}

/**
 * Azure plans a worker finished (`usage --workers`): the lists' rows of their parts, each item's
 * UTF-8 bytes one after another in one buffer, the customers' rows and the parts' summary — with
 * the file's facts they were finished with, so the reading thread finishes the other plans alike.
 */
export interface PlansDone {
  /** The first of its plans, which orders it among the pieces. */
  readonly plan: string;
  readonly done: {
    /** The plans finished, in order. */
    readonly plans: readonly string[];
    /** The file's facts they were finished with. */
    readonly pecSeen: boolean;
    readonly products: readonly string[];
    /** Each listed row's list and order key, in the order of their items. */
    readonly sections: readonly string[];
    readonly keys: readonly string[];
    /**
     * The listed items as `usage --json` writes them, UTF-8, in chunks: each chunk's bytes, and
     * where each of its items ends in them (the next starts there).
     */
    readonly items: readonly (readonly [bytes: Uint8Array, ends: Uint32Array])[];
    /** The customers' rows, merged by customer with the other parts'. */
    readonly customers: readonly PartRow[];
    /** The parts' summaries, merged. */
    readonly summary: UsageGroupSummary;
  };
}

/** What a share of the usage file gives back: a plan's piece to merge and finish, or plans finished. */
export type UsagePiece = PlanState | PlansDone;
