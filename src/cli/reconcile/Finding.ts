import type {
  ReconcileDifference,
  ReconcileMissing,
  ReconcileUnexpected,
} from '../../reconciliation/index.ts';

/** A change of the file the rules refuse (REC-3), with their message. */
export interface RefusedChange {
  /** The subscription. */
  readonly subscriptionId?: string;
  /** The change's charge type, as Partner Center names it. */
  readonly chargeType: string;
  /** The first billed day of its line, `YYYY-MM-DD`. */
  readonly chargeStartDate: string;
  /** When the replay applied it. */
  readonly at: string;
  /** Why the rules refuse it. */
  readonly message: string;
}

/** A row that could not be read, or a subscription that could not be replayed. */
export interface FindingIssue {
  /** The row, from 1 (a row's issue). */
  readonly row?: number;
  /** The column at fault, as the file names it (a row's issue). */
  readonly column?: string;
  /** The subscription (a subscription's issue). */
  readonly subscriptionId?: string;
  /** What is wrong. */
  readonly message: string;
}

/** One line of `--json` or `--csv`: what is not as the rules say, by kind. */
export type Finding =
  | ({ readonly finding: 'different' } & ReconcileDifference)
  | ({ readonly finding: 'missing' } & ReconcileMissing)
  | ({ readonly finding: 'unexpected' } & ReconcileUnexpected)
  | ({ readonly finding: 'refused' } & RefusedChange)
  | ({ readonly finding: 'issue' } & FindingIssue);
