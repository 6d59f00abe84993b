/** The check a warehouse runs: the usage check or the tie-out. */
export type WarehouseCheck = 'usage' | 'tie-out';

/** The bundle's property of a check: `usage` or `tieOut`. */
export function apiOf(check: WarehouseCheck): 'usage' | 'tieOut' {
  return check === 'usage' ? 'usage' : 'tieOut';
}

/**
 * The body of a Snowflake JavaScript table function (WH-6): one object literal holding the bundle
 * as its property `W` (Snowflake wants one literal, no import), its state on `this`, reset per
 * partition in `initialize` (one instance may take several partitions), every row of a partition
 * aggregated in `processRow` and the group's rows written in `finalize`.
 *
 * @param bundle - `warehouse.js`'s text: one expression.
 * @param check - The check.
 * @param summary - The summary step's function (over the groups' `summary` rows) instead.
 * @returns The body.
 */
export function snowflakeBody(bundle: string, check: WarehouseCheck, summary = false): string {
  const api = `this.W.${apiOf(check)}${summary ? '.summary' : ''}`;
  const aggregate = summary
    ? `${api}.aggregate(this.s, row.ITEM, row.OPTIONS);`
    : `${api}.aggregate(this.s, row.SOURCE, row.ROW_NUMBER, row.LINE, row.OPTIONS);`;
  return [
    '{',
    `  W: ${bundle.trim()},`,
    `  initialize: function () { this.s = ${api}.initialState(); this.o = null; },`,
    `  processRow: function (row, rowWriter, context) { this.o = row.OPTIONS; ${aggregate} },`,
    '  finalize: function (rowWriter, context) {',
    `    var rows = this.W.rows(${api}.finalize(this.s, this.o));`,
    '    for (var i = 0; i < rows.length; i++)',
    '      rowWriter.writeRow({ SECTION: rows[i].section, PLACE: i, KEY: rows[i].key, ITEM: rows[i].item });',
    '  }',
    '}',
  ].join('\n');
}
