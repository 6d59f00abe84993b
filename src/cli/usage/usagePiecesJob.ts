import type { UsageState } from '../../usage/_internal/UsageState.ts';
import { type UsageStateJson, usageStateJson } from '../../usage/_internal/usageStateJson.ts';
import type { EngineJob } from '../engine/EngineJob.ts';
import { addPlanFacts, planFactsSeen } from './planFinisher.ts';
import { type UsageRow, type UsageSetup, usageJob } from './usageJob.ts';
import type { UsagePlans } from './usagePlans.ts';
import type { WholePlans } from './wholePlans.ts';

/**
 * What a share of the usage file hands back past `--memory` ({@link usagePiecesJob}): the file's
 * facts its lines say, or one Azure plan's state — as plain data (JSON: it waits on disk), or,
 * the last plans of one thread's share, which never leave it, as they are (`held`).
 */
export type UsagePiece =
  | {
      readonly kind: 'facts';
      /** Whether a line of the share carries PEC. */
      readonly pecSeen: boolean;
      /** The share's products (USG-4), each as JSON text. */
      readonly products: readonly string[];
    }
  | {
      readonly kind: 'plan';
      /** The plan: its `SubscriptionId` trimmed, in lower case. */
      readonly plan: string;
      /** Its lines in this share. */
      readonly lines: number;
      /** Its state in this share, as plain data. */
      readonly state: UsageStateJson;
    }
  | {
      readonly kind: 'held';
      /** The plan: its `SubscriptionId` trimmed, in lower case. */
      readonly plan: string;
      /** Its lines in this share. */
      readonly lines: number;
      /** Its state in this share, as it is. */
      readonly state: UsageState;
    };

/** A piece's place in the order: every share's facts first, then the plans in their order. */
function orderOf(a: UsagePiece, b: UsagePiece): number {
  if (a.kind === 'facts' || b.kind === 'facts')
    return (a.kind === 'facts' ? 0 : 1) - (b.kind === 'facts' ? 0 : 1);
  // of one plan, the pieces in any order: merged, they are the same state
  return a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : a.lines - b.lines;
}

/** On one thread, how often the plans held are weighed, and past what they go to disk. */
export interface HandOn {
  /** Lines between two weighings. */
  readonly every: number;
  /** The weight past which the plans are handed on ({@link UsagePlans.weight}). */
  readonly bytes: number;
}

/**
 * How a share of one thread hands its plans on before its rows end ({@link usagePiecesJob}):
 * weighed and handed on as {@link HandOn} says, as pieces, then holds nothing.
 */
export interface PiecesFlush extends HandOn {
  /** Takes each piece handed on: the plans' states in their order, then the facts their lines say. */
  flush(piece: UsagePiece): void;
}

/**
 * Hands a share's plans on as pieces, one at a time in their order, each plan let go as it is
 * handed on, then the facts their lines say; the share holds nothing after.
 *
 * @param state - The share.
 * @param give - Takes each piece.
 * @param held - Whether the plans are handed on as they are (they stay in this thread), else as
 *   plain data.
 */
function handOn(state: UsagePlans, give: (piece: UsagePiece) => void, held: boolean): void {
  const seen = planFactsSeen();
  for (const plan of [...state.plans.keys()].sort()) {
    const planState = state.plans.get(plan) as UsageState;
    state.plans.delete(plan);
    addPlanFacts(seen, planState);
    const { lines } = planState;
    give(
      held
        ? { kind: 'held', plan, lines, state: planState }
        : { kind: 'plan', plan, lines, state: usageStateJson(planState) },
    );
  }
  state.clear();
  give({ kind: 'facts', pecSeen: seen.pecSeen, products: [...seen.products] });
}

/**
 * `usage` past `--memory` (USG-7): the usage job ({@link usageJob}: the same rows, the same
 * states) whose shares hand back their Azure plans' states as plain data, and with them the
 * file's facts their lines say (PEC seen, the products), in an order of their own: every share's
 * facts, then the plans in their order. Its shares are each spill partition of each worker, or
 * on one thread (`flushing`) the plans held since they were last handed on: weighed every so many
 * lines and handed on once past the weight — a plan then comes in several pieces, merged as the
 * shares' are (WH-4). Kept on disk in sorted runs and read back in that order, the command knows
 * the file's facts before any plan comes and finishes the plans one part at a time as they come
 * (`planFinisher`: the parts, and so the bytes, of the run held in memory), never every plan's
 * state at once.
 *
 * @param setup - The options and the locale.
 * @param flushing - How this thread's share hands its plans on as its rows come; absent, only
 *   when finished.
 * @returns The job, and how many of its files had a header row.
 */
export function usagePiecesJob(
  setup: UsageSetup,
  flushing?: PiecesFlush,
): EngineJob<UsageRow, UsagePlans, UsagePiece, WholePlans | undefined> & {
  headerRows(): number;
} {
  // its shares hand every plan back: none is finished in a worker
  const {
    split: _finishedInWorkers,
    transfer: _noneFinished,
    streams: _handedBack,
    ...job
  } = usageJob(setup);
  let lines = 0;
  return {
    ...job,
    // a plan's state crosses as plain data: it waits on disk past the budget
    resultsAreState: false,
    ...(flushing === undefined
      ? {}
      : {
          observe(state, row, place) {
            job.observe(state, row, place);
            if (++lines < flushing.every) return;
            lines = 0;
            if (state.weight() > flushing.bytes) handOn(state, flushing.flush, false);
          },
        }),
    finish(state) {
      const pieces: UsagePiece[] = [];
      // one thread's last plans never leave it: handed on as they are
      handOn(state, (piece) => pieces.push(piece), flushing !== undefined);
      return pieces;
    },
    order: orderOf,
  };
}
