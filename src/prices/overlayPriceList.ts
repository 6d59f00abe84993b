import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireRecord } from '../kernel/requireRecord.ts';
import { checkedRow } from './_internal/checkedRow.ts';
import { withLookUp } from './_internal/withLookUp.ts';
import type { PriceList, PriceRow } from './types.ts';

/** A list's rows, checked as an array. */
function rowsOf(list: unknown, path: string): readonly PriceRow[] {
  const rows = requireRecord(list, path).rows;
  if (!Array.isArray(rows))
    fail(RuleErrorCode.INVALID_ARGUMENT, `${path}.rows`, 'expected an array', rows);
  return rows as readonly PriceRow[];
}

/** A list's issues, checked as an array. */
function issuesOf(list: PriceList, path: string): PriceList['issues'] {
  const issues = (list as { issues?: unknown }).issues ?? [];
  if (!Array.isArray(issues))
    fail(RuleErrorCode.INVALID_ARGUMENT, `${path}.issues`, 'expected an array', issues);
  return issues as PriceList['issues'];
}

/**
 * Lays a preview price list (`timeline=future`, PL-1, P7) over the current one: from a preview
 * row's `EffectiveStartDate` on, the preview's rows replace the current file's rows of their key
 * (a current row still open then ends 1 ms before; one starting after is left out); before it the
 * current rows hold; keys the preview does not list are unchanged. The preview lists only what
 * changes, so this is the price list the next month will bill by.
 *
 * @param current - The current price list.
 * @param future - The preview's.
 * @returns The combined list, frozen: the current rows (some ending earlier), then the preview's;
 *   the issues of both.
 * @throws {@link RuleError} `MISSING_FIELD` / `INVALID_ARGUMENT` at `current…` or `future…` for a
 *   list that is no price list; `INVALID_INSTANT` for a row's date that is no instant.
 * @example
 * ```ts
 * import { overlayPriceList, readPriceList } from 'subscription-rules';
 * const header = 'ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate\n';
 * const current = readPriceList(`${header}CFQ7TTC0LH18,0001,P1Y,Monthly,US,USD,75.60,2/1/2023 0:00,11/30/9999 11:59 PM\n`);
 * const future = readPriceList(`${header}CFQ7TTC0LH18,0001,P1Y,Monthly,US,USD,88.20,7/1/2026 0:00,11/30/9999 11:59 PM\n`);
 * overlayPriceList(current, future).rows.map((row) => [row.UnitPrice, row.EffectiveEndDate]);
 * //=> [['75.60', '2026-06-30T23:59:59.999Z'], ['88.20', null]]
 * ```
 * @category Prices over time
 * @see PL-1
 */
export function overlayPriceList(current: PriceList, future: PriceList): PriceList {
  const now = rowsOf(current, 'current');
  const next = rowsOf(future, 'future');
  // the first instant each key of the preview takes over
  const from = new Map<string, number>();
  next.forEach((value, n) => {
    const { key, start } = checkedRow(value, `future.rows.${n}`);
    from.set(key, Math.min(from.get(key) ?? Infinity, start));
  });
  const rows: PriceRow[] = [];
  now.forEach((value, n) => {
    const { row, key, start, end } = checkedRow(value, `current.rows.${n}`);
    const takeover = from.get(key);
    if (takeover === undefined || end < takeover) rows.push(row);
    else if (start < takeover)
      rows.push(
        Object.freeze({
          line: row.line,
          ProductId: row.ProductId,
          SkuId: row.SkuId,
          TermDuration: row.TermDuration,
          BillingPlan: row.BillingPlan,
          Market: row.Market,
          Currency: row.Currency,
          Segment: row.Segment,
          UnitPrice: row.UnitPrice,
          EffectiveStartDate: row.EffectiveStartDate,
          EffectiveEndDate: new Date(takeover - 1).toISOString(),
          cells: row.cells,
        }),
      );
  });
  rows.push(...next);
  return withLookUp({
    rows: Object.freeze(rows),
    issues: Object.freeze([...issuesOf(current, 'current'), ...issuesOf(future, 'future')]),
  });
}
