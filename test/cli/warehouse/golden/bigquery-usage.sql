-- subscription-rules 0.0.0-golden: the usage check inside BigQuery.
-- Upload the package's dist/warehouse/warehouse.mjs to gs://acme-js/sr/warehouse.mjs first; every table is loaded
-- with every column STRING (NUMERIC keeps 9 decimals) and a _row column: the row the command line gives it.
CREATE OR REPLACE AGGREGATE FUNCTION acme.billing.sr_usage(source STRING, row_number STRING, line STRING, options STRING NOT AGGREGATE)
RETURNS ARRAY<STRUCT<section STRING, key STRING, item STRING>> LANGUAGE js OPTIONS (library = ['gs://acme-js/sr/warehouse.mjs']) AS r'''
  import W from 'gs://acme-js/sr/warehouse.mjs';
  export function initialState(o) { return W.usage.initialState(o); }
  export function aggregate(s, src, n, line, o) { W.usage.aggregate(s, src, n, line, o); }
  export function merge(s, p, o) { W.usage.merge(s, p, o); }
  export function serialize(s) { return W.usage.serialize(s); }
  export function deserialize(d, o) { return W.usage.deserialize(d, o); }
  export function finalize(s, o) { return W.rows(W.usage.finalize(s, o)); }
''';
CREATE OR REPLACE AGGREGATE FUNCTION acme.billing.sr_usage_summary(item STRING, options STRING NOT AGGREGATE)
RETURNS ARRAY<STRUCT<section STRING, key STRING, item STRING>> LANGUAGE js OPTIONS (library = ['gs://acme-js/sr/warehouse.mjs']) AS r'''
  import W from 'gs://acme-js/sr/warehouse.mjs';
  export function initialState(o) { return W.usage.summary.initialState(o); }
  export function aggregate(s, item, o) { W.usage.summary.aggregate(s, item, o); }
  export function merge(s, p, o) { W.usage.summary.merge(s, p, o); }
  export function serialize(s) { return W.usage.summary.serialize(s); }
  export function deserialize(d, o) { return W.usage.summary.deserialize(d, o); }
  export function finalize(s, o) { return W.rows(W.usage.summary.finalize(s, o)); }
''';
DECLARE opts STRING;
-- the file-wide facts each group needs: PEC seen in any line, the invoices of the invoice file
SET opts = (SELECT TO_JSON_STRING(STRUCT(
  TRUE AS recon, TRUE AS prices, '15' AS pecRate, '2026-11' AS period,
  LOGICAL_OR(EXISTS(SELECT 1 FROM UNNEST(REGEXP_EXTRACT_ALL(LOWER(TO_JSON_STRING(t)), r'"(?:partnerearnedcreditpercentage|rateofpartnerearnedcredit)":"([^"]*)"')) AS v
    WHERE TRIM(v) NOT IN ('', 'null'))) AS filePec,
  (SELECT ARRAY_AGG(DISTINCT TRIM(InvoiceNumber) IGNORE NULLS) FROM `acme.billing.recon` WHERE TRIM(InvoiceNumber) <> '') AS invoices,
  (SELECT LOGICAL_OR(COALESCE(TRIM(InvoiceNumber), '') = '') FROM `acme.billing.recon`) AS invoiceNone
)) FROM `acme.billing.dru` AS t);
CREATE TEMP TABLE parts AS
WITH
-- a meter's first price-list row (as --prices reads the list), whole: the bundle reads Tags and the PEC rate
p AS (SELECT LOWER(TRIM(MeterId)) AS m, TO_JSON_STRING((SELECT AS STRUCT t.* EXCEPT (_row))) AS price_row FROM `acme.billing.prices` AS t
  QUALIFY ROW_NUMBER() OVER (PARTITION BY LOWER(TRIM(MeterId)) ORDER BY CAST(_row AS INT64)) = 1),
products AS (SELECT DISTINCT TRIM(ProductId) AS product, TRIM(SkuId) AS sku, NULLIF(TRIM(AvailabilityId), '') AS availability FROM `acme.billing.dru`),
input AS (
  SELECT 'usage' AS source, u._row, LOWER(COALESCE(NULLIF(NULLIF(LOWER(TRIM(u.SubscriptionId)), 'null'), ''), '')) AS group_key,
    TO_JSON_STRING((SELECT AS STRUCT u.* EXCEPT (_row), p.price_row AS PriceListRow)) AS line
  FROM `acme.billing.dru` AS u LEFT JOIN p ON p.m = LOWER(TRIM(u.MeterId))
  UNION ALL SELECT 'recon', r._row, LOWER(COALESCE(NULLIF(NULLIF(LOWER(TRIM(r.SubscriptionId)), 'null'), ''), '')),
    TO_JSON_STRING((SELECT AS STRUCT r.* EXCEPT (_row), IF(d.product IS NULL, NULL, 'true') AS UsageProduct))
  FROM `acme.billing.recon` AS r LEFT JOIN products AS d ON d.product = TRIM(r.ProductId) AND d.sku = TRIM(r.SkuId)
    AND COALESCE(d.availability, '') = COALESCE(NULLIF(TRIM(r.AvailabilityId), ''), ''))
SELECT group_key, acme.billing.sr_usage(source, _row, line, opts) AS rows FROM input GROUP BY group_key;
-- every group's rows, each list in the order of its key (the command line's order)
SELECT r.section, r.key, group_key, place, r.item FROM parts, UNNEST(rows) AS r WITH OFFSET AS place
  WHERE r.section NOT IN ('summary') ORDER BY r.section, r.key, group_key, place;
-- the file's summary (and the issues said once for the file), over one summary row a group
SELECT f.section, f.key, f.item FROM (SELECT acme.billing.sr_usage_summary(r.item, opts) AS file
  FROM parts, UNNEST(rows) AS r WHERE r.section = 'summary'), UNNEST(file) AS f;
