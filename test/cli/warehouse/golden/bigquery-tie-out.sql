-- subscription-rules 0.0.0-golden: the tie-out inside BigQuery.
-- Upload the package's dist/warehouse/warehouse.mjs to gs://acme-js/sr/warehouse.mjs first; every table is loaded
-- with every column STRING (NUMERIC keeps 9 decimals) and a _row column: the row the command line gives it.
CREATE OR REPLACE AGGREGATE FUNCTION acme.billing.sr_tieout(source STRING, row_number STRING, line STRING, options STRING NOT AGGREGATE)
RETURNS ARRAY<STRUCT<section STRING, key STRING, item STRING>> LANGUAGE js OPTIONS (library = ['gs://acme-js/sr/warehouse.mjs']) AS r'''
  import W from 'gs://acme-js/sr/warehouse.mjs';
  export function initialState(o) { return W.tieOut.initialState(o); }
  export function aggregate(s, src, n, line, o) { W.tieOut.aggregate(s, src, n, line, o); }
  export function merge(s, p, o) { W.tieOut.merge(s, p, o); }
  export function serialize(s) { return W.tieOut.serialize(s); }
  export function deserialize(d, o) { return W.tieOut.deserialize(d, o); }
  export function finalize(s, o) { return W.rows(W.tieOut.finalize(s, o)); }
''';
CREATE OR REPLACE AGGREGATE FUNCTION acme.billing.sr_tieout_summary(item STRING, options STRING NOT AGGREGATE)
RETURNS ARRAY<STRUCT<section STRING, key STRING, item STRING>> LANGUAGE js OPTIONS (library = ['gs://acme-js/sr/warehouse.mjs']) AS r'''
  import W from 'gs://acme-js/sr/warehouse.mjs';
  export function initialState(o) { return W.tieOut.summary.initialState(o); }
  export function aggregate(s, item, o) { W.tieOut.summary.aggregate(s, item, o); }
  export function merge(s, p, o) { W.tieOut.summary.merge(s, p, o); }
  export function serialize(s) { return W.tieOut.summary.serialize(s); }
  export function deserialize(d, o) { return W.tieOut.summary.deserialize(d, o); }
  export function finalize(s, o) { return W.rows(W.tieOut.summary.finalize(s, o)); }
''';
DECLARE opts STRING;
SET opts = '{}';
CREATE TEMP TABLE parts AS
WITH RECURSIVE
-- each Invoice resource (one JSON text column, resource) and the invoice it amends
inv AS (SELECT TRIM(JSON_VALUE(resource, '$.id')) AS id, TRIM(JSON_VALUE(resource, '$.amendsOf')) AS amends_of, _row, resource FROM `acme.billing.invoices`),
-- the group: the root of the amendsOf chain (a credit note, the invoice it amends and their lines meet)
chain AS (SELECT id, COALESCE(amends_of, id) AS root, 0 AS depth FROM inv
  UNION ALL SELECT c.id, i.amends_of, c.depth + 1 FROM chain AS c JOIN inv AS i ON i.id = c.root
  WHERE i.amends_of IS NOT NULL AND c.depth < 32),
roots AS (SELECT id, ARRAY_AGG(root ORDER BY depth DESC LIMIT 1)[OFFSET(0)] AS root FROM chain GROUP BY id),
input AS (
  SELECT 'invoice' AS source, inv._row, roots.root AS group_key, inv.resource AS line FROM inv JOIN roots USING (id)
  UNION ALL SELECT 'recon', r._row, COALESCE(roots.root, TRIM(r.InvoiceNumber), ''),
    TO_JSON_STRING((SELECT AS STRUCT r.* EXCEPT (_row)))
  FROM `acme.billing.recon` AS r LEFT JOIN roots ON roots.id = TRIM(r.InvoiceNumber))
SELECT group_key, acme.billing.sr_tieout(source, _row, line, opts) AS rows FROM input GROUP BY group_key;
-- every group's rows, each list in the order of its key (the command line's order)
SELECT r.section, r.key, group_key, place, r.item FROM parts, UNNEST(rows) AS r WITH OFFSET AS place
  WHERE r.section NOT IN ('summary') ORDER BY r.section, r.key, group_key, place;
-- the file's summary (and the issues said once for the file), over one summary row a group
SELECT f.section, f.key, f.item FROM (SELECT acme.billing.sr_tieout_summary(r.item, opts) AS file
  FROM parts, UNNEST(rows) AS r WHERE r.section = 'summary'), UNNEST(file) AS f;
