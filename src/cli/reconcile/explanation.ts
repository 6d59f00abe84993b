import { decimalText } from '../../kernel/fileDecimal.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { FileGroup } from '../../reconciliation/_internal/LineGroups.ts';
import type { SubscriptionOutcome } from '../../reconciliation/_internal/reconcileSubscription.ts';
import { sheetRow } from '../../reconciliation/_internal/sheetRow.ts';
import { invoiceLines } from '../../reconciliation/index.ts';
import { dayText } from './days.ts';
import { type ExplainLabelId, explainLabels } from './explainLabels.ts';
import { termLines } from './termLines.ts';

/** What a file change replays as, in words. */
const CHANGE_WORDS = { add: 'add', remove: 'remove', cancel: 'cancel' } as const;

const seats = (n: string): string => `${n} ${n === '1' || n === '-1' ? 'seat' : 'seats'}`;

/**
 * `reconcile --explain SUBSCRIPTION_ID` (REC-3): one subscription's replay side by side, the
 * answer to "why does it say that?" — its resource as fetched and as read at the start of the
 * file's days, the events the file's lines replay as, the lines the rules expect and the lines the
 * file bills (net, by group, with their rows), then each difference with its arithmetic.
 *
 * @param id - The subscription.
 * @param resource - Its resource as fetched, when `--subscriptions` has one.
 * @param groups - Its groups in the file.
 * @param outcome - What its reconciliation found.
 * @param unread - Its rows that cannot be read.
 * @param tag - The tag of `--locale`: the lines' labels are in its language (MSG-1).
 * @returns The explanation, lines for people.
 */
export function explanation(
  id: string,
  resource: Readonly<Record<string, unknown>> | undefined,
  groups: readonly FileGroup[],
  outcome: SubscriptionOutcome,
  unread: readonly number[] | undefined,
  tag = 'en',
): string {
  const rows: string[][] = [['subscription', id]];
  rows.push([
    'resource',
    resource === undefined
      ? 'none in --subscriptions'
      : `as fetched: ${String(resource.quantity)} seats, ${String(resource.status)}, ${String(resource.termDuration)} billed ${String(resource.billingCycle)}, from ${String(resource.effectiveStartDate)}`,
  ]);
  const played = outcome.played;
  if (played !== undefined) {
    const { start } = played;
    const exponent =
      start.price === null
        ? 2
        : (currencyExponents[start.price.currency as keyof typeof currencyExponents] ?? 2);
    const price =
      start.price === null
        ? 'no price'
        : `${decimalText({ units: start.price.amount, scale: exponent }, exponent)} ${start.price.currency} a seat a period`;
    let net = 0;
    for (const change of played.changes)
      net += change.kind === 'add' ? change.seats : change.kind === 'remove' ? -change.seats : 0;
    if (net !== 0 && typeof resource?.quantity === 'number')
      rows.push([
        'taken back',
        `${resource.quantity} seats as fetched, less the file's net change of ${net > 0 ? '+' : ''}${net}: ${resource.quantity - net} before it (a change after the file's last day is not in it: fetch soon after the month ends)`,
      ]);
    // the terms replayed: as the resource states one, rebuilt back or advanced to the month (REC-5)
    rows.push(...termLines(played.terms ?? []));
    rows.push([
      'read at',
      `${start.asOf}: ${start.quantity} seats, ${start.status}, term ${start.termStart ?? '?'} to ${start.termEnd ?? '?'}, ${price}`,
    ]);
    const events = played.changes.map((change) => [
      dayText(change.day),
      change.kind === 'cancel'
        ? 'cancel'
        : `${CHANGE_WORDS[change.kind]} ${seats(String(change.seats))}`,
    ]);
    rows.push(
      ...(events.length === 0
        ? [['events', 'none: no seat change or cancellation in the file']]
        : events.map((e, i) => [i === 0 ? 'events' : '', e.join('  ')])),
    );
    const expected = invoiceLines(played.effects, { subscriptionId: id });
    rows.push(
      ...(expected.length === 0
        ? [['expected', "nothing over the file's days"]]
        : expected.map((line, i) => [
            i === 0 ? 'expected' : '',
            `${line.ChargeType}  ${line.ChargeStartDate} to ${line.ChargeEndDate}  ${seats(line.BillableQuantity)}  ${line.Subtotal} ${line.Currency}`,
          ])),
    );
  }
  rows.push(
    ...(groups.length === 0
      ? [['billed', 'no line in the file']]
      : groups.map((group, i) => [
          i === 0 ? 'billed' : '',
          `${group.chargeType}  ${dayText(group.startDay)} to ${dayText(group.endDay)}  ${seats(decimalText({ units: group.quantityUnits, scale: group.quantityScale }))}  ${decimalText({ units: group.subtotalUnits, scale: group.subtotalScale }, 2)} ${group.currency ?? ''}  ${group.lines === 1 ? 'row' : 'rows'} ${group.rows.map(sheetRow).join(' ')}`.trimEnd(),
        ])),
  );
  if (unread !== undefined && unread.length > 0)
    rows.push(['unread', `rows ${unread.map(sheetRow).join(' ')} of the sheet cannot be read`]);
  const { comparison } = outcome;
  const findings = [
    ...comparison.different.map((d) => `${d.chargeType} ${d.chargeStartDate}: ${d.message}`),
    ...comparison.missing.map((m) => `${m.chargeType} ${m.chargeStartDate}: ${m.message}`),
    ...comparison.unexpected.map((u) => `${u.chargeType} ${u.chargeStartDate}: ${u.message}`),
    ...outcome.refusals.map((r) => `refused ${dayText(r.change.day)}: ${r.message}`),
    ...outcome.problems,
  ];
  rows.push(
    ...(findings.length === 0
      ? [['findings', 'none: every group matched']]
      : findings.map((f, i) => [i === 0 ? 'findings' : '', f])),
  );
  // one line a row, however long: an arithmetic sentence is read whole, never broken into columns
  const labels = explainLabels(tag);
  const said = (label: string | undefined): string =>
    label === undefined || label === '' ? '' : (labels[label as ExplainLabelId] ?? label);
  return rows.map(([label, text]) => `${said(label).padEnd(12)}  ${text ?? ''}`).join('\n');
}
