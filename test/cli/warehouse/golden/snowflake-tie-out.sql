-- subscription-rules 0.0.0-golden: the tie-out inside Snowflake.
-- The bundle is inlined (a JavaScript function has no library); every table is loaded with every
-- column VARCHAR and a _ROW column: the row the command line gives it.
CREATE OR REPLACE FUNCTION acme.billing.SR_TIEOUT(SOURCE VARCHAR, ROW_NUMBER VARCHAR, LINE VARCHAR, OPTIONS VARCHAR)
RETURNS TABLE (SECTION VARCHAR, PLACE NUMBER, KEY VARCHAR, ITEM VARCHAR)
LANGUAGE JAVASCRIPT AS $$
{
  W: (/* warehouse.js */ {}),
  initialize: function () { this.s = this.W.tieOut.initialState(); this.o = null; },
  processRow: function (row, rowWriter, context) { this.o = row.OPTIONS; this.W.tieOut.aggregate(this.s, row.SOURCE, row.ROW_NUMBER, row.LINE, row.OPTIONS); },
  finalize: function (rowWriter, context) {
    var rows = this.W.rows(this.W.tieOut.finalize(this.s, this.o));
    for (var i = 0; i < rows.length; i++)
      rowWriter.writeRow({ SECTION: rows[i].section, PLACE: i, KEY: rows[i].key, ITEM: rows[i].item });
  }
}
$$;
CREATE OR REPLACE FUNCTION acme.billing.SR_TIEOUT_SUMMARY(ITEM VARCHAR, OPTIONS VARCHAR)
RETURNS TABLE (SECTION VARCHAR, PLACE NUMBER, KEY VARCHAR, ITEM VARCHAR)
LANGUAGE JAVASCRIPT AS $$
{
  W: (/* warehouse.js */ {}),
  initialize: function () { this.s = this.W.tieOut.summary.initialState(); this.o = null; },
  processRow: function (row, rowWriter, context) { this.o = row.OPTIONS; this.W.tieOut.summary.aggregate(this.s, row.ITEM, row.OPTIONS); },
  finalize: function (rowWriter, context) {
    var rows = this.W.rows(this.W.tieOut.summary.finalize(this.s, this.o));
    for (var i = 0; i < rows.length; i++)
      rowWriter.writeRow({ SECTION: rows[i].section, PLACE: i, KEY: rows[i].key, ITEM: rows[i].item });
  }
}
$$;
SET OPTS = '{}';
CREATE OR REPLACE TEMPORARY TABLE PARTS AS
WITH RECURSIVE
INV AS (SELECT TRIM(PARSE_JSON(RESOURCE):id::VARCHAR) AS ID, TRIM(PARSE_JSON(RESOURCE):amendsOf::VARCHAR) AS AMENDS_OF, _ROW, RESOURCE FROM acme.billing.invoices),
CHAIN AS (SELECT ID, COALESCE(AMENDS_OF, ID) AS ROOT, 0 AS DEPTH FROM INV
  UNION ALL SELECT C.ID, I.AMENDS_OF, C.DEPTH + 1 FROM CHAIN AS C JOIN INV AS I ON I.ID = C.ROOT
  WHERE I.AMENDS_OF IS NOT NULL AND C.DEPTH < 32),
ROOTS AS (SELECT ID, MAX_BY(ROOT, DEPTH) AS ROOT FROM CHAIN GROUP BY ID),
INPUT AS (
  SELECT 'invoice' AS SOURCE, INV._ROW, ROOTS.ROOT AS GROUP_KEY, INV.RESOURCE AS LINE FROM INV JOIN ROOTS USING (ID)
  UNION ALL SELECT 'recon', R._ROW, COALESCE(ROOTS.ROOT, TRIM(R.INVOICENUMBER), ''),
    TO_JSON(OBJECT_DELETE(OBJECT_CONSTRUCT_KEEP_NULL(R.*), '_ROW'))
  FROM acme.billing.recon AS R LEFT JOIN ROOTS ON ROOTS.ID = TRIM(R.INVOICENUMBER))
SELECT i.GROUP_KEY, f.SECTION, f.PLACE, f.KEY, f.ITEM FROM INPUT AS i,
  TABLE(acme.billing.SR_TIEOUT(i.SOURCE, i._ROW, i.LINE, $OPTS) OVER (PARTITION BY i.GROUP_KEY)) AS f;
-- every group's rows, each list in the order of its key (the command line's order)
SELECT SECTION, KEY, GROUP_KEY, PLACE, ITEM FROM PARTS WHERE SECTION <> 'summary' ORDER BY SECTION, KEY, GROUP_KEY, PLACE;
-- the file's summary (and the issues said once for the file): the one OVER (), over one row a group
SELECT f.SECTION, f.KEY, f.ITEM FROM (SELECT ITEM FROM PARTS WHERE SECTION = 'summary') AS p,
  TABLE(acme.billing.SR_TIEOUT_SUMMARY(p.ITEM, $OPTS) OVER ()) AS f;
