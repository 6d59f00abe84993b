import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { jsonLineRow } from '../kernel/jsonLineRow.ts';
import type { NewCommerceEffect } from '../lifecycle/newCommerce/resultTypes.ts';
import type { BilledLine } from './_internal/BilledLine.ts';
import { compareLines } from './_internal/compareGroups.ts';
import { expectedLines } from './_internal/expectedLines.ts';
import type { FileRowIssue } from './_internal/FileLine.ts';
import { LineGroups } from './_internal/LineGroups.ts';
import { lineReader } from './_internal/lineReader.ts';
import { readReconcileOptions } from './_internal/readReconcileOptions.ts';
import { rowIssueText } from './_internal/rowIssueText.ts';
import { sheetRow } from './_internal/sheetRow.ts';
import type { InvoiceLine, ReconcileOptions, ReconcileResult } from './types.ts';

/** Every key of the rows, in the order first seen: the file's header. */
function headersOf(rows: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const row of rows)
    if (typeof row === 'object' && row !== null)
      for (const name of Object.keys(row)) seen.add(name);
  return [...seen];
}

/** The expected lines by subscription, in the order first seen. */
function bySubscription(lines: readonly BilledLine[]): Map<string | undefined, BilledLine[]> {
  const split = new Map<string | undefined, BilledLine[]>();
  for (const line of lines) {
    const list = split.get(line.subscriptionId);
    if (list === undefined) split.set(line.subscriptionId, [line]);
    else list.push(line);
  }
  return split;
}

/**
 * Compares what the rules say Partner Center billed with the rows of its New Commerce invoice
 * reconciliation file (REC-2, REC-4), read as the file really is: columns by name in
 * any order (the others listed once in `otherColumns`, tax columns among them, ignored); charge
 * types in any letter case, with `options.chargeTypes` as in `invoiceLines`; numbers with Excel's
 * apostrophe, 18 decimals or scientific notation (`'0E-20`) read exactly, an empty cell absent;
 * days as `YYYY-MM-DD`, an ISO instant or `M/D/YYYY`; a credit's sign taken from its charge type
 * whichever sign the file prints.
 *
 * Lines are grouped by subscription, charge type, `ChargeStartDate`, `ChargeEndDate` (and
 * currency, so amounts are never summed across currencies) — never by row order — and each group
 * is compared on its net `Subtotal` and net `BillableQuantity`, exactly, digit by digit. A change
 * the file prints as two lines (the old quantity refunded and the new one charged) is matched
 * against what that form bills, prorated(Q1, N) − prorated(Q0, N) (`form: 'two-line'`; 10 → 15
 * seats for 15 of 30 days at 12.50: 93.75 − 62.60 = 31.15 where one line is 31.20) when the
 * expected line is an effect's. An `EffectiveUnitPrice` printed otherwise while the amounts agree
 * is a note, not a difference. A charge type neither Partner Center's nor yours is `unexpected`,
 * one entry per row under its own spelling, never taken for a credit. A row that cannot be read is
 * an issue naming its row and column: never thrown, never dropped.
 *
 * Decided: when one side names no subscription (effects without `options.subscriptionId`, or a
 * file without `SubscriptionId`) and the other names at most one, they are compared together.
 *
 * @param expected - What the rules say: invoice lines (as `invoiceLines` writes them) or effects
 *   (which give the messages their arithmetic), of one or several subscriptions.
 * @param actual - The file's rows, objects keyed by its header names, values as a CSV parser
 *   gives them (text, or numbers and `null` from one that types its cells), or the lines of the
 *   Graph billing export's blobs as their text (one JSON object each, numbers read from their
 *   digits, keys in any case: REC-3); a row is named by its place in the list as a sheet row.
 * @param options - `subscriptionId` of the effects, `chargeTypes`, `locale` (the messages'
 *   language: en, ko, zh-Hans or zh-Hant).
 * @returns `{ matched, missing, unexpected, different, issues, otherColumns }`.
 * @throws `RuleError` for a bad expected line or effect (naming `expected.<i>` and its
 *   field), for `actual` not being a list, or bad options — never for a row of the file.
 * @example
 * ```ts
 * import { reconcile } from 'subscription-rules/reconciliation';
 * const expected = [{
 *   ChargeType: 'addQuantity', ChargeStartDate: '2026-12-05', ChargeEndDate: '2026-12-19',
 *   BillableQuantity: '5', Subtotal: '31.20', Currency: 'USD',
 * }];
 * const rows = [{
 *   ChargeType: 'AddQuantity', ChargeStartDate: '12/5/2026', ChargeEndDate: '12/19/2026',
 *   BillableQuantity: "'5.0000", Subtotal: "'31.200000000000000000", Currency: 'USD', TaxTotal: "'0E-20",
 * }];
 * const result = reconcile(expected, rows);
 * [result.matched.length, result.different.length, result.otherColumns];
 * //=> [1, 0, ['TaxTotal']]
 * ```
 * @category Reconciliation
 */
export function reconcile(
  expected: readonly (InvoiceLine | NewCommerceEffect)[],
  actual: readonly (object | string)[],
  options?: ReconcileOptions,
): ReconcileResult {
  const read = readReconcileOptions(options);
  const wanted = bySubscription(expectedLines(expected, read.types, read.subscriptionId));
  if (!Array.isArray(actual))
    fail(
      actual === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      'actual',
      'expected a list',
      actual,
    );
  const rows = actual.map(jsonLineRow);
  const headers = headersOf(rows);
  const reader = lineReader(headers, options);
  const groups = new LineGroups();
  const issues: FileRowIssue[] = [];
  const cells: unknown[] = new Array(headers.length);
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      issues.push({
        row: sheetRow(i + 1),
        column: '',
        message: 'expected a row of cells keyed by column',
      });
      continue;
    }
    for (const c of reader.columns) {
      const name = headers[c] as string;
      cells[c] = Object.hasOwn(row, name) ? (row as Record<string, unknown>)[name] : undefined;
    }
    const line = reader.read(cells, i + 1, issues);
    if (line !== undefined) groups.add(line);
  }
  const fileIds = [...groups.subscriptionIds()];
  const together =
    (wanted.size <= 1 && fileIds.length === 1 && fileIds[0] === undefined) ||
    (fileIds.length <= 1 && wanted.size === 1 && wanted.has(undefined));
  const result = { matched: [], missing: [], unexpected: [], different: [] } as {
    -readonly [K in
      | 'matched'
      | 'missing'
      | 'unexpected'
      | 'different']: ReconcileResult[K][number][];
  };
  const compare = (lines: readonly BilledLine[], fileId: string | undefined): void => {
    const found = compareLines(lines, groups.take(fileId), read);
    result.matched.push(...found.matched);
    result.missing.push(...found.missing);
    result.unexpected.push(...found.unexpected);
    result.different.push(...found.different);
  };
  if (together) {
    compare([...wanted.values()].flat(), fileIds[0]);
  } else {
    for (const [id, lines] of wanted) compare(lines, id);
    for (const id of groups.subscriptionIds()) compare([], id);
  }
  return {
    ...result,
    issues: issues.map((issue) => rowIssueText(read.texts.issues, issue)),
    otherColumns: reader.otherColumns,
  };
}
