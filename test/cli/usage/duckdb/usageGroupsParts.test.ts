import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbSession, loadDuckdb, usageGroupsSql } from '../../../_private.ts';

let session: Awaited<ReturnType<typeof duckdbSession>>;
const before = process.env.TMPDIR;
const sql = usageGroupsSql(3);

beforeAll(async () => {
  // the session makes its run folder under the temporary folder: this test's own
  process.env.TMPDIR = mkdtempSync(join(tmpdir(), 'usage-parts-'));
  session = await duckdbSession(await loadDuckdb(), 'usage', undefined, 1);
  // 2,000 lines of two files: 150 groups of 11 or 12 lines (a key’s lines all of one file) and 300 of one
  await session.connection.run(`
CREATE TABLE lines AS SELECT CAST(i % 2 AS INTEGER) AS file, i AS seq, 'line ' || i AS text FROM range(1, 2001) AS t(i);
CREATE TABLE judged AS SELECT seq, file, md5_number(CAST(CASE WHEN seq > 1700 THEN seq ELSE seq % 150 END AS VARCHAR)) AS h, true AS plain FROM lines;
CREATE TABLE grouped AS SELECT file, h, min(seq) AS first, count(*) AS n,
  CAST(count(*) AS DECIMAL(38,18)) AS quantity, CAST(count(*) AS HUGEINT) AS billed
FROM judged GROUP BY file, h;
CREATE TABLE refused (first BIGINT);`);
});
afterAll(() => {
  session.close();
  if (before === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = before;
});

/** Every row of a query, as text, through `chunks` (which checks them against its count). */
async function rowsOf(query: string, count: string): Promise<string[]> {
  const all: string[] = [];
  for await (const chunk of session.chunks(query, 'the rows', count))
    for (let i = 0; i < chunk.rowCount; i++)
      all.push(chunk.columns.map((column) => String(column[i])).join('|'));
  return all;
}

describe('usageGroupsSql in parts of the keys', () => {
  it('USG-7 law: the groups and rows of every part of the keys together are those of one part, each group in exactly one part', async () => {
    const whole = {
      groups: await rowsOf(
        sql.groups({ parts: 1, part: 0 }),
        sql.counts.groups({ parts: 1, part: 0 }),
      ),
      rows: await rowsOf(sql.rows({ parts: 1, part: 0 }), sql.counts.rows({ parts: 1, part: 0 })),
    };
    expect(whole.groups).toHaveLength(150 + 300);
    expect(new Set(whole.groups).size).toBe(whole.groups.length);
    for (const parts of [2, 7]) {
      const groups: string[] = [];
      const rows: string[] = [];
      for (let part = 0; part < parts; part++) {
        const keys = { parts, part };
        const some = await rowsOf(sql.groups(keys), sql.counts.groups(keys));
        // every part has some of these keys, none has them all
        expect(some.length, `part ${part} of ${parts}`).toBeGreaterThan(0);
        expect(some.length, `part ${part} of ${parts}`).toBeLessThan(whole.groups.length);
        groups.push(...some);
        rows.push(...(await rowsOf(sql.rows(keys), sql.counts.rows(keys))));
      }
      expect(groups.sort()).toEqual([...whole.groups].sort());
      expect(rows.sort()).toEqual([...whole.rows].sort());
    }
  });
});
