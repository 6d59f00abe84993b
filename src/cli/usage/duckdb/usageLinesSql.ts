import { sqlLiteral as literal } from '../../engine/duckdb/sqlLiteral.ts';

/** The columns the SQL reads of a usage line: the five of USG-2's amount. */
export const SQL_COLUMNS = {
  q: 'Quantity',
  b: 'BillingPreTaxTotal',
  e: 'EffectiveUnitPrice',
  x: 'PCToBCExchangeRate',
  c: 'BillingCurrency',
} as const;

/** A blank line of JSON lines (none, or spaces, tabs and a carriage return): no record. */
const BLANK = "regexp_full_match(coalesce(line, ''), '[ \\t\\r]*')";

/** The value a JSON line's key and value are written with: a string with its quotes, or a bare token. */
const TOKEN = '("[^"\\\\]*"|[^,}\\s]+)';

/**
 * Each of a JSON line's writings of the five columns' keys (any case), in one scan of the line:
 * its key in lower case (`k`) and its value as written (`v`). A key with no value after it (a
 * comma or a brace) is no writing of it, so its line does not name it once and is not read by the
 * SQL.
 */
const jsonPairs = `list_transform(regexp_extract_all(line, ${literal(
  `"(?i:${Object.values(SQL_COLUMNS).join('|')})"[ \\t]*:[ \\t]*(?:${TOKEN.slice(1, -1)})`,
)}), m -> {'k': lower(split_part(m, '"', 2)), 'v': ltrim(m[strpos(m, ':') + 1:], ' ' || chr(9))})`;

/** The value of a key (any case) among a line's `pairs`, as it is written (`''` when it has none). */
const jsonToken = (name: string): string =>
  `coalesce(list_filter(pairs, p -> p.k = ${literal(name.toLowerCase())})[1].v, '')`;

/** How many times a line's `pairs` write a key (any case). */
const jsonKeys = (name: string): string =>
  `len(list_filter(pairs, p -> p.k = ${literal(name.toLowerCase())}))`;

/** A token's value: a string's text without its quotes, or the token. */
const unquoted = (token: string): string =>
  `CASE WHEN starts_with(${token}, '"') THEN ${token}[2:-2] ELSE ${token} END`;

/**
 * The SQL that puts one file's records into the table `lines` (`file`, `seq`, `h`, `text`, and
 * the five columns' texts `q`, `b`, `e`, `x`, `c`; `keys_once` whether the record names each of
 * them once, unambiguously): `h` is the 128-bit MD5 of the record but for its `Quantity` and
 * `BillingPreTaxTotal` (its key), so records of one `h` differ only in those — the key's text
 * itself is not stored, so the table holds a line's text once, not twice; `text` is what the
 * default reader reads (a CSV row's cells as a JSON list, a JSON line as written).
 *
 * @param file - The file's place among the run's files.
 * @param before - The records of the files before it.
 * @param table - The table holding its records: `c0`… (CSV) or `line` (JSON lines).
 * @param places - For a CSV: where each of the five columns is in its header (absent: not there).
 * @param width - For a CSV: its header's cells.
 * @returns The statement.
 */
export function usageLinesSql(
  file: number,
  before: number,
  table: string,
  places: Readonly<Partial<Record<keyof typeof SQL_COLUMNS, number>>> | undefined,
  width: number,
): string {
  if (places !== undefined) {
    const cell = (name: keyof typeof SQL_COLUMNS): string =>
      places[name] === undefined ? 'CAST(NULL AS VARCHAR)' : `c${places[name]}`;
    const all = Array.from({ length: width }, (_, i) => `c${i}`);
    const kept = all.filter((_, i) => i !== places.q && i !== places.b);
    return `INSERT INTO lines SELECT ${file}, rowid + 1 + ${before},
  md5_number(CAST(to_json([${kept.join(', ')}]::VARCHAR[]) AS VARCHAR)), CAST(to_json([${all.join(', ')}]::VARCHAR[]) AS VARCHAR),
  ${cell('q')}, ${cell('b')}, ${cell('e')}, ${cell('x')}, ${cell('c')}, true
FROM ${table}`;
  }
  const names = Object.values(SQL_COLUMNS);
  // every writing of the two keys' values replaced in one scan (a line that writes one twice is
  // not read by the SQL, so its key is never used)
  const replaced = `regexp_replace(line, ${literal(`("(?i:${SQL_COLUMNS.q}|${SQL_COLUMNS.b})"[ \\t]*:[ \\t]*)${TOKEN}`)}, '\\1#', 'g')`;
  const once = names.map((name) => `${jsonKeys(name)} = 1`).join(' AND ');
  const values = Object.values(SQL_COLUMNS).map((name) => unquoted(jsonToken(name)));
  // a record's number: its line's, less the blank lines before it (which are no records); never
  // a window over the lines, which held them all in DuckDB's buffers
  return `CREATE OR REPLACE TABLE blanks AS SELECT rowid AS blank FROM ${table} WHERE ${BLANK};
INSERT INTO lines SELECT ${file},
  ${before} + r + 1 - (SELECT count(*) FROM blanks WHERE blank < r),
  md5_number(${replaced}), line, ${values.join(', ')},
  ${once} AND NOT contains(line, '\\u')
FROM (SELECT rowid AS r, line, ${jsonPairs} AS pairs FROM ${table} WHERE NOT ${BLANK});
DROP TABLE blanks;`;
}

/**
 * The SQL of a run's lines once every file is in `lines` (USG-7 `--engine duckdb`): `judged`
 * marks a line *plain* when the SQL reads its five columns exactly as the library does
 * (plain numbers, the dialect's `is_plain_number`; a currency of ISO 4217's, `BillingPreTaxTotal` within the currency's
 * decimals) and its amount holds by USG-2 (`usage_amount`), and *neg* when its amount or quantity
 * is below zero (a correction, whose band USG-4 mirrors); `grouped` groups the plain lines of
 * one key (their file's, all their other cells alike) and sign with their count, Σ Quantity as
 * `DECIMAL(38,18)` and Σ BillingPreTaxTotal in minor units; `groupRows` names the smallest rows
 * of each group of more than one line. The other lines, and the groups the library does not take
 * whole, are read by the default reader, line by line.
 *
 * The lines are read and grouped once, and `groups` reads each line of its pass once: each
 * group whose first line is in the pass's range of `seq`, with that line's text and its rows, in
 * one join whose hash table holds those groups' numbers while the range's texts stream past it, a
 * chunk at a time. The passes' ranges cover the lines' `seq` without overlap, so every group comes
 * once over them; a range of `linesPerPass` lines keeps the hash table within DuckDB's
 * buffers whatever the file's size (one join of every group outgrew them at ten million groups).
 * DuckDB runs it without the optimizers in `groupsWithout` (its `disabled_optimizers`), so that it
 * joins as written: it builds its hash table on the smaller side by its estimates, and `lines` and
 * the groups are alike in rows when most groups are one line, so it built the table on the lines'
 * texts (a run's whole text, spilled) rather than on the groups' numbers.
 *
 * @param kept - How many rows a group names.
 * @returns The statements (`tables`) and the queries: `groups` (for the lines of `seq` from `from`
 *   up to `to`, not included: one row a group whose first line is one of them, its first line's
 *   `text`, and `rows`, its smallest rows joined by commas, or `NULL` for a group of one line;
 *   run without the optimizers `groupsWithout`),
 *   `odd` (the lines for the default reader, with those of the groups in `refused`); `counts`
 *   counts each query's rows from the tables it reads (`grouped`, `judged`, `refused`), not by
 *   running it again.
 */
export function usageGroupsSql(kept: number): {
  readonly tables: string;
  readonly groups: (from: number, to: number) => string;
  readonly groupsWithout: string;
  readonly odd: string;
  readonly counts: { readonly groups: (from: number, to: number) => string; readonly odd: string };
} {
  const plainBilled = 'is_plain_number(b)';
  const billed = `decimal_units(b) * CAST('1' || repeat('0', CAST(currency_exponent(c) - decimal_scale(b) AS BIGINT)) AS HUGEINT)`;
  // a key is grouped by its 128-bit MD5 (a record's text is long: grouping, sorting or
  // windowing by it held every key in DuckDB's buffers and ran out of them at 1,000,000 lines);
  // a group's smallest rows by one window over the plain lines' numbers, never their texts
  const tables = `
CREATE TABLE judged AS
SELECT seq, file, h, q, billed, plain,
  CASE WHEN plain THEN billed < 0 OR decimal_units(q) < 0 ELSE false END AS neg
FROM (SELECT seq, file, h, q, CASE WHEN plain THEN ${billed} END AS billed, plain
FROM (
  SELECT seq, file, h, q, b, c,
    CASE WHEN keys_once AND usage_amount_exact(e, q, x, c) AND ${plainBilled}
        AND decimal_scale(b) <= currency_exponent(c)
      THEN usage_amount(e, q, x, c) = ${billed} ELSE false END AS plain
  FROM lines
));
CREATE TABLE grouped AS
SELECT file, h, neg, min(seq) AS first, count(*) AS n,
  sum(CAST(q AS DECIMAL(38,18))) AS quantity, sum(billed) AS billed
FROM judged WHERE plain GROUP BY file, h, neg;
CREATE TABLE groupRows AS
SELECT first, string_agg(CAST(seq AS VARCHAR), ',' ORDER BY seq) AS rows FROM (
  SELECT min(seq) OVER keys AS first, seq FROM judged WHERE plain
  WINDOW keys AS (PARTITION BY file, h, neg)
  QUALIFY count(*) OVER keys > 1 AND row_number() OVER (keys ORDER BY seq) <= ${kept}
) GROUP BY first;
CREATE TABLE refused (first BIGINT);
`;
  // no order: the library's state is the same whatever order its lines come in; \`lines\` on the
  // left, probing, the pass's groups with their rows on the right, built; each side filtered by
  // the pass's range (\`lines\` is written in \`seq\` order, so DuckDB skips its other row groups)
  const range = (column: string, from: number, to: number): string =>
    `${column} >= ${from} AND ${column} < ${to}`;
  const groups = (
    from: number,
    to: number,
  ): string => `SELECT CAST(g.first AS DOUBLE) AS first, CAST(g.n AS DOUBLE) AS n,
  CAST(g.quantity AS VARCHAR) AS quantity, CAST(g.billed AS VARCHAR) AS billed, l.file, l.text,
  g.rows
FROM lines AS l JOIN (
  SELECT g.first, g.n, g.quantity, g.billed, r.rows
  FROM grouped AS g LEFT JOIN (
    SELECT first, rows FROM groupRows WHERE ${range('first', from, to)}
  ) AS r ON r.first = g.first
  WHERE ${range('g.first', from, to)}
) AS g ON l.seq = g.first
WHERE ${range('l.seq', from, to)}`;
  const odd = `SELECT CAST(l.seq AS DOUBLE) AS seq, l.file, l.text FROM lines AS l
WHERE l.seq IN (SELECT seq FROM judged WHERE NOT plain)
  OR l.seq IN (SELECT j.seq FROM judged AS j JOIN grouped AS g USING (file, h, neg)
    WHERE j.plain AND g.first IN (SELECT first FROM refused))`;
  // a line's seq is its own (its file's records after the files before it), so a group's first
  // line joins one line; a group's lines are its n plain lines of one (file, h)
  const counts = {
    groups: (from: number, to: number): string =>
      `SELECT count(*) FROM grouped WHERE ${range('first', from, to)}`,
    odd: `SELECT (SELECT count(*) FROM judged WHERE NOT plain)
  + (SELECT coalesce(sum(n), 0) FROM grouped WHERE first IN (SELECT first FROM refused))`,
  };
  const groupsWithout = 'join_order,build_side_probe_side';
  return { tables, groups, groupsWithout, odd, counts };
}
