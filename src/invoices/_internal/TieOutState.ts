import { decimalText } from '../../kernel/fileDecimal.ts';
import { jsonLineRow } from '../../kernel/jsonLineRow.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import { addInto, isZero, minus } from './decimalSum.ts';
import { groupKey, type TieOutGroup } from './TieOutGroup.ts';
import { isFractional, type RowIssue, tieOutColumnsTwice, tieOutRow } from './tieOutRow.ts';

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
  /**
   * Each header naming a tie-out column twice, by its keys: the first row seen with it and the
   * pairs; said once per header at {@link TieOutState.headerIssues}, at its lowest row (any
   * split of the rows says it at the same row).
   */
  readonly twice: Map<string, { row: number; pairs: readonly [string, string][] }> = new Map();
  /** The last row's keys, and whether they name a column twice: most rows share their header. */
  private lastKeys: readonly string[] = [];
  private lastTwice: string | undefined;

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

  /**
   * Reads one row into its group (INV-2).
   *
   * @param row - The row, keyed by the file's header.
   * @param at - Its number.
   * @param names - The header's names as written, when the reader has them: a name written twice
   *   exactly is one key of the row, yet still a column named twice (the row's keys otherwise).
   */
  observe(row: unknown, at: number, names?: readonly string[]): void {
    this.rows++;
    if (at > this.last) this.last = at;
    const record = jsonLineRow(row);
    if (names !== undefined) this.header(names, at);
    else if (typeof record === 'object' && record !== null) this.header(Object.keys(record), at);
    const line = tieOutRow(record, at, this.issues);
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

  /**
   * Notes a CSV row shorter or longer than its header (a reader that sees both, INV-2's shapes):
   * an issue naming the row and both counts. The row is still observed as its cells read.
   *
   * @param at - The row's number.
   * @param cells - How many cells it has.
   * @param header - How many names the header has.
   */
  width(at: number, cells: number, header: number): void {
    this.issues.push({ row: at, column: '', id: 'width', cells, header });
  }

  /**
   * Notes a header naming a tie-out column twice, at its lowest row (a reader that sums a file's
   * rows elsewhere tells it the header at the file's first row).
   *
   * @param keys - The row's keys, in the header's order.
   * @param at - The row's number.
   */
  header(keys: readonly string[], at: number): void {
    // the command gives every row its header's one array: told by reference, compared only when
    // another array comes (an object row's keys), and its pairs worked out only when they differ
    if (keys !== this.lastKeys) {
      const same =
        keys.length === this.lastKeys.length && keys.every((key, i) => key === this.lastKeys[i]);
      this.lastKeys = keys;
      if (!same) this.twiceIn(keys, at);
    }
    if (this.lastTwice === undefined) return;
    const known = this.twice.get(this.lastTwice);
    if (known !== undefined && at < known.row)
      this.twice.set(this.lastTwice, { ...known, row: at });
  }

  /** A new header's columns named twice, kept by its names with the first row it came at. */
  private twiceIn(keys: readonly string[], at: number): void {
    const pairs = tieOutColumnsTwice(keys);
    this.lastTwice = pairs.length === 0 ? undefined : keys.join('\u0000');
    if (this.lastTwice !== undefined && !this.twice.has(this.lastTwice))
      this.twice.set(this.lastTwice, { row: at, pairs });
  }

  /** The issues of the headers naming a column twice: the first name read, the other named. */
  headerIssues(): RowIssue[] {
    return [...this.twice.values()].flatMap(({ row, pairs }) =>
      pairs.map(([column, other]) => ({ row, column, id: 'twice' as const, other })),
    );
  }

  /** Adds what another state holds. */
  merge(other: TieOutState): void {
    this.rows += other.rows;
    for (const [keys, found] of other.twice) {
      const known = this.twice.get(keys);
      if (known === undefined || found.row < known.row) this.twice.set(keys, found);
    }
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
