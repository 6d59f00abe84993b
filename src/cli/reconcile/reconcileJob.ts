import type { Money, PriceListRow } from '../../index.ts';
import {
  advance,
  cancellationDecision,
  chargesBetween,
  fromPartnerCenterSubscription,
  type MessageOptions,
  type Promotion,
  purchaseCharges,
  transition,
} from '../../index.ts';

import type { FileWindow } from '../../reconciliation/_internal/FileChange.ts';
import type { FindingLabels } from '../../reconciliation/_internal/FindingLabels.ts';
import type { FileSeats } from '../../reconciliation/_internal/fileSeats.ts';
import type { FileGroup } from '../../reconciliation/_internal/LineGroups.ts';
import { labelsWithCustomer } from '../../reconciliation/_internal/labelsWithCustomer.ts';
import { outcomeFindings } from '../../reconciliation/_internal/outcomeFindings.ts';
import { plainMatch } from '../../reconciliation/_internal/plainMatch.ts';
import {
  reconcileSubscription,
  type SubscriptionOutcome,
} from '../../reconciliation/_internal/reconcileSubscription.ts';
import type { ReplayInputs } from '../../reconciliation/_internal/replayInputs.ts';
import type { TalliedComparison } from '../../reconciliation/_internal/tally.ts';
import type { TermPrices } from '../../reconciliation/_internal/termPrices.ts';
import type { NewCommerceRules } from '../../reconciliation/index.ts';
import type { EstBaseFlag } from '../estBaseFlag.ts';
import type { Finding } from './Finding.ts';
import { CLI_NAMES } from './names.ts';

/** The rules the replay runs on: the root entry's, which the CLI's build imports from dist/. */
export const RULES: NewCommerceRules = {
  fromPartnerCenterSubscription,
  purchaseCharges,
  transition,
  advance,
  chargesBetween,
};

/** What every subscription of a run is reconciled with: the same in every worker. */
export interface JobContext {
  /** The days replayed; `undefined` for a file without a charge of a known type. */
  readonly window: FileWindow | undefined;
  /** `--locale`. */
  readonly options: MessageOptions;
  /** `--promotions`, read (plain data, so it crosses to a worker as it is). */
  readonly promotions?: readonly Promotion[] | undefined;
  /** The instant remedies are worked out at, in epoch milliseconds. */
  readonly now: number;
  /** The language of the remedies' sentences. */
  readonly tag: string;
  /** The message of a subscription the resources lack. */
  readonly noResource: string;
  /**
   * Whether every subscription takes the exact replay, the plainly billed ones too: for the tests
   * that hold the two ways to the same findings (`SUBSCRIPTION_RULES_EXACT=1`), never a user's choice.
   */
  readonly exact?: boolean;
  /** `--est-base`: what an Extended Service Term is priced from, when given. */
  readonly estBase?: EstBaseFlag | undefined;
}

/** One subscription to reconcile: everything the main thread knows of it, its price looked up. */
export interface ReconcileJob {
  /** Its place in the run: results are written in this order, whichever worker made them. */
  readonly seq: number;
  /** Its `SubscriptionId`; `undefined` for the lines without one. */
  readonly id: string | undefined;
  /** Its resource, or `undefined` when the resources have none. */
  readonly resource: Readonly<Record<string, unknown>> | undefined;
  /** Its groups in the file. */
  readonly groups: readonly FileGroup[];
  /** Its price, or why it has none. */
  readonly price: { readonly price: PriceListRow } | { readonly missing: string };
  /** The prices of its terms read back or forward to the month (REC-5), when a list priced them. */
  readonly termPrices?: TermPrices | undefined;
  /** Its terms of the month, read once for the plain match and the replay. */
  readonly monthTerms?: ReplayInputs['monthTerms'];
  /** A seat's month in the annual term billed monthly, from the list (REC-6), when it may be in EST. */
  readonly committedPrice?: Money | undefined;
  /** The list's base of the Extended Service Term month it moves into by the month's end (PL-3). */
  readonly estListBase?:
    | { readonly basePrice: Money; readonly monthlyPlan?: boolean | undefined }
    | undefined;
  /** Its rows that cannot be read. */
  readonly unreadRows: readonly number[] | undefined;
  /** The seats its lines leave it with, when they say. */
  readonly fileSeats: FileSeats | undefined;
  /** Its customer, invoice and product. */
  readonly labels: FindingLabels;
}

/** What one subscription's reconciliation gives the run, small enough to cross between threads. */
export interface JobResult {
  /** The job's `seq`. */
  readonly seq: number;
  /** Its `SubscriptionId`, when it has one. */
  readonly id: string | undefined;
  /** What the replay says of how it read the resource (a seat count taken back, …). */
  readonly notes: readonly string[];
  /** Its findings, in the order they are written, each with its remedy. */
  readonly findings: readonly Finding[];
  /** What the tallies count of its comparison. */
  readonly comparison: TalliedComparison;
  /** Its customer, invoice and product. */
  readonly labels: FindingLabels;
  /** Its groups left uncompared. */
  readonly unverified: number;
  /** Its refused changes. */
  readonly refused: number;
  /** Whether it could not be replayed in full. */
  readonly problem: boolean;
  /** The outcome itself, kept only when asked (`--explain`), never sent between threads. */
  readonly outcome?: SubscriptionOutcome;
}

const PLAIN = { notes: [] as const };
const NOTED = { notes: [0] as const };
const NONE = [] as const;
/** The matches of a subscription without notes, by their count: one array for every such result. */
const PLAINS: (readonly (typeof PLAIN)[])[] = [];

/** What the tallies count of groups matched, each with a note or none. */
function matchesOf(noted: readonly boolean[]): readonly (typeof PLAIN | typeof NOTED)[] {
  if (noted.includes(true)) return noted.map((note) => (note ? NOTED : PLAIN));
  let plains = PLAINS[noted.length];
  if (plains === undefined) {
    plains = Array.from({ length: noted.length }, () => PLAIN);
    PLAINS[noted.length] = plains;
  }
  return plains;
}

/**
 * Reconciles one subscription of a run (REC-3) as the command writes it: a subscription billed
 * plainly whose groups all match is found so straight from its resource and price (`plainMatch`),
 * any other through the replay and comparison (`reconcileSubscription`), each finding with its labels and remedy, and what the
 * run's tallies count — the same in the main thread and in a worker, so the output does not
 * depend on how many workers made it.
 *
 * @param job - The subscription.
 * @param context - The run's window, locale and "now".
 * @param keep - Whether to keep the outcome (to explain it).
 * @returns What it found.
 */
export function reconcileJob(job: ReconcileJob, context: JobContext, keep = false): JobResult {
  // a subscription billed plainly whose every group matched: computed from its resource and price
  // promotions given to the run can discount a renewal (PL-5): the exact way prices them
  const exact = keep || context.exact === true || (context.promotions?.length ?? 0) > 0;
  const noted = exact ? undefined : plainMatch(job, context.window, cancellationDecision);
  if (noted !== undefined)
    return {
      seq: job.seq,
      id: job.id,
      notes: NONE,
      findings: NONE,
      comparison: {
        matched: matchesOf(noted),
        different: NONE,
        missing: NONE,
        unexpected: NONE,
      },
      labels: labelsWithCustomer(job.labels, job.resource),
      unverified: 0,
      refused: 0,
      problem: false,
    };
  // the groups matched are counted, not written, unless the outcome is kept to be explained
  const counted: boolean[] | undefined = keep ? undefined : [];
  const outcome = reconcileSubscription(
    RULES,
    {
      counted,
      id: job.id,
      resource: job.resource,
      noResource: context.noResource,
      groups: job.groups,
      price: job.price,
      termPrices: job.termPrices,
      monthTerms: job.monthTerms,
      committedPrice: job.committedPrice,
      estListBase: job.estListBase,
      unreadRows: job.unreadRows,
      fileSeats: job.fileSeats,
      estBase: context.estBase,
      names: CLI_NAMES,
    },
    context.window,
    // the reader takes the promotion a resource names from them, the replay's renewals too (PL-5)
    context.promotions === undefined
      ? context.options
      : { ...context.options, promotions: context.promotions },
  );
  const labels = labelsWithCustomer(job.labels, job.resource);
  const findings = outcomeFindings(outcome, job.id, labels, context.now, RULES, context.tag);
  const { comparison } = outcome;
  return {
    seq: job.seq,
    id: job.id,
    notes: outcome.notes ?? [],
    findings,
    comparison: {
      matched: matchesOf(counted ?? comparison.matched.map((match) => match.notes.length > 0)),
      different: comparison.different,
      missing: comparison.missing,
      unexpected: comparison.unexpected,
    },
    labels,
    unverified: outcome.unverified,
    refused: outcome.refusals.length,
    // a subscription counts once, however many of its groups could not be replayed
    problem: outcome.problems.length > 0,
    ...(keep ? { outcome } : {}),
  };
}
