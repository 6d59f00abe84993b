import type { ReservationExchangeDecision, ReservationRefundDecision } from '../index.ts';
import { moneyText } from './moneyText.ts';
import { table } from './table.ts';

/**
 * The lines of a reservation refund (RES-1): outcome, rule, policy, the refund, the commitment
 * cancelled, the limit left, when each earlier refund and this one come back, and the message.
 */
export function refundLines(decision: ReservationRefundDecision): string {
  const rows: string[][] = [
    ['outcome', decision.outcome],
    ['rule', decision.rule],
    ['policy', decision.policyId],
  ];
  if (decision.outcome === 'refund') rows.push(['refund', moneyText(decision.refund)]);
  if (decision.outcome !== 'not-refundable') {
    rows.push(['cancelled commitment', moneyText(decision.cancelledCommitment)]);
    rows.push(['limit left', moneyText(decision.limitLeft)]);
    for (const back of decision.limitRestoresAt) {
      rows.push(['limit restores', `${moneyText(back.amount)} at ${back.at}`]);
    }
  }
  if (decision.outcome === 'refund') rows.push(['this refund restores at', decision.restoresAt]);
  return `${table(rows, '')}\n${decision.message}`;
}

/** The lines of a reservation exchange (RES-2): its outcome, and the message of a refusal. */
export function exchangeLines(decision: ReservationExchangeDecision): string {
  return decision.ok
    ? table([['outcome', 'allowed']], '')
    : `${table([['outcome', decision.outcome]], '')}\n${decision.message}`;
}
