import { dialectMacros } from '../../engine/duckdb/dialectMacros.ts';
import { sqlLiteral as literal } from '../../engine/duckdb/sqlLiteral.ts';

/**
 * Where the columns a line needs sit in the file's header (their place from 0), as the default
 * reader finds them; `undefined` for a column the file does not have.
 */
export interface LinePlaces {
  readonly chargeType: number;
  readonly startDate: number;
  readonly endDate: number;
  readonly billableQuantity: number;
  readonly subtotal: number;
  readonly subscriptionId: number | undefined;
  readonly effectiveUnitPrice: number | undefined;
  readonly currency: number | undefined;
  readonly promotionId: number | undefined;
  /** The columns a line names an Extended Service Term in (EST-5). */
  readonly named: readonly number[];
  /** `Quantity`: the seats after the line's event. */
  readonly seats: number | undefined;
  /** `UnitPrice`, when the file's own prices are read. */
  readonly unitPrice: number | undefined;
  /** `UnitPrice`, always: a group's first, what a term read back is priced by (REC-5). */
  readonly termPrice?: number | undefined;
  /** Each label's key and column. */
  readonly labels: readonly (readonly [string, number])[];
}

/** What the SQL is told of the charge types in force. */
export interface SqlChargeTypes {
  /** Every known charge type in lower case, and whether its lines are credits. */
  readonly credit: ReadonlyMap<string, boolean>;
  /** `cancelImmediate` in lower case: a line of it cancels the subscription. */
  readonly cancel: string;
  /** `removeQuantity` in lower case: ordered first among a day's lines. */
  readonly remove: string;
  /** `addQuantity` in lower case: ordered last among a day's lines. */
  readonly add: string;
}

/** White space as its date reader skips it: every control character and the space. */
const DATE_SPACE = '[\\x00-\\x20]';
/** `YYYY-MM-DD`, perhaps with a Graph export's UTC time. */
const ISO_DATE = `${DATE_SPACE}*(?:'${DATE_SPACE}*)?[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]+)?)?(?:Z|[+-]00:00|[+-]0000))?${DATE_SPACE}*`;
/** `M/D/YYYY`, Excel's US re-save. */
const US_DATE = `${DATE_SPACE}*(?:'${DATE_SPACE}*)?[0-9]{1,2}/[0-9]{1,2}/[1-9][0-9]{3}${DATE_SPACE}*`;

/**
 * The SQL that reads a reconciliation file's dialect and groups its lines (REC-2, REC-3), run on
 * a table `raw` holding the file's data rows as text, `c0`… in the header's order, `rowid` their
 * order. A row is *plain* when every cell the comparison reads is in a form the SQL reads exactly
 * as the default engine does (a number `DECIMAL(38,18)` holds, one of the three date forms, a
 * charge type and currency in ASCII, no letter JavaScript and DuckDB fold differently in an
 * Extended Service Term's name); any other row makes its whole subscription *odd*: its rows are
 * read by the default engine's own line reader, so a row it refuses says exactly what it says.
 *
 * @param at - Where the columns are.
 * @param types - The charge types in force.
 * @returns The statements: `macros` and `lines` to run in turn; the queries `oddRows` and
 *   `window`; `groups` (the tables `groups`, `held` and `listed`) to run before the query
 *   `subscriptions`, which only sorts `listed`: every answer the same whatever DuckDB's memory
 *   and threads; `oddRowsCount` and `subscriptionsCount` count the rows of those two queries
 *   from the tables they read (`lines`, one row a row of the file; `listed`), not by running them.
 */
export function groupingSql(
  at: LinePlaces,
  types: SqlChargeTypes,
): {
  readonly macros: string;
  readonly lines: string;
  readonly oddRows: string;
  readonly window: string;
  readonly groups: string;
  readonly subscriptions: string;
  readonly oddRowsCount: string;
  readonly subscriptionsCount: string;
} {
  const cell = (place: number | undefined): string =>
    place === undefined ? 'CAST(NULL AS VARCHAR)' : `c${place}`;
  const known = [...types.credit.keys()].map(literal).join(', ');
  const credits = [...types.credit].filter(([, credit]) => credit).map(([key]) => literal(key));
  const macros = `${dialectMacros()}
CREATE OR REPLACE MACRO day_of(s) AS CASE
  WHEN regexp_full_match(coalesce(s, ''), ${literal(ISO_DATE)}) THEN TRY_CAST(regexp_extract(s, '[0-9]{4}-[0-9]{2}-[0-9]{2}', 0) AS DATE)
  WHEN regexp_full_match(coalesce(s, ''), ${literal(US_DATE)}) THEN TRY_CAST(
    regexp_extract(s, '([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})', 3) || '-' ||
    lpad(regexp_extract(s, '([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})', 1), 2, '0') || '-' ||
    lpad(regexp_extract(s, '([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})', 2), 2, '0') AS DATE)
  END - DATE '1970-01-01';
`;
  const named =
    at.named.length === 0
      ? 'false'
      : at.named
          .map((place) => `coalesce(regexp_matches(c${place}, '(?i)extended service term'), false)`)
          .join(' OR ');
  const foldless =
    at.named.length === 0
      ? 'true'
      : at.named
          .map((place) => `NOT coalesce(regexp_matches(c${place}, '[\\x{017F}\\x{212A}]'), false)`)
          .join(' AND ');
  const labels =
    at.labels.length === 0
      ? 'CAST(NULL AS VARCHAR[])'
      : `[${at.labels.map(([, place]) => `js_trim(c${place})`).join(', ')}]`;
  // each row read as the default engine would; `plain` when the SQL reads it exactly so
  const lines = `
CREATE TABLE lines AS
SELECT row, k, plain,
  CASE WHEN plain THEN charge_type END AS charge_type,
  CASE WHEN plain THEN charge_key END AS charge_key,
  CASE WHEN plain THEN known END AS known,
  CASE WHEN plain THEN credit END AS credit,
  start_day, end_day,
  CASE WHEN plain AND credit THEN -abs(number_of(bq)) WHEN plain THEN number_of(bq) END AS quantity,
  CASE WHEN plain AND credit THEN -abs(number_of(st)) WHEN plain THEN number_of(st) END AS subtotal,
  CASE WHEN plain AND NOT is_no_number(ep) THEN number_of(ep) END AS price,
  CASE WHEN plain THEN NULLIF(currency, '') END AS currency,
  CASE WHEN plain THEN promotion END AS promotion,
  CASE WHEN plain THEN est END AS est,
  CASE WHEN plain THEN seats END AS seats,
  CASE WHEN plain THEN unit_price END AS unit_price,
  CASE WHEN plain THEN NULLIF(term_price, '') END AS term_price,
  CASE WHEN plain THEN labels END AS labels
FROM (
  SELECT *,
    charge_type <> '' AND regexp_full_match(charge_type, '[\\x20-\\x7E]+')
      AND start_day IS NOT NULL AND end_day IS NOT NULL AND end_day >= start_day
      AND is_number(bq) AND is_number(st) AND (is_no_number(ep) OR is_number(ep))
      AND regexp_full_match(currency, '[\\x20-\\x7E]*') AND foldless AS plain,
    coalesce(charge_key IN (${known}), false) AS known,
    coalesce(charge_key IN (${credits.length === 0 ? "''" : credits.join(', ')}), false) AS credit
  FROM (
    SELECT rowid + 1 AS row,
      js_trim(${cell(at.subscriptionId)}) AS k,
      js_trim(${cell(at.chargeType)}) AS charge_type,
      lower(js_trim(${cell(at.chargeType)})) AS charge_key,
      day_of(${cell(at.startDate)}) AS start_day,
      day_of(${cell(at.endDate)}) AS end_day,
      ${cell(at.billableQuantity)} AS bq,
      ${cell(at.subtotal)} AS st,
      ${cell(at.effectiveUnitPrice)} AS ep,
      js_trim(${cell(at.currency)}) AS currency,
      js_trim(${cell(at.promotionId)}) AS promotion,
      ${named} AS est,
      ${foldless} AS foldless,
      regexp_replace(js_trim(${cell(at.seats)}), '^''', '') AS seats,
      regexp_replace(js_trim(${cell(at.unitPrice)}), '^''', '') AS unit_price,
      js_trim(regexp_replace(js_trim(${cell(at.termPrice)}), '^''', '')) AS term_price,
      ${labels} AS labels
    FROM raw
  )
);
CREATE TABLE odd AS SELECT DISTINCT k FROM lines WHERE NOT plain;
`;
  // the rows of the odd subscriptions, whole, for the default engine's reader, in the file's order
  const oddRows = `SELECT rowid + 1 AS row, * FROM raw WHERE js_trim(${cell(at.subscriptionId)}) IN (SELECT k FROM odd) ORDER BY rowid`;
  const plainLines = 'FROM lines WHERE k NOT IN (SELECT k FROM odd)';
  // the days the plain subscriptions bill events on, charges and credits apart (fileDays)
  const window = `SELECT
  min(start_day) FILTER (WHERE known AND NOT credit) AS first_charge,
  max(start_day) FILTER (WHERE known AND NOT credit) AS last_charge,
  min(start_day - 1) FILTER (WHERE known AND credit) AS first_credit,
  max(start_day - 1) FILTER (WHERE known AND credit) AS last_credit
${plainLines}`;
  const rank = `CASE charge_key WHEN ${literal(types.remove)} THEN 0 WHEN ${literal(types.add)} THEN 2 ELSE 1 END`;
  // No aggregate holds a list, a struct or a text past a charge type's: DuckDB spills a grouping
  // whose states are numbers (and its keys), never one whose states grow (a list per group held
  // 2.4 GiB on a 1,000,000-line file). What a group or a subscription takes from one of its rows
  // (its labels, its seats, its unit price) is that row's number, joined back to `lines`.
  const groups = `
CREATE TABLE groups AS
SELECT k, charge_key, start_day, end_day, upper(currency) AS currency,
  min(row) AS group_first,
  arg_min(charge_type, row) AS charge_type,
  any_value(known) AS known,
  any_value(credit) AS credit,
  count(*) AS lines,
  count(*) FILTER (WHERE quantity < 0) AS negative_lines,
  CAST(sum(subtotal) AS VARCHAR) AS subtotal,
  max(scale_of(subtotal)) AS subtotal_scale,
  CAST(sum(quantity) AS VARCHAR) AS quantity,
  max(scale_of(quantity)) AS quantity_scale,
  CASE WHEN min(price) IS NULL THEN 0 WHEN min(price) = max(price) THEN 1 ELSE 2 END AS prices,
  CAST(min(price) AS VARCHAR) AS price,
  CASE WHEN min(promotion) IS NULL THEN 0 WHEN min(promotion) = max(promotion) THEN 1 ELSE 2 END AS promotions,
  min(promotion) AS promotion,
  bool_or(est) AS est,
  arg_min(term_price, row) FILTER (WHERE term_price IS NOT NULL) AS term_price
${plainLines}
GROUP BY k, charge_key, start_day, end_day, upper(currency), CASE WHEN known THEN NULL ELSE row END;
CREATE TABLE held AS
SELECT k,
  min(row) AS first,
  min(row) FILTER (WHERE currency IS NOT NULL AND unit_price <> '') AS price_row,
  bool_or(known AND charge_key = ${literal(types.cancel)}) AS cancelled,
  max(CAST(start_day * 4 + ${rank} AS HUGEINT) * 10000000000000 + row)
    FILTER (WHERE known AND charge_key <> ${literal(types.cancel)} AND regexp_full_match(seats, '[0-9]{1,9}(?:\\.0+)?')
      AND (credit OR quantity >= 0)) AS latest
${plainLines}
GROUP BY k;
`;
  // one row a group of a plain subscription, its subscription's facts on each, in the order of
  // the subscription's first line, then of the group's; after a group of more than one line, a
  // row for each of its lines (`line_row`, `line_quantity`), in the file's order, for the reader
  // to keep the first rows and each line's own quantity
  const latestRow = '((held.latest % 10000000000000) + 10000000000000) % 10000000000000';
  // every column a number (DOUBLE: exact to 2^53, and read into JavaScript far faster than a
  // BIGINT), a text or a truth, never a list or a struct, which are read value by value
  const firstLabels = at.labels.map((_, i) => `named.labels[${i + 1}] AS label_${i}`).join(', ');
  // made a table first, then sorted on its own: the joins and the sort in one streamed query held
  // the joined rows pinned in DuckDB's buffers and ran out of them once the file passed its memory
  const listed = `
CREATE TABLE listed AS
SELECT held.k, CAST(held.first AS DOUBLE) AS first, held.cancelled,
  ${firstLabels === '' ? '' : `${firstLabels},`}
  priced.unit_price AS unit_price, priced.currency AS unit_currency,
  CAST(TRY_CAST(split_part(seated.seats, '.', 1) AS INTEGER) AS DOUBLE) AS latest_seats,
  CAST(seated.row AS DOUBLE) AS latest_row,
  CAST((held.latest - ${latestRow}) // 10000000000000 AS DOUBLE) AS latest_order,
  CAST(groups.group_first AS DOUBLE) AS group_first,
  groups.charge_type, groups.charge_key, groups.known, groups.credit,
  CAST(groups.start_day AS DOUBLE) AS start_day, CAST(groups.end_day AS DOUBLE) AS end_day,
  groups.currency,
  CAST(groups.lines AS DOUBLE) AS lines, CAST(groups.negative_lines AS DOUBLE) AS negative_lines,
  groups.subtotal, CAST(groups.subtotal_scale AS DOUBLE) AS subtotal_scale,
  groups.quantity, CAST(groups.quantity_scale AS DOUBLE) AS quantity_scale,
  CAST(groups.prices AS DOUBLE) AS prices, groups.price,
  CAST(groups.promotions AS DOUBLE) AS promotions, groups.promotion,
  groups.est, groups.term_price,
  CAST(NULL AS DOUBLE) AS line_row, CAST(NULL AS VARCHAR) AS line_quantity
FROM held
JOIN groups USING (k)
JOIN lines AS named ON named.row = held.first
LEFT JOIN lines AS priced ON priced.row = held.price_row
LEFT JOIN lines AS seated ON seated.row = CAST(${latestRow} AS BIGINT)
UNION ALL BY NAME
SELECT held.k, CAST(held.first AS DOUBLE) AS first, CAST(groups.group_first AS DOUBLE) AS group_first,
  CAST(lines.row AS DOUBLE) AS line_row, CAST(lines.quantity AS VARCHAR) AS line_quantity
FROM groups
JOIN lines ON lines.k = groups.k AND lines.charge_key = groups.charge_key
  AND lines.start_day = groups.start_day AND lines.end_day = groups.end_day
  AND upper(lines.currency) IS NOT DISTINCT FROM groups.currency AND lines.known
JOIN held ON held.k = groups.k
WHERE groups.lines > 1;
`;
  // a total order (a subscription's first row, a group's first row, a line's row: each its own),
  // so no tie is left for DuckDB's sort to break by how it split or spilled the rows
  const subscriptions = 'SELECT * FROM listed ORDER BY first, group_first, line_row NULLS FIRST';
  return {
    macros,
    lines,
    oddRows,
    window,
    groups: `${groups}${listed}`,
    subscriptions,
    oddRowsCount: 'SELECT count(*) FROM lines WHERE k IN (SELECT k FROM odd)',
    subscriptionsCount: 'SELECT count(*) FROM listed',
  };
}
