-- subscription-rules 0.0.0-golden: the usage check inside Snowflake.
-- The bundle is inlined (a JavaScript function has no library); every table is loaded with every
-- column VARCHAR and a _ROW column: the row the command line gives it.
CREATE OR REPLACE FUNCTION acme.billing.SR_USAGE(SOURCE VARCHAR, ROW_NUMBER VARCHAR, LINE VARCHAR, OPTIONS VARCHAR)
RETURNS TABLE (SECTION VARCHAR, PLACE NUMBER, KEY VARCHAR, ITEM VARCHAR)
LANGUAGE JAVASCRIPT AS $$
{
  W: (/* warehouse.js */ {}),
  initialize: function () { this.s = this.W.usage.initialState(); this.o = null; },
  processRow: function (row, rowWriter, context) { this.o = row.OPTIONS; this.W.usage.aggregate(this.s, row.SOURCE, row.ROW_NUMBER, row.LINE, row.OPTIONS); },
  finalize: function (rowWriter, context) {
    var rows = this.W.rows(this.W.usage.finalize(this.s, this.o));
    for (var i = 0; i < rows.length; i++)
      rowWriter.writeRow({ SECTION: rows[i].section, PLACE: i, KEY: rows[i].key, ITEM: rows[i].item });
  }
}
$$;
CREATE OR REPLACE FUNCTION acme.billing.SR_USAGE_SUMMARY(ITEM VARCHAR, OPTIONS VARCHAR)
RETURNS TABLE (SECTION VARCHAR, PLACE NUMBER, KEY VARCHAR, ITEM VARCHAR)
LANGUAGE JAVASCRIPT AS $$
{
  W: (/* warehouse.js */ {}),
  initialize: function () { this.s = this.W.usage.summary.initialState(); this.o = null; },
  processRow: function (row, rowWriter, context) { this.o = row.OPTIONS; this.W.usage.summary.aggregate(this.s, row.ITEM, row.OPTIONS); },
  finalize: function (rowWriter, context) {
    var rows = this.W.rows(this.W.usage.summary.finalize(this.s, this.o));
    for (var i = 0; i < rows.length; i++)
      rowWriter.writeRow({ SECTION: rows[i].section, PLACE: i, KEY: rows[i].key, ITEM: rows[i].item });
  }
}
$$;
SET OPTS = (SELECT TO_JSON(OBJECT_CONSTRUCT(
  'recon', TRUE, 'prices', TRUE, 'pecRate', '15', 'period', '2026-11',
  'filePec', BOOLOR_AGG(REGEXP_LIKE(TO_JSON(OBJECT_CONSTRUCT_KEEP_NULL(*)), '.*"(partnerearnedcreditpercentage|rateofpartnerearnedcredit)":"\\s*[^"\\s][^"]*".*', 'is')
    AND NOT REGEXP_LIKE(TO_JSON(OBJECT_CONSTRUCT_KEEP_NULL(*)), '.*"(partnerearnedcreditpercentage|rateofpartnerearnedcredit)":"\\s*null\\s*".*', 'is')),
  'invoices', (SELECT ARRAY_AGG(DISTINCT TRIM(INVOICENUMBER)) FROM acme.billing.recon WHERE TRIM(INVOICENUMBER) <> ''),
  'invoiceNone', (SELECT BOOLOR_AGG(COALESCE(TRIM(INVOICENUMBER), '') = '') FROM acme.billing.recon)
)) FROM acme.billing.dru);
CREATE OR REPLACE TEMPORARY TABLE PARTS AS
WITH
P AS (SELECT LOWER(TRIM(METERID)) AS M, TO_JSON(OBJECT_DELETE(OBJECT_CONSTRUCT_KEEP_NULL(*), '_ROW')) AS PRICE_ROW FROM acme.billing.prices
  QUALIFY ROW_NUMBER() OVER (PARTITION BY LOWER(TRIM(METERID)) ORDER BY TO_NUMBER(_ROW)) = 1),
PRODUCTS AS (SELECT DISTINCT TRIM(PRODUCTID) AS PRODUCT, TRIM(SKUID) AS SKU, NULLIF(TRIM(AVAILABILITYID), '') AS AVAILABILITY FROM acme.billing.dru),
INPUT AS (
  SELECT 'usage' AS SOURCE, U._ROW, COALESCE(NULLIF(NULLIF(LOWER(TRIM(U.SUBSCRIPTIONID)), 'null'), ''), '') AS GROUP_KEY,
    TO_JSON(OBJECT_INSERT(OBJECT_DELETE(OBJECT_CONSTRUCT_KEEP_NULL(U.*), '_ROW'), 'PriceListRow', P.PRICE_ROW)) AS LINE
  FROM acme.billing.dru AS U LEFT JOIN P ON P.M = LOWER(TRIM(U.METERID))
  UNION ALL SELECT 'recon', R._ROW, COALESCE(NULLIF(NULLIF(LOWER(TRIM(R.SUBSCRIPTIONID)), 'null'), ''), ''),
    TO_JSON(OBJECT_INSERT(OBJECT_DELETE(OBJECT_CONSTRUCT_KEEP_NULL(R.*), '_ROW'), 'UsageProduct', IFF(D.PRODUCT IS NULL, NULL, 'true')))
  FROM acme.billing.recon AS R LEFT JOIN PRODUCTS AS D ON D.PRODUCT = TRIM(R.PRODUCTID) AND D.SKU = TRIM(R.SKUID)
    AND COALESCE(D.AVAILABILITY, '') = COALESCE(NULLIF(TRIM(R.AVAILABILITYID), ''), ''))
SELECT i.GROUP_KEY, f.SECTION, f.PLACE, f.KEY, f.ITEM FROM INPUT AS i,
  TABLE(acme.billing.SR_USAGE(i.SOURCE, i._ROW, i.LINE, $OPTS) OVER (PARTITION BY i.GROUP_KEY)) AS f;
-- every group's rows, each list in the order of its key (the command line's order)
SELECT SECTION, KEY, GROUP_KEY, PLACE, ITEM FROM PARTS WHERE SECTION <> 'summary' ORDER BY SECTION, KEY, GROUP_KEY, PLACE;
-- the file's summary (and the issues said once for the file): the one OVER (), over one row a group
SELECT f.SECTION, f.KEY, f.ITEM FROM (SELECT ITEM FROM PARTS WHERE SECTION = 'summary') AS p,
  TABLE(acme.billing.SR_USAGE_SUMMARY(p.ITEM, $OPTS) OVER ()) AS f;
