import type {
  ReconcileDifference,
  ReconcileMissing,
  ReconcileRefusal,
  ReconcileSubscriptionIssue,
  ReconcileUnexpected,
} from '../../reconciliation/index.ts';
import type { FindingLabels } from './FindingLabels.ts';
import type { Remedy } from './Remedy.ts';

/** A change of the file the rules refuse (REC-3), with their message. */
export type RefusedChange = ReconcileRefusal;

/** A row that could not be read, or a subscription that could not be replayed. */
export type FindingIssue = ReconcileSubscriptionIssue;

/**
 * One line of `--json` or `--csv`: what is not as the rules say, by kind, with the customer,
 * invoice and product of its subscription where the file names them.
 */
export type Finding = (
  | ({ readonly finding: 'different' } & ReconcileDifference)
  | ({ readonly finding: 'missing' } & ReconcileMissing)
  | ({ readonly finding: 'unexpected' } & ReconcileUnexpected)
  | ({ readonly finding: 'refused' } & RefusedChange)
  | ({ readonly finding: 'issue' } & FindingIssue)
) &
  FindingLabels & {
    /** What can still be done about it, and by when (the findings about money and refusals). */
    readonly remedy?: Remedy;
  };
