import { apiOf, snowflakeBody, type WarehouseCheck } from './snowflakeBody.ts';

/** The tables and options of `warehouse` (WH-8). */
export interface WarehousePlan {
  readonly engine: 'bigquery' | 'snowflake' | 'duckdb';
  readonly check: WarehouseCheck;
  /** `project.dataset` (BigQuery) or `DATABASE.SCHEMA` (Snowflake), qualifying tables and functions. */
  readonly dataset?: string | undefined;
  readonly usageTable: string;
  readonly reconTable: string;
  readonly pricesTable?: string | undefined;
  readonly invoicesTable: string;
  /** BigQuery: the `gs://` address of `warehouse.mjs`. */
  readonly library: string;
  readonly pecRate: string;
  readonly period?: string | undefined;
  /** The package's version. */
  readonly version: string;
  /** `warehouse.js`'s text (Snowflake inlines it). */
  readonly bundle: () => string;
}

/** A SQL string literal. */
const text = (value: string): string => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A table's name, qualified by the dataset when one is given. */
function table(plan: WarehousePlan, name: string, quote: (n: string) => string): string {
  return plan.dataset === undefined ? quote(name) : quote(`${plan.dataset}.${name}`);
}

const bq = (name: string): string => `\`${name}\``;
const sf = (name: string): string => name;

/** The functions' names: qualified by the dataset (persistent), or temporary. */
function fn(plan: WarehousePlan, name: string): string {
  return plan.dataset === undefined ? name : `${plan.dataset}.${name}`;
}

/** BigQuery's shim: the module's six functions over one of the bundle's aggregates (B2–B4). */
function bigQueryShim(plan: WarehousePlan, summary: boolean): string {
  const api = `W.${apiOf(plan.check)}${summary ? '.summary' : ''}`;
  const args = summary ? 's, item, o' : 's, src, n, line, o';
  return [
    `  import W from '${plan.library}';`,
    `  export function initialState(o) { return ${api}.initialState(o); }`,
    `  export function aggregate(${args}) { ${api}.aggregate(${args}); }`,
    `  export function merge(s, p, o) { ${api}.merge(s, p, o); }`,
    `  export function serialize(s) { return ${api}.serialize(s); }`,
    `  export function deserialize(d, o) { return ${api}.deserialize(d, o); }`,
    `  export function finalize(s, o) { return W.rows(${api}.finalize(s, o)); }`,
  ].join('\n');
}

function bigQuery(plan: WarehousePlan): string {
  const name = plan.check === 'usage' ? 'sr_usage' : 'sr_tieout';
  const create =
    plan.dataset === undefined
      ? 'CREATE TEMP AGGREGATE FUNCTION'
      : 'CREATE OR REPLACE AGGREGATE FUNCTION';
  const returns = 'RETURNS ARRAY<STRUCT<section STRING, key STRING, item STRING>> LANGUAGE js';
  const options = `OPTIONS (library = [${text(plan.library)}])`;
  const t = (n: string) => table(plan, n, bq);
  const lines = [
    `-- subscription-rules ${plan.version}: the ${plan.check === 'usage' ? 'usage check' : 'tie-out'} inside BigQuery.`,
    `-- Upload the package's dist/warehouse/warehouse.mjs to ${plan.library} first; every table is loaded`,
    '-- with every column STRING (NUMERIC keeps 9 decimals) and a _row column: the row the command line gives it.',
    `${create} ${fn(plan, name)}(source STRING, row_number STRING, line STRING, options STRING NOT AGGREGATE)`,
    `${returns} ${options} AS r'''`,
    bigQueryShim(plan, false),
    "''';",
    `${create} ${fn(plan, `${name}_summary`)}(item STRING, options STRING NOT AGGREGATE)`,
    `${returns} ${options} AS r'''`,
    bigQueryShim(plan, true),
    "''';",
    'DECLARE opts STRING;',
  ];
  if (plan.check === 'usage') {
    lines.push(
      '-- the file-wide facts each group needs: PEC seen in any line, the invoices of the invoice file',
      'SET opts = (SELECT TO_JSON_STRING(STRUCT(',
      `  TRUE AS recon, ${plan.pricesTable === undefined ? 'FALSE' : 'TRUE'} AS prices, ${text(plan.pecRate)} AS pecRate,${plan.period === undefined ? '' : ` ${text(plan.period)} AS period,`}`,
      '  LOGICAL_OR(EXISTS(SELECT 1 FROM UNNEST(REGEXP_EXTRACT_ALL(LOWER(TO_JSON_STRING(t)), r\'"(?:partnerearnedcreditpercentage|rateofpartnerearnedcredit)":"([^"]*)"\')) AS v',
      "    WHERE TRIM(v) NOT IN ('', 'null'))) AS filePec,",
      `  (SELECT ARRAY_AGG(DISTINCT TRIM(InvoiceNumber) IGNORE NULLS) FROM ${t(plan.reconTable)} WHERE TRIM(InvoiceNumber) <> '') AS invoices,`,
      `  (SELECT LOGICAL_OR(COALESCE(TRIM(InvoiceNumber), '') = '') FROM ${t(plan.reconTable)}) AS invoiceNone`,
      `)) FROM ${t(plan.usageTable)} AS t);`,
      'CREATE TEMP TABLE parts AS',
      'WITH',
      ...(plan.pricesTable === undefined
        ? []
        : [
            "-- a meter's first price-list row (as --prices reads the list), whole: the bundle reads Tags and the PEC rate",
            `p AS (SELECT LOWER(TRIM(MeterId)) AS m, TO_JSON_STRING((SELECT AS STRUCT t.* EXCEPT (_row))) AS price_row FROM ${t(plan.pricesTable)} AS t`,
            '  QUALIFY ROW_NUMBER() OVER (PARTITION BY LOWER(TRIM(MeterId)) ORDER BY CAST(_row AS INT64)) = 1),',
          ]),
      `products AS (SELECT DISTINCT TRIM(ProductId) AS product, TRIM(SkuId) AS sku, NULLIF(TRIM(AvailabilityId), '') AS availability FROM ${t(plan.usageTable)}),`,
      'input AS (',
      "  SELECT 'usage' AS source, u._row, LOWER(COALESCE(NULLIF(NULLIF(LOWER(TRIM(u.SubscriptionId)), 'null'), ''), '')) AS group_key,",
      plan.pricesTable === undefined
        ? '    TO_JSON_STRING((SELECT AS STRUCT u.* EXCEPT (_row))) AS line'
        : '    TO_JSON_STRING((SELECT AS STRUCT u.* EXCEPT (_row), p.price_row AS PriceListRow)) AS line',
      `  FROM ${t(plan.usageTable)} AS u${plan.pricesTable === undefined ? '' : ' LEFT JOIN p ON p.m = LOWER(TRIM(u.MeterId))'}`,
      "  UNION ALL SELECT 'recon', r._row, LOWER(COALESCE(NULLIF(NULLIF(LOWER(TRIM(r.SubscriptionId)), 'null'), ''), '')),",
      "    TO_JSON_STRING((SELECT AS STRUCT r.* EXCEPT (_row), IF(d.product IS NULL, NULL, 'true') AS UsageProduct))",
      `  FROM ${t(plan.reconTable)} AS r LEFT JOIN products AS d ON d.product = TRIM(r.ProductId) AND d.sku = TRIM(r.SkuId)`,
      "    AND COALESCE(d.availability, '') = COALESCE(NULLIF(TRIM(r.AvailabilityId), ''), ''))",
      `SELECT group_key, ${fn(plan, name)}(source, _row, line, opts) AS rows FROM input GROUP BY group_key;`,
    );
  } else {
    lines.push(
      "SET opts = '{}';",
      'CREATE TEMP TABLE parts AS',
      'WITH RECURSIVE',
      '-- each Invoice resource (one JSON text column, resource) and the invoice it amends',
      `inv AS (SELECT TRIM(JSON_VALUE(resource, '$.id')) AS id, TRIM(JSON_VALUE(resource, '$.amendsOf')) AS amends_of, _row, resource FROM ${t(plan.invoicesTable)}),`,
      '-- the group: the root of the amendsOf chain (a credit note, the invoice it amends and their lines meet)',
      'chain AS (SELECT id, COALESCE(amends_of, id) AS root, 0 AS depth FROM inv',
      '  UNION ALL SELECT c.id, i.amends_of, c.depth + 1 FROM chain AS c JOIN inv AS i ON i.id = c.root',
      '  WHERE i.amends_of IS NOT NULL AND c.depth < 32),',
      'roots AS (SELECT id, ARRAY_AGG(root ORDER BY depth DESC LIMIT 1)[OFFSET(0)] AS root FROM chain GROUP BY id),',
      'input AS (',
      "  SELECT 'invoice' AS source, inv._row, roots.root AS group_key, inv.resource AS line FROM inv JOIN roots USING (id)",
      "  UNION ALL SELECT 'recon', r._row, COALESCE(roots.root, TRIM(r.InvoiceNumber), ''),",
      '    TO_JSON_STRING((SELECT AS STRUCT r.* EXCEPT (_row)))',
      `  FROM ${t(plan.reconTable)} AS r LEFT JOIN roots ON roots.id = TRIM(r.InvoiceNumber))`,
      `SELECT group_key, ${fn(plan, name)}(source, _row, line, opts) AS rows FROM input GROUP BY group_key;`,
    );
  }
  lines.push(
    "-- every group's rows, each list in the order of its key (the command line's order)",
    'SELECT r.section, r.key, group_key, place, r.item FROM parts, UNNEST(rows) AS r WITH OFFSET AS place',
    "  WHERE r.section NOT IN ('summary') ORDER BY r.section, r.key, group_key, place;",
    "-- the file's summary (and the issues said once for the file), over one summary row a group",
    `SELECT f.section, f.key, f.item FROM (SELECT ${fn(plan, `${name}_summary`)}(r.item, opts) AS file`,
    "  FROM parts, UNNEST(rows) AS r WHERE r.section = 'summary'), UNNEST(file) AS f;",
  );
  return `${lines.join('\n')}\n`;
}

function snowflake(plan: WarehousePlan): string {
  const name = plan.check === 'usage' ? 'SR_USAGE' : 'SR_TIEOUT';
  const t = (n: string) => table(plan, n, sf);
  const bundle = plan.bundle();
  if (bundle.includes('$$'))
    throw new Error('the warehouse bundle holds $$, which ends a Snowflake body');
  const create = (fname: string, args: string, body: string) =>
    [
      `CREATE OR REPLACE FUNCTION ${fn(plan, fname)}(${args})`,
      'RETURNS TABLE (SECTION VARCHAR, PLACE NUMBER, KEY VARCHAR, ITEM VARCHAR)',
      'LANGUAGE JAVASCRIPT AS $$',
      body,
      '$$;',
    ].join('\n');
  const lines = [
    `-- subscription-rules ${plan.version}: the ${plan.check === 'usage' ? 'usage check' : 'tie-out'} inside Snowflake.`,
    '-- The bundle is inlined (a JavaScript function has no library); every table is loaded with every',
    '-- column VARCHAR and a _ROW column: the row the command line gives it.',
    create(
      name,
      'SOURCE VARCHAR, ROW_NUMBER VARCHAR, LINE VARCHAR, OPTIONS VARCHAR',
      snowflakeBody(bundle, plan.check),
    ),
    create(
      `${name}_SUMMARY`,
      'ITEM VARCHAR, OPTIONS VARCHAR',
      snowflakeBody(bundle, plan.check, true),
    ),
  ];
  const groups = (input: string[]) => [
    'CREATE OR REPLACE TEMPORARY TABLE PARTS AS',
    ...input,
    `SELECT i.GROUP_KEY, f.SECTION, f.PLACE, f.KEY, f.ITEM FROM INPUT AS i,`,
    `  TABLE(${fn(plan, name)}(i.SOURCE, i._ROW, i.LINE, $OPTS) OVER (PARTITION BY i.GROUP_KEY)) AS f;`,
  ];
  if (plan.check === 'usage')
    lines.push(
      'SET OPTS = (SELECT TO_JSON(OBJECT_CONSTRUCT(',
      `  'recon', TRUE, 'prices', ${plan.pricesTable === undefined ? 'FALSE' : 'TRUE'}, 'pecRate', ${text(plan.pecRate)},${plan.period === undefined ? '' : ` 'period', ${text(plan.period)},`}`,
      '  \'filePec\', BOOLOR_AGG(REGEXP_LIKE(TO_JSON(OBJECT_CONSTRUCT_KEEP_NULL(*)), \'.*"(partnerearnedcreditpercentage|rateofpartnerearnedcredit)":"\\\\s*[^"\\\\s][^"]*".*\', \'is\')',
      '    AND NOT REGEXP_LIKE(TO_JSON(OBJECT_CONSTRUCT_KEEP_NULL(*)), \'.*"(partnerearnedcreditpercentage|rateofpartnerearnedcredit)":"\\\\s*null\\\\s*".*\', \'is\')),',
      `  'invoices', (SELECT ARRAY_AGG(DISTINCT TRIM(INVOICENUMBER)) FROM ${t(plan.reconTable)} WHERE TRIM(INVOICENUMBER) <> ''),`,
      `  'invoiceNone', (SELECT BOOLOR_AGG(COALESCE(TRIM(INVOICENUMBER), '') = '') FROM ${t(plan.reconTable)})`,
      `)) FROM ${t(plan.usageTable)});`,
      ...groups([
        'WITH',
        ...(plan.pricesTable === undefined
          ? []
          : [
              `P AS (SELECT LOWER(TRIM(METERID)) AS M, TO_JSON(OBJECT_DELETE(OBJECT_CONSTRUCT_KEEP_NULL(*), '_ROW')) AS PRICE_ROW FROM ${t(plan.pricesTable)}`,
              '  QUALIFY ROW_NUMBER() OVER (PARTITION BY LOWER(TRIM(METERID)) ORDER BY TO_NUMBER(_ROW)) = 1),',
            ]),
        `PRODUCTS AS (SELECT DISTINCT TRIM(PRODUCTID) AS PRODUCT, TRIM(SKUID) AS SKU, NULLIF(TRIM(AVAILABILITYID), '') AS AVAILABILITY FROM ${t(plan.usageTable)}),`,
        'INPUT AS (',
        "  SELECT 'usage' AS SOURCE, U._ROW, COALESCE(NULLIF(NULLIF(LOWER(TRIM(U.SUBSCRIPTIONID)), 'null'), ''), '') AS GROUP_KEY,",
        plan.pricesTable === undefined
          ? "    TO_JSON(OBJECT_DELETE(OBJECT_CONSTRUCT_KEEP_NULL(U.*), '_ROW')) AS LINE"
          : "    TO_JSON(OBJECT_INSERT(OBJECT_DELETE(OBJECT_CONSTRUCT_KEEP_NULL(U.*), '_ROW'), 'PriceListRow', P.PRICE_ROW)) AS LINE",
        `  FROM ${t(plan.usageTable)} AS U${plan.pricesTable === undefined ? '' : ' LEFT JOIN P ON P.M = LOWER(TRIM(U.METERID))'}`,
        "  UNION ALL SELECT 'recon', R._ROW, COALESCE(NULLIF(NULLIF(LOWER(TRIM(R.SUBSCRIPTIONID)), 'null'), ''), ''),",
        "    TO_JSON(OBJECT_INSERT(OBJECT_DELETE(OBJECT_CONSTRUCT_KEEP_NULL(R.*), '_ROW'), 'UsageProduct', IFF(D.PRODUCT IS NULL, NULL, 'true')))",
        `  FROM ${t(plan.reconTable)} AS R LEFT JOIN PRODUCTS AS D ON D.PRODUCT = TRIM(R.PRODUCTID) AND D.SKU = TRIM(R.SKUID)`,
        "    AND COALESCE(D.AVAILABILITY, '') = COALESCE(NULLIF(TRIM(R.AVAILABILITYID), ''), ''))",
      ]),
    );
  else
    lines.push(
      "SET OPTS = '{}';",
      ...groups([
        'WITH RECURSIVE',
        `INV AS (SELECT TRIM(PARSE_JSON(RESOURCE):id::VARCHAR) AS ID, TRIM(PARSE_JSON(RESOURCE):amendsOf::VARCHAR) AS AMENDS_OF, _ROW, RESOURCE FROM ${t(plan.invoicesTable)}),`,
        'CHAIN AS (SELECT ID, COALESCE(AMENDS_OF, ID) AS ROOT, 0 AS DEPTH FROM INV',
        '  UNION ALL SELECT C.ID, I.AMENDS_OF, C.DEPTH + 1 FROM CHAIN AS C JOIN INV AS I ON I.ID = C.ROOT',
        '  WHERE I.AMENDS_OF IS NOT NULL AND C.DEPTH < 32),',
        'ROOTS AS (SELECT ID, MAX_BY(ROOT, DEPTH) AS ROOT FROM CHAIN GROUP BY ID),',
        'INPUT AS (',
        "  SELECT 'invoice' AS SOURCE, INV._ROW, ROOTS.ROOT AS GROUP_KEY, INV.RESOURCE AS LINE FROM INV JOIN ROOTS USING (ID)",
        "  UNION ALL SELECT 'recon', R._ROW, COALESCE(ROOTS.ROOT, TRIM(R.INVOICENUMBER), ''),",
        "    TO_JSON(OBJECT_DELETE(OBJECT_CONSTRUCT_KEEP_NULL(R.*), '_ROW'))",
        `  FROM ${t(plan.reconTable)} AS R LEFT JOIN ROOTS ON ROOTS.ID = TRIM(R.INVOICENUMBER))`,
      ]),
    );
  lines.push(
    "-- every group's rows, each list in the order of its key (the command line's order)",
    "SELECT SECTION, KEY, GROUP_KEY, PLACE, ITEM FROM PARTS WHERE SECTION <> 'summary' ORDER BY SECTION, KEY, GROUP_KEY, PLACE;",
    "-- the file's summary (and the issues said once for the file): the one OVER (), over one row a group",
    "SELECT f.SECTION, f.KEY, f.ITEM FROM (SELECT ITEM FROM PARTS WHERE SECTION = 'summary') AS p,",
    `  TABLE(${fn(plan, `${name}_SUMMARY`)}(p.ITEM, $OPTS) OVER ()) AS f;`,
  );
  return `${lines.join('\n')}\n`;
}

function duckdb(plan: WarehousePlan): string {
  const args =
    plan.check === 'usage'
      ? [
          'usage',
          '--file',
          plan.usageTable,
          '--invoice-file',
          plan.reconTable,
          ...(plan.pricesTable === undefined ? [] : ['--prices', plan.pricesTable]),
          '--pec-rate',
          plan.pecRate,
          ...(plan.period === undefined ? [] : ['--period', plan.period]),
        ]
      : ['tie-out', '--invoices', plan.invoicesTable, '--file', plan.reconTable];
  const quote = (a: string) => (/^[\w./:@=-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`);
  return [
    `# subscription-rules ${plan.version}: on one machine, DuckDB reads the files (the optional package`,
    "# @duckdb/node-api) and the library judges each group; the output is the default engine's.",
    `subscription-rules ${[...args, '--engine', 'duckdb', '--json'].map(quote).join(' ')}`,
    '',
  ].join('\n');
}

/**
 * What `warehouse` prints (WH-6, WH-8): for BigQuery and Snowflake the functions' `CREATE`
 * statements, the options the SQL computes, the per-group query with its joins and the queries
 * of the rows and the summary; for DuckDB the command line that runs the check on one machine.
 *
 * @param plan - The engine, the check, the tables and the options.
 * @returns The text.
 */
export function warehouseSql(plan: WarehousePlan): string {
  if (plan.engine === 'bigquery') return bigQuery(plan);
  return plan.engine === 'snowflake' ? snowflake(plan) : duckdb(plan);
}
