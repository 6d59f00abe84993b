import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbSession, loadDuckdb, usageGroupsSql } from '../../../_private.ts';
import { tempFolder } from '../../../_tempFolder.ts';

let session: Awaited<ReturnType<typeof duckdbSession>>;
const before = process.env.TMPDIR;
const KEPT = 3;
const sql = usageGroupsSql(KEPT);

beforeAll(async () => {
  // the session makes its run folder under the temporary folder: this test's own
  process.env.TMPDIR = tempFolder('usage-parts-');
  session = await duckdbSession(await loadDuckdb(), 'usage', undefined, 1);
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

/** One line of the test's tables: its file, its key (`h`), and whether the SQL reads it plain. */
interface Line {
  readonly file: number;
  readonly key: number;
  readonly plain: boolean;
  /** Whether its amount or quantity is below zero (a correction). */
  readonly neg?: boolean;
}

/**
 * Makes the tables `usageGroupsSql` reads from lines (`seq` from 1 in their order; a line's text
 * names its seq; each plain line a quantity of 1 and a cent): `lines`, `judged` (its key's MD5 as
 * `h`), then `grouped`, `groupRows` and `refused` by the engine's own statements.
 */
async function load(lines: readonly Line[]): Promise<void> {
  const values = lines
    .map((line, i) => `(${line.file}, ${i + 1}, ${line.key}, ${line.plain}, ${line.neg === true})`)
    .join(', ');
  const grouping = sql.tables.slice(sql.tables.indexOf('CREATE TABLE grouped'));
  await session.connection.run(`
DROP TABLE IF EXISTS lines; DROP TABLE IF EXISTS judged; DROP TABLE IF EXISTS grouped;
DROP TABLE IF EXISTS groupRows; DROP TABLE IF EXISTS refused;
CREATE TABLE given (file INTEGER, seq BIGINT, k INTEGER, plain BOOLEAN, neg BOOLEAN);
${lines.length > 0 ? `INSERT INTO given VALUES ${values};` : ''}
CREATE TABLE lines AS SELECT file, seq, md5_number(CAST(k AS VARCHAR)) AS h, 'line ' || seq AS text FROM given;
CREATE TABLE judged AS SELECT g.seq, g.file, l.h, '1' AS q,
  CASE WHEN g.plain THEN CAST(1 AS HUGEINT) END AS billed, g.plain, g.plain AND g.neg AS neg
FROM given AS g JOIN lines AS l USING (seq);
DROP TABLE given;
${grouping}`);
}

/**
 * The groups query's rows, as text, with the optimizers it runs without: a pass for each `pass`
 * lines of the `count` lines (one pass for them all unless given), as the command runs it.
 */
async function groups(count: number, pass = count + 1): Promise<string[]> {
  await session.connection.run(`SET disabled_optimizers = '${sql.groupsWithout}'`);
  try {
    const all: string[] = [];
    for (let from = 1; from <= count; from += pass)
      all.push(
        ...(await rowsOf(sql.groups(from, from + pass), sql.counts.groups(from, from + pass))),
      );
    return all;
  } finally {
    await session.connection.run('RESET disabled_optimizers');
  }
}

/** What the groups query should give, from the lines alone: each group once, its smallest rows. */
function oracle(lines: readonly Line[]): string[] {
  const byKey = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (!line.plain) return;
    const key = `${line.file}|${line.key}|${line.neg === true}`;
    byKey.set(key, [...(byKey.get(key) ?? []), i + 1]);
  });
  return [...byKey].map(([key, seqs]) => {
    const [first = 0] = seqs;
    const n = seqs.length;
    const rows = n > 1 ? seqs.slice(0, KEPT).join(',') : 'null';
    return `${first}|${n}|${n}.000000000000000000|${n}|${key.split('|')[0]}|line ${first}|${rows}`;
  });
}

describe('usageGroupsSql: every group once, from one read of the lines', () => {
  it('USG-7: 2,000 lines of two files, 150 keys of 11 or 12 lines and 300 of one: 450 groups, each once, with its first line and its 3 smallest rows', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => {
      const seq = i + 1;
      return { file: seq % 2, key: seq > 1700 ? seq : seq % 150, plain: true };
    });
    await load(lines);
    const got = await groups(lines.length);
    expect(got).toHaveLength(150 + 300);
    expect(new Set(got).size).toBe(got.length);
    // key 1 is on lines 1, 151, 301…: file 1 (odd lines), 12 of them up to 1,700
    expect(got).toContain('1|12|12.000000000000000000|12|1|line 1|1,151,301');
    expect(got).toContain('1701|1|1.000000000000000000|1|1|line 1701|null');
    expect(got.sort()).toEqual(oracle(lines).sort());
    // passes of 700 lines: key 1's group comes in the first, with its rows from the others
    expect((await groups(lines.length, 700)).sort()).toEqual(got);
  });

  it('USG-7: the groups’ join builds its hash table on the groups’ numbers, the lines’ texts only probe it', async () => {
    await load(Array.from({ length: 50 }, (_, i) => ({ file: 0, key: i, plain: true })));
    await session.connection.run(`SET disabled_optimizers = '${sql.groupsWithout}'`);
    const plan = (
      await session.connection.runAndReadAll(`EXPLAIN (FORMAT json) ${sql.groups(1, 51)}`)
    ).getRowsJS();
    await session.connection.run('RESET disabled_optimizers');
    interface PlanNode {
      readonly name: string;
      readonly children: readonly PlanNode[];
      readonly extra_info: { readonly Table?: string };
    }
    const tablesUnder = (node: PlanNode): string[] => [
      // the table's name without its database and schema (`usage.main.lines`)
      ...(node.extra_info.Table === undefined
        ? []
        : [node.extra_info.Table.split('.').pop() ?? '']),
      ...node.children.flatMap(tablesUnder),
    ];
    const find = (node: PlanNode): PlanNode | undefined =>
      /JOIN/.test(node.name) && tablesUnder(node).includes('lines')
        ? node
        : node.children.map(find).find((found) => found !== undefined);
    const [root] = JSON.parse(String(plan[0]?.[1])) as PlanNode[];
    const join = root === undefined ? undefined : find(root);
    // the probe side (the first child) reads the lines, the build side (the second) does not
    expect(tablesUnder(join?.children[0] as PlanNode)).toEqual(['lines']);
    expect(tablesUnder(join?.children[1] as PlanNode)).not.toContain('lines');
  });

  it('USG-7, USG-4: the lines of one key below zero and not are two groups, so a group is all corrections or none', async () => {
    const lines = [false, true, false, true, true].map((neg) => ({
      file: 0,
      key: 7,
      plain: true,
      neg,
    }));
    await load(lines);
    expect((await groups(lines.length)).sort()).toEqual([
      '1|2|2.000000000000000000|2|0|line 1|1,3',
      '2|3|3.000000000000000000|3|0|line 2|2,4,5',
    ]);
  });

  test.prop(
    [
      fc.array(
        fc.record({
          file: fc.integer({ min: 0, max: 2 }),
          key: fc.integer({ min: 0, max: 12 }),
          plain: fc.boolean(),
          neg: fc.boolean(),
        }),
        { maxLength: 60 },
      ),
      fc.integer({ min: 1, max: 70 }),
    ],
    { numRuns: 40 },
  )(
    'USG-7 law: for any lines and any lines a pass, the passes give each group of plain lines exactly once, with its count, its first line and its smallest rows in order',
    async (lines, pass) => {
      await load(lines);
      expect((await groups(lines.length, pass)).sort()).toEqual(oracle(lines).sort());
    },
  );
});
