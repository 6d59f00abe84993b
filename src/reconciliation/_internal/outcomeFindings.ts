import type {
  ReconcileFinding as Finding,
  NewCommerceRules,
  ReconcileRefusal,
} from '../replayTypes.ts';
import { CHARGE_TYPES } from './chargeTypes.ts';
import { dayText } from './days.ts';
import type { FindingLabels } from './FindingLabels.ts';
import type { SubscriptionOutcome } from './reconcileSubscription.ts';
import { remedyOf } from './remedyOf.ts';

/** The charge types a refused change's line has (REC-1). */
const CHANGE_TYPES = {
  add: CHARGE_TYPES['add-quantity'],
  remove: CHARGE_TYPES['remove-quantity'],
  cancel: CHARGE_TYPES.cancel,
};

/**
 * A refused change of a subscription's replay, as a finding names it.
 *
 * @param refusal - The replay's refusal.
 * @param id - The subscription's id.
 * @returns The refusal.
 */
export function refusalOf(
  refusal: SubscriptionOutcome['refusals'][number],
  id: string | undefined,
): ReconcileRefusal {
  return {
    ...(id === undefined ? {} : { subscriptionId: id }),
    chargeType: CHANGE_TYPES[refusal.change.kind],
    chargeStartDate: dayText(refusal.change.day),
    at: refusal.at,
    message: refusal.message,
  };
}

/**
 * One subscription's findings (REC-3), in the order the command line writes them and the library
 * lists them: its differences, missing and unexpected groups, the changes the rules refuse, then
 * why it was not replayed in full — each with the subscription's customer labels and, but for an
 * issue, what can still be done about it at `at`.
 *
 * @param outcome - The subscription's reconciliation.
 * @param id - Its id.
 * @param labels - Its customer, invoice and product.
 * @param at - The instant remedies are worked out at, in epoch milliseconds.
 * @param rules - The New Commerce rules.
 * @param tag - The language of the remedies.
 * @returns The findings.
 */
export function outcomeFindings(
  outcome: SubscriptionOutcome,
  id: string | undefined,
  labels: FindingLabels,
  at: number,
  rules: NewCommerceRules,
  tag: string,
): Finding[] {
  const found: Finding[] = [];
  const withRemedy = (finding: Finding): void => {
    found.push({ ...finding, remedy: remedyOf(finding, outcome, at, rules, tag) });
  };
  for (const entry of outcome.comparison.different)
    withRemedy({ finding: 'different', ...entry, ...labels });
  for (const entry of outcome.comparison.missing)
    withRemedy({ finding: 'missing', ...entry, ...labels });
  for (const entry of outcome.comparison.unexpected)
    withRemedy({ finding: 'unexpected', ...entry, ...labels });
  for (const refusal of outcome.refusals)
    withRemedy({ finding: 'refused', ...refusalOf(refusal, id), ...labels });
  const key = id === undefined ? {} : { subscriptionId: id };
  for (const problem of outcome.problems)
    found.push({ finding: 'issue', ...key, message: problem, ...labels });
  return found;
}
