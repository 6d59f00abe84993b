import { tieOutTextsFor } from '../../invoices/_internal/texts/tieOutTextsFor.ts';
import {
  emptyTieOutSummary,
  finishTieOutSummary,
  mergeTieOutSummary,
  type TieOutPart,
  type TieOutPartRow,
  tieOutLists,
} from '../../invoices/_internal/tieOutParts.ts';
import type {
  TieOutIssue,
  TieOutOptions,
  TieOutResult,
  TieOutResults,
  TieOutSummary,
} from '../../usage/index.ts';

/**
 * The shares' parts of a tie-out put together as one pass's result (INV-3, WH-4, WH-5): each
 * share finished on its own by the library's `tieOutPart` (the results of the invoice numbers it
 * holds, its issues, its summary), the summaries merged into the file's, and the results and
 * issues in the one order of their keys — the warehouse's own path, so the command and a
 * warehouse give one result whatever the shares.
 *
 * @param parts - Every share's part, in any order.
 * @param options - The locale the file's own issues (a header naming a column twice) are in.
 * @returns The tie-out.
 */
export function mergeTieOuts(parts: readonly TieOutPart[], options?: TieOutOptions): TieOutResults {
  const rows: TieOutPartRow[] = [];
  const summary = emptyTieOutSummary();
  for (const part of parts) {
    for (const row of part.rows) rows.push(row);
    mergeTieOutSummary(summary, part.summary);
  }
  const file = finishTieOutSummary(summary, tieOutTextsFor(options?.locale));
  for (const row of file.rows) rows.push(row);
  const [results, issues] = tieOutLists(rows).map(([, items]) =>
    items.map((item) => JSON.parse(item) as unknown),
  );
  return {
    results: (results ?? []) as TieOutResult[],
    issues: (issues ?? []) as TieOutIssue[],
    summary: file.summary as unknown as TieOutSummary,
  };
}
