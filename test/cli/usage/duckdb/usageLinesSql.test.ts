import { describe, expect, it } from 'vitest';
import { usageLinesSql } from '../../../_private.ts';
import { memoryDuckdb } from './_memoryDuckdb.ts';

const connection = memoryDuckdb();

/** What the SQL keeps of each JSON line: its seq, the five columns' texts, whether it names each once, its key's MD5. */
async function linesOf(texts: readonly string[]): Promise<(string | boolean | null)[][]> {
  await connection().run(`
DROP TABLE IF EXISTS raw; DROP TABLE IF EXISTS lines;
CREATE TABLE lines (file INTEGER, seq BIGINT, h UHUGEINT, text VARCHAR, q VARCHAR, b VARCHAR, e VARCHAR, x VARCHAR, c VARCHAR, keys_once BOOLEAN);
CREATE TABLE raw (line VARCHAR);`);
  for (const text of texts)
    await connection().run(`INSERT INTO raw VALUES ('${text.replaceAll("'", "''")}')`);
  await connection().run(usageLinesSql(0, 10, 'raw', undefined, 0));
  const rows = await connection().runAndReadAll(
    'SELECT CAST(seq AS VARCHAR), q, b, e, x, c, keys_once, CAST(h AS VARCHAR) FROM lines ORDER BY seq',
  );
  return rows.getRowsJS() as (string | boolean | null)[][];
}

const PLAIN =
  '{"Quantity":2.5,"BillingPreTaxTotal":"1.81","EffectiveUnitPrice":0.085,"PCToBCExchangeRate":0.92,"BillingCurrency":"EUR","MeterName":"D2s v5"}';

describe('usageLinesSql on JSON lines', () => {
  it('USG-7: one scan of a line reads the five columns in any case and order, strings without their quotes, and whether each is named once', async () => {
    const got = await linesOf([
      PLAIN,
      '   ',
      // any case, any order, spaces and a tab around the colon
      '{"billingcurrency" : "USD","pctobcexchangerate":\t1,"effectiveunitprice":"0.29999999999999999","BILLINGPRETAXTOTAL": 29.99 ,"quantity":100}',
      // Quantity twice (in two cases): not named once
      '{"Quantity":1,"quantity":2,"BillingPreTaxTotal":0,"EffectiveUnitPrice":0,"PCToBCExchangeRate":1,"BillingCurrency":"USD"}',
      // a key with no value after it: not named once
      '{"Quantity":,"BillingPreTaxTotal":0,"EffectiveUnitPrice":0,"PCToBCExchangeRate":1,"BillingCurrency":"USD"}',
      // a bare token that runs into the next key: its value is not a number, the key it hides is not named
      '{"Quantity":1"BillingCurrency":"USD","BillingPreTaxTotal":0,"EffectiveUnitPrice":0,"PCToBCExchangeRate":1}',
    ]);
    const [plain, anyCase, twice, noValue, runOn] = got;
    // the blank line is no record: the records after it are numbered as if it were not there
    expect(got.map((row) => row[0])).toEqual(['11', '12', '13', '14', '15']);
    expect(plain?.slice(1, 7)).toEqual(['2.5', '1.81', '0.085', '0.92', 'EUR', true]);
    expect(anyCase?.slice(1, 7)).toEqual(['100', '29.99', '0.29999999999999999', '1', 'USD', true]);
    expect(twice?.[6]).toBe(false);
    expect(noValue?.[6]).toBe(false);
    expect(runOn?.[1]).toBe('1"BillingCurrency":"USD"');
    expect(runOn?.[6]).toBe(false);
  });

  it('USG-7: lines that differ only in the values of Quantity and BillingPreTaxTotal share a key; any other cell makes another', async () => {
    const other = PLAIN.replace('"Quantity":2.5', '"Quantity":7').replace('"1.81"', '5.07');
    const meter = PLAIN.replace('D2s v5', 'D4s v5');
    const [a, b, c] = await linesOf([PLAIN, other, meter]);
    expect(a?.[7]).toBe(b?.[7]);
    expect(a?.[7]).not.toBe(c?.[7]);
  });
});
