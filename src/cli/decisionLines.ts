import type { CancellationDecision } from '../index.ts';
import { closesIn } from './closesIn.ts';
import { moneyText } from './moneyText.ts';
import { table } from './table.ts';

/**
 * A cancellation decision for people: outcome, rule, policy, the window and how long it has left at
 * `at` (hours under a day), and what comes back.
 */
export function decisionLines(decision: CancellationDecision, at: string): string {
  const rows: string[][] = [
    ['outcome', decision.outcome],
    ['rule', decision.rule],
    ['policy', decision.policyId],
  ];
  if ('windowEndsAt' in decision && decision.windowEndsAt !== undefined) {
    const open = decision.outcome === 'full-credit' || decision.outcome === 'prorated-credit';
    rows.push([
      'window',
      open
        ? `runs until ${decision.windowEndsAt} (${closesIn(decision.windowEndsAt, at)})`
        : `closed at ${decision.windowEndsAt}`,
    ]);
  } else {
    rows.push(['window', 'none: the answer does not depend on when the request comes']);
  }
  if ('credit' in decision && decision.credit !== undefined) {
    rows.push(['credit', moneyText(decision.credit)]);
  }
  if ('effectiveAt' in decision && decision.effectiveAt !== undefined) {
    rows.push(['effective', decision.effectiveAt]);
  }
  if ('reason' in decision) rows.push(['reason', decision.reason]);
  return `${table(rows, '')}\n${decision.message}`;
}
