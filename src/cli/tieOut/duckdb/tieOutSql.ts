import { currencyExponents } from '../../../pricing/data/currencyExponents.ts';
import { sqlLiteral } from '../../engine/duckdb/sqlLiteral.ts';

/**
 * Where the tie-out's columns sit in a file's header (their place from 0), as the library's row
 * reader finds them; `undefined` for a column the file lacks (every row is then for the reader).
 */
export interface TieOutPlaces {
  readonly invoiceNumber: number | undefined;
  readonly currency: number | undefined;
  readonly subtotal: number | undefined;
  readonly tax: number | undefined;
  readonly total: number | undefined;
}

/** The statements of the tie-out's SQL, in the order they run. */
export interface TieOutSql {
  /** After the dialect's macros (`dialectMacros`): the currencies and the macros of a sum's parts. */
  readonly setup: string;
  /** Each row of `raw` read: the table `lines`, `plain` when the SQL reads it exactly. */
  readonly lines: string;
  /** The rows that are not plain, whole, in the file's order: `row`, then `c0`… */
  readonly oddRows: string;
  /** The table `groups`: one row per (invoice number, currency) of the plain rows. */
  readonly groups: string;
  /** The groups, by `id` (from 1). */
  readonly groupRows: string;
  /** Each plain row's group `id` and row. */
  readonly lineRows: string;
  /**
   * How many rows `oddRows`, `groupRows` and `lineRows` give, counted from the tables they read
   * (`lines` holds one row a row of `raw`; a plain row has an invoice number and a currency, so
   * it joins its group), never by running the queries twice.
   */
  readonly counts: {
    readonly oddRows: string;
    readonly groupRows: string;
    readonly lineRows: string;
  };
}

/** A bound no plain amount reaches: two of them add up within `DECIMAL(38,18)`. */
const BOUND = "CAST('1000000000000000000' AS DECIMAL(38,18))";

/**
 * The SQL of `tie-out --engine duckdb` (INV-2, INV-3), on a table `raw` holding a reconciliation
 * file's data rows as text (`c0`… in the header's order, `rowid` their order), after the
 * dialect's macros (`dialectMacros`). A row is *plain* when the SQL reads it exactly as the
 * library's row reader does: its `InvoiceNumber` not empty once trimmed as JavaScript trims; its
 * `Currency` three ASCII letters naming a code of the currency table in any case; `Subtotal`,
 * `TaxTotal` and `Total` numbers `DECIMAL(38,18)` holds exactly, each at most
 * `Number.MAX_SAFE_INTEGER` minor units of the currency (PRICE-1: a larger one is the library's
 * issue); and `Total` = `Subtotal` + `TaxTotal` (a file without a `Total` column: their sum). Every other row is read by the library's reader, so its issue is the
 * library's own. The plain rows are grouped per (number, currency): their count; k (a non-zero
 * `TaxTotal`) and m (`Subtotal` or `TaxTotal` with more decimals than the currency); each sum
 * exactly as whole units and 10^-18 parts, apart (`HUGEINT`: no sum of them overflows), and the
 * most decimals a line printed (the scale the library's sum has).
 *
 * @param at - Where the columns are.
 * @returns The statements.
 */
export function tieOutSql(at: TieOutPlaces): TieOutSql {
  const cell = (place: number | undefined): string =>
    place === undefined ? 'CAST(NULL AS VARCHAR)' : `c${place}`;
  // the largest amount of each currency a line may print: Number.MAX_SAFE_INTEGER minor units (PRICE-1)
  const safe = (exponent: number): string => {
    const digits = String(Number.MAX_SAFE_INTEGER).padStart(exponent + 1, '0');
    const whole = digits.slice(0, digits.length - exponent);
    return exponent === 0 ? whole : `${whole}.${digits.slice(digits.length - exponent)}`;
  };
  const codes = Object.entries(currencyExponents)
    .map(
      ([code, exponent]) =>
        `(${sqlLiteral(code)}, ${exponent}, CAST('${safe(exponent)}' AS DECIMAL(38,18)))`,
    )
    .join(', ');
  const setup = `
CREATE OR REPLACE TABLE currencies AS SELECT * FROM (VALUES ${codes}) AS t(code, exponent, safe);
CREATE OR REPLACE MACRO bounded(s) AS CASE WHEN is_number(s) AND abs(number_of(s)) < ${BOUND} THEN number_of(s) END;
CREATE OR REPLACE MACRO whole_of(d) AS CAST(split_part(CAST(d AS VARCHAR), '.', 1) AS HUGEINT);
CREATE OR REPLACE MACRO part_of(d) AS CAST(split_part(CAST(d AS VARCHAR), '.', 2) AS HUGEINT) * CASE WHEN d < 0 THEN -1 ELSE 1 END;
`;
  const lines = `
CREATE OR REPLACE TABLE lines AS
SELECT row, number, currency,
  coalesce(number <> '' AND currency IS NOT NULL AND st IS NOT NULL AND tx IS NOT NULL
    AND tt IS NOT NULL AND st + tx = tt
    AND abs(st) <= safe AND abs(tx) <= safe AND abs(tt) <= safe, false) AS plain,
  st, tx, tt,
  scale_of(st) > exponent OR scale_of(tx) > exponent AS fractional,
  tx <> 0 AS taxed
FROM (
  SELECT cells.*, currencies.code AS currency, currencies.exponent, currencies.safe
  FROM (
    SELECT rowid + 1 AS row,
      js_trim(${cell(at.invoiceNumber)}) AS number,
      js_trim(${cell(at.currency)}) AS code,
      bounded(${cell(at.subtotal)}) AS st,
      bounded(${cell(at.tax)}) AS tx,
      ${at.total === undefined ? `bounded(${cell(at.subtotal)}) + bounded(${cell(at.tax)})` : `bounded(${cell(at.total)})`} AS tt
    FROM raw
  ) AS cells
  LEFT JOIN currencies
    ON currencies.code = CASE WHEN regexp_full_match(cells.code, '[A-Za-z]{3}') THEN upper(cells.code) END
);
`;
  const oddRows =
    'SELECT rowid + 1 AS row, * FROM raw WHERE rowid + 1 IN (SELECT row FROM lines WHERE NOT plain) ORDER BY rowid';
  const sums = (name: string, column: string): string =>
    `CAST(sum(whole_of(${column})) AS VARCHAR) AS ${name}_whole, CAST(sum(part_of(${column})) AS VARCHAR) AS ${name}_part, CAST(max(scale_of(${column})) AS DOUBLE) AS ${name}_scale`;
  const groups = `
CREATE OR REPLACE TABLE groups AS
SELECT row_number() OVER (ORDER BY number, currency) AS id, *
FROM (
  SELECT number, currency, count(*) AS lines,
    count(*) FILTER (WHERE taxed) AS taxed, count(*) FILTER (WHERE fractional) AS fractional,
    ${sums('subtotal', 'st')}, ${sums('tax', 'tx')}, ${sums('total', 'tt')}
  FROM lines WHERE plain GROUP BY number, currency
);
`;
  const groupRows = `SELECT CAST(id AS DOUBLE) AS id, number, currency, CAST(lines AS DOUBLE) AS lines,
  CAST(taxed AS DOUBLE) AS taxed, CAST(fractional AS DOUBLE) AS fractional,
  subtotal_whole, subtotal_part, subtotal_scale, tax_whole, tax_part, tax_scale,
  total_whole, total_part, total_scale
FROM groups ORDER BY id`;
  const lineRows = `SELECT CAST(groups.id AS DOUBLE) AS id, CAST(lines.row AS DOUBLE) AS row
FROM lines JOIN groups USING (number, currency) WHERE lines.plain`;
  const counts = {
    oddRows: 'SELECT count(*) FROM lines WHERE NOT plain',
    groupRows: 'SELECT count(*) FROM groups',
    lineRows: 'SELECT count(*) FROM lines WHERE plain',
  };
  return { setup, lines, oddRows, groups, groupRows, lineRows, counts };
}
