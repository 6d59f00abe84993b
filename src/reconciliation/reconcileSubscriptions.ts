import { jsonLineRow } from '../kernel/jsonLineRow.ts';
import { MS_PER_DAY as DAY } from '../kernel/units.ts';
import { customerTotals } from './_internal/customerTotals.ts';
import { dayText } from './_internal/days.ts';
import type { LineGroups } from './_internal/LineGroups.ts';
import { labelsWithCustomer } from './_internal/labelsWithCustomer.ts';
import { lineReader } from './_internal/lineReader.ts';
import { outcomeFindings, refusalOf } from './_internal/outcomeFindings.ts';
import { list, readSubscriptionsOptions } from './_internal/readSubscriptionsOptions.ts';
import { reconcileSubscription } from './_internal/reconcileSubscription.ts';
import { replayInputs } from './_internal/replayInputs.ts';
import { resourceItems } from './_internal/resourceItems.ts';
import { rowIssueText } from './_internal/rowIssueText.ts';
import { headersOf, readRows } from './_internal/rowsInMemory.ts';
import { LIST_NAMES } from './_internal/SourceNames.ts';
import { tally } from './_internal/tally.ts';
import type {
  ReconcileFinding,
  ReconcileRefusal,
  ReconcileSubscriptionIssue,
  ReconcileSubscriptionsOptions,
  ReconcileSubscriptionsResult,
  ReconcileSubscriptionTerms,
} from './replayTypes.ts';
import type {
  ReconcileDifference,
  ReconcileMatch,
  ReconcileMissing,
  ReconcileUnexpected,
} from './types.ts';

/**
 * Reconciles a whole New Commerce invoice reconciliation file with the subscriptions it bills
 * (REC-2, REC-3), as `subscription-rules reconcile` does, for rows already in memory (a browser, a
 * test): each subscription's resource (PCR-1), as fetched after the file, is read at the file's
 * first day or its own start, taken back over the file's changes, and replayed by the rules over
 * the file's days — its purchase, the file's seat changes and cancellations as events, its cycles
 * and renewals — then compared with the file's lines of it by `reconcile`'s grouping. A
 * subscription is priced by `options.prices`, else by its own lines' `UnitPrice`.
 *
 * What cannot be replayed — a subscription the file bills without a resource, a resource the
 * reader refuses, one without a price — is an issue, and its lines are unexpected: reported,
 * never dropped. A subscription with a row that cannot be read is an issue too, and its groups are
 * counted `unverified`, never compared: replaying it without that row's change would blame lines
 * that are right. Each seat-change line is replayed as its own change (CHG-2 is not linear in the
 * seats); a change printed as two lines is one. A change the rules refuse is `refused`, with their message. The money at stake is
 * summed per currency, exactly: a difference's billed less expected `Subtotal`, a missing group's
 * expected one (negative), an unexpected group's billed one.
 *
 * @param rows - The file's rows, objects keyed by its header (a CSV parser's `header: true`).
 * @param resources - The Partner Center Subscription resources, as the API returns them.
 * @param options - `rules`: `import * as newCommerce from 'subscription-rules/new-commerce'`;
 *   `prices`: a price list's rows; `locale`: the language of the sentences.
 * @returns The findings, the file's days and lines, and the money at stake per currency; a file
 *   without the columns a line needs says which in `missingColumns`, a price list without its
 *   columns in `missingPriceColumns`, and nothing is compared.
 * @throws `RuleError` for `rows`, `resources` or `options.prices` not being lists,
 *   `options.rules` without the five functions, or bad options.
 * @example
 * ```ts
 * import * as newCommerce from 'subscription-rules/new-commerce';
 * import { reconcileSubscriptions } from 'subscription-rules/reconciliation';
 * const resource = {
 *   id: 'S1', offerId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0K5RF', quantity: 15,
 *   productType: { id: 'OnlineServicesNCE' }, effectiveStartDate: '2026-11-20T10:00:00Z',
 *   commitmentEndDate: '2027-11-19T00:00:00Z', status: 'active', autoRenewEnabled: true,
 *   billingType: 'license', billingCycle: 'monthly', termDuration: 'P1Y', isMicrosoftProduct: true,
 * };
 * const line = { SubscriptionId: 'S1', ChargeEndDate: '2026-12-19', Currency: 'USD', UnitPrice: '12.50' };
 * const rows = [
 *   { ...line, ChargeType: 'new', ChargeStartDate: '2026-11-20', BillableQuantity: '10', Subtotal: '125.00' },
 *   { ...line, ChargeType: 'addQuantity', ChargeStartDate: '2026-12-05', BillableQuantity: '5', Subtotal: '31.25' },
 * ];
 * const found = reconcileSubscriptions(rows, [resource], { rules: newCommerce });
 * [found.matched.length, found.different.length, found.atStake];
 * //=> [1, 1, [{ currency: 'USD', amount: '0.05', net: '0.05' }]]
 * found.different[0]?.message;
 * //=> 'added 5 seats on 2026-12-05: 12.50 × 5 for 15 of 30 days = 31.20 USD; billed 31.25 USD'
 * ```
 * @category Reconciliation
 */
export function reconcileSubscriptions(
  rows: readonly (object | string)[],
  resources: readonly unknown[],
  options: ReconcileSubscriptionsOptions,
): ReconcileSubscriptionsResult {
  const { rules, prices, missingPriceColumns, messages, texts, period, at, estBase, promotions } =
    readSubscriptionsOptions(options);
  // the reader and the replay take the promotions (PL-5), the comparison the locale
  const replayOptions = promotions === undefined ? messages : { ...messages, promotions };
  const fileRows = list(rows, 'rows').map(jsonLineRow);
  const items = list(resources, 'resources');
  const headers = headersOf(fileRows);
  const reader = lineReader(headers);
  const empty: ReconcileSubscriptionsResult = {
    missingColumns: reader.missingColumns,
    missingPriceColumns,
    otherColumns: reader.otherColumns,
    lines: fileRows.length,
    days: null,
    subscriptions: 0,
    matched: [],
    different: [],
    missing: [],
    unexpected: [],
    refused: [],
    issues: [],
    unverified: 0,
    atStake: [],
    period: period?.month ?? null,
    findings: [],
    customers: [],
    replayNotes: [],
    terms: [],
  };
  if (reader.missingColumns.length > 0 || missingPriceColumns.length > 0) return empty;
  const { groups, rowIssues, unitPrices, unread, labels, seats, countries, ...read } = readRows(
    fileRows,
    headers,
    reader,
    prices === undefined,
  );
  // the billing month when given: a charge due on its last day is expected even when the file
  // has no line of that day; else the file's own days, assumed
  const window =
    period === undefined ? read.window : { firstDay: period.firstDay, lastDay: period.lastDay };
  // remedies are worked out at `options.at`, else at the end of the days replayed
  const now = at ?? (window === undefined ? 0 : (window.lastDay + 1) * DAY);
  const found = tally();
  const customers = customerTotals();
  const matched: ReconcileMatch[] = [];
  const different: ReconcileDifference[] = [];
  const missing: ReconcileMissing[] = [];
  const unexpected: ReconcileUnexpected[] = [];
  const refused: ReconcileRefusal[] = [];
  const issues: ReconcileSubscriptionIssue[] = rowIssues.map((issue) =>
    rowIssueText(texts.issues, issue),
  );
  const findings: ReconcileFinding[] = issues.map((issue) => ({ finding: 'issue', ...issue }));
  const replayNotes: ReconcileSubscriptionIssue[] = [];
  const terms: ReconcileSubscriptionTerms[] = [];
  let compared = 0;
  let unverified = 0;
  let onlyOne = false;
  const said = { unread, labels, unitPrices, seats, countries };
  const inputs = { prices, window, givePrices: LIST_NAMES.givePrices };
  const reconcileOne = (
    id: string | undefined,
    resource: Readonly<Record<string, unknown>> | undefined,
    mine: ReturnType<LineGroups['take']>,
  ): void => {
    if (window === undefined && mine.length === 0) return;
    compared++;
    const { labels: own, ...input } = replayInputs(said, inputs, id, resource, mine, onlyOne);
    const outcome = reconcileSubscription(
      rules,
      {
        id,
        resource,
        noResource: `${LIST_NAMES.resources} has no resource for it`,
        groups: mine,
        ...input,
        estBase,
      },
      window,
      replayOptions,
    );
    found.add(outcome.comparison);
    unverified += outcome.unverified;
    const mineLabels = labelsWithCustomer(own ?? {}, resource);
    customers.add(mineLabels, outcome.comparison);
    matched.push(...outcome.comparison.matched);
    different.push(...outcome.comparison.different);
    missing.push(...outcome.comparison.missing);
    unexpected.push(...outcome.comparison.unexpected);
    const key = id === undefined ? {} : { subscriptionId: id };
    for (const refusal of outcome.refusals) refused.push(refusalOf(refusal, id));
    for (const problem of outcome.problems) issues.push({ ...key, message: problem });
    for (const note of outcome.notes ?? []) replayNotes.push({ ...key, message: note });
    // the terms the replay read it in, as it read them: nothing worked out again (REC-5)
    const played = outcome.played?.terms;
    if (played !== undefined && id !== undefined) terms.push({ subscriptionId: id, terms: played });
    findings.push(...outcomeFindings(outcome, id, mineLabels, now, rules, texts.tag));
  };
  const loose = groups.holds(undefined);
  const reading = resourceItems(loose, LIST_NAMES);
  const each = (item: ReturnType<typeof reading.end>[number]): void => {
    if ('issue' in item) {
      issues.push(item.issue);
      findings.push({ finding: 'issue', ...item.issue });
      return;
    }
    onlyOne = item.withLoose;
    const mine = groups.take(item.id);
    reconcileOne(
      item.id,
      item.resource,
      item.withLoose ? [...mine, ...groups.take(undefined)] : mine,
    );
  };
  for (const item of items) reading.next(item).forEach(each);
  reading.end().forEach(each);
  for (const id of groups.subscriptionIds()) reconcileOne(id, undefined, groups.take(id));
  return {
    ...empty,
    days:
      window === undefined
        ? null
        : { first: dayText(window.firstDay), last: dayText(window.lastDay) },
    subscriptions: compared,
    matched,
    different,
    missing,
    unexpected,
    refused,
    issues,
    unverified,
    atStake: found.atStake(),
    findings,
    customers: customers.totals(),
    replayNotes,
    terms,
  };
}
