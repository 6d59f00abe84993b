import { decimalText } from '../../kernel/fileDecimal.ts';
import { jsonLineRow } from '../../kernel/jsonLineRow.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import { addInto, isZero, minus } from './decimalSum.ts';
import { groupKey, type TieOutGroup } from './TieOutGroup.ts';
import { isFractional, type RowIssue, tieOutRow } from './tieOutRow.ts';

/**
 * What a tie-out holds (INV-3): one group per (invoice number, currency), the rows' issues, and
 * how many rows it read. Merging two states is adding what each holds, so any split of the rows
 * merges into what one pass holds.
 */
export class TieOutState {
  /** The groups, by {@link groupKey}. */
  readonly groups: Map<string, TieOutGroup> = new Map();
  /** The rows' issues. */
  readonly issues: RowIssue[] = [];
  /** The rows observed. */
  rows = 0;
  /** The highest row number seen: the next default number follows it. */
  last = 0;

  constructor(readonly keepRows: boolean) {}

  /** The group of a number and currency, made on first use. */
  group(invoiceNumber: string, currency: CurrencyCode): TieOutGroup {
    const key = groupKey(invoiceNumber, currency);
    let group = this.groups.get(key);
    if (group === undefined) {
      group = {
        invoiceNumber,
        currency,
        lines: 0,
        subtotal: { units: 0, scale: 0 },
        tax: { units: 0, scale: 0 },
        total: { units: 0, scale: 0 },
        taxed: 0,
        fractional: 0,
        rows: [],
      };
      this.groups.set(key, group);
    }
    return group;
  }

  /** Reads one row into its group (INV-2). */
  observe(row: unknown, at: number): void {
    this.rows++;
    if (at > this.last) this.last = at;
    const line = tieOutRow(jsonLineRow(row), at, this.issues);
    if (line === undefined) return;
    const group = this.group(line.invoiceNumber, line.currency);
    group.lines++;
    addInto(group.subtotal, line.subtotal);
    addInto(group.tax, line.tax);
    addInto(group.total, line.total);
    if (!isZero(line.tax)) group.taxed++;
    if (isFractional(line.subtotal, line.currency) || isFractional(line.tax, line.currency))
      group.fractional++;
    if (this.keepRows) group.rows.push(at);
    const sum = { units: line.subtotal.units, scale: line.subtotal.scale };
    addInto(sum, line.tax);
    if (!isZero(minus(sum, line.total)))
      this.issues.push({
        row: at,
        column: 'Total',
        id: 'sum',
        sum: decimalText(sum, currencyExponents[line.currency]),
      });
  }

  /**
   * Adds a group's lines read and summed elsewhere (the command line's DuckDB engine, INV-3):
   * what observing each of its rows would add, when every row is read and its `Total` is its
   * `Subtotal` + `TaxTotal` (a row that is not goes through {@link TieOutState.observe}).
   *
   * @param group - The lines' number and currency, their count, exact sums, k and m, and rows.
   */
  observeGroup(group: Readonly<TieOutGroup>): void {
    this.rows += group.lines;
    for (const row of group.rows) if (row > this.last) this.last = row;
    this.add(group);
  }

  /** Adds what another state holds. */
  merge(other: TieOutState): void {
    this.rows += other.rows;
    if (other.last > this.last) this.last = other.last;
    for (const issue of other.issues) this.issues.push(issue);
    for (const from of other.groups.values()) this.add(from);
  }

  /** Adds a group's counts, sums and rows to the group of its number and currency. */
  private add(from: Readonly<TieOutGroup>): void {
    const group = this.group(from.invoiceNumber, from.currency);
    group.lines += from.lines;
    addInto(group.subtotal, from.subtotal);
    addInto(group.tax, from.tax);
    addInto(group.total, from.total);
    group.taxed += from.taxed;
    group.fractional += from.fractional;
    if (this.keepRows) for (const row of from.rows) group.rows.push(row);
  }
}
