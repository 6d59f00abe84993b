import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbSession, loadDuckdb } from '../../../_private.ts';
import { tempFolder } from '../../../_tempFolder.ts';

let session: Awaited<ReturnType<typeof duckdbSession>>;
const before = process.env.TMPDIR;

beforeAll(async () => {
  // the session makes its run folder under the temporary folder: this test's own
  process.env.TMPDIR = tempFolder('duckdb-session-');
  session = await duckdbSession(await loadDuckdb(), 'usage', undefined, 1);
  await session.connection.run('CREATE TABLE numbers AS SELECT range AS n FROM range(5000)');
});
afterAll(() => {
  session.close();
  if (before === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = before;
});

/** Every value of a query's first column, through `chunks`. */
async function values(query: string, count: string): Promise<number[]> {
  const all: number[] = [];
  for await (const chunk of session.chunks(query, 'the numbers', count))
    for (let i = 0; i < chunk.rowCount; i++) all.push(Number(chunk.columns[0]?.[i]));
  return all;
}

describe('duckdbSession', () => {
  it('REC-3: chunks gives every row of a query in its order, checked against a count from the table it reads', async () => {
    const all = await values(
      'SELECT n FROM numbers WHERE n % 2 = 0 ORDER BY n DESC',
      'SELECT count(*) FROM numbers WHERE n % 2 = 0',
    );
    expect(all).toHaveLength(2500);
    expect(all.slice(0, 3)).toEqual([4998, 4996, 4994]);
    expect(all.at(-1)).toBe(0);
  });

  it('REC-3: chunks stops with a line naming --memory when the stream gave fewer rows than the count says', async () => {
    await expect(
      values('SELECT n FROM numbers WHERE n < 10', 'SELECT count(*) FROM numbers'),
    ).rejects.toThrow(
      /--engine duckdb: DuckDB stopped after 10 of the 5000 rows of the numbers.*--memory/,
    );
  });

  it('REC-3: a count of no rows (a sum over none) is zero, not a failure', async () => {
    expect(
      await values('SELECT n FROM numbers WHERE n < 0', 'SELECT sum(n) FROM numbers WHERE n < 0'),
    ).toEqual([]);
  });
});
