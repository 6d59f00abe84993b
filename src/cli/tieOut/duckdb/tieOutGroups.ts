import type { CurrencyCode } from '../../../index.ts';
import type { TieOutGroup } from '../../../invoices/_internal/TieOutGroup.ts';
import type { TieOutState } from '../../../invoices/_internal/TieOutState.ts';
import { dialectMacros } from '../../engine/duckdb/dialectMacros.ts';
import type { DuckdbSession } from '../../engine/duckdb/duckdbSession.ts';
import { tieOutCells } from '../tieOutCells.ts';
import { tieOutPlaces } from './tieOutPlaces.ts';
import { tieOutSql } from './tieOutSql.ts';

/** 10^18: a sum's parts are whole units and 10^-18 units. */
const PART = 10n ** 18n;

/**
 * A sum the SQL gave as whole units and 10^-18 parts, at the scale the library's sum of the same
 * lines has (the most decimals a line printed: every line's value is a whole number of them).
 */
function sumOf(whole: string, part: string, scale: number): TieOutGroup['total'] {
  const units = (BigInt(whole) * PART + BigInt(part)) / 10n ** BigInt(18 - scale);
  const safe = units >= -9_007_199_254_740_991n && units <= 9_007_199_254_740_991n;
  return { units: safe ? Number(units) : units, scale };
}

/**
 * Ties out one reconciliation file DuckDB has loaded as the table `raw` (INV-3, `--engine
 * duckdb`), into the tie-out's state: the rows the SQL reads exactly ({@link tieOutSql}) summed
 * per (invoice number, currency) in SQL and added as groups, every other row through the
 * library's own row reader in the file's order, so each issue is the one the default engine
 * gives. Rows are numbered across the run's files (`offset` + their row in the file).
 *
 * @param session - The run's DuckDB.
 * @param state - The tie-out's state.
 * @param names - The file's header.
 * @param offset - The rows of the files before it.
 * @returns How many data rows the file has.
 * @throws BudgetError naming `--memory` when DuckDB's stream stops short.
 */
export async function tieOutGroups(
  session: DuckdbSession,
  state: TieOutState,
  names: readonly string[],
  offset: number,
): Promise<number> {
  const sql = tieOutSql(tieOutPlaces(names));
  const { connection } = session;
  await connection.run(`${dialectMacros()}${sql.setup}${sql.lines}`);
  for await (const chunk of session.chunks(
    sql.oddRows,
    'the rows read one by one',
    sql.counts.oddRows,
  )) {
    for (let i = 0; i < chunk.rowCount; i++) {
      const row = Number(chunk.columns[0]?.[i]);
      const cells = tieOutCells(names, (at) => chunk.columns[at + 1]?.[i] as string | null);
      state.observe(cells, offset + row, names);
    }
  }
  await connection.run(sql.groups);
  const groups: TieOutGroup[] = [];
  for await (const chunk of session.chunks(
    sql.groupRows,
    'the invoices’ groups',
    sql.counts.groupRows,
  )) {
    const [, number, currency, lines, taxed, fractional, ...sums] = chunk.columns;
    const of = (k: number, i: number): TieOutGroup['total'] =>
      sumOf(
        sums[k * 3]?.[i] as string,
        sums[k * 3 + 1]?.[i] as string,
        Number(sums[k * 3 + 2]?.[i]),
      );
    for (let i = 0; i < chunk.rowCount; i++)
      groups.push({
        invoiceNumber: number?.[i] as string,
        currency: currency?.[i] as CurrencyCode,
        lines: Number(lines?.[i]),
        subtotal: of(0, i),
        tax: of(1, i),
        total: of(2, i),
        taxed: Number(taxed?.[i]),
        fractional: Number(fractional?.[i]),
        rows: [],
      });
  }
  for await (const chunk of session.chunks(
    sql.lineRows,
    'the rows of the groups',
    sql.counts.lineRows,
  )) {
    const [ids, rows] = chunk.columns as [readonly number[], readonly number[]];
    for (let i = 0; i < chunk.rowCount; i++)
      groups[(ids[i] as number) - 1]?.rows.push(offset + (rows[i] as number));
  }
  for (const group of groups) state.observeGroup(group);
  const counted = await connection.runAndReadAll('SELECT count(*) FROM raw');
  return Number(counted.getRowsJS()[0]?.[0] ?? 0);
}
