import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../../_tempFolder.ts';
import { memoryDuckdb } from './_memoryDuckdb.ts';

// Why `usage --engine duckdb` reads each JSON line's text and takes its numbers from that text
// (usageLinesSql) rather than DuckDB's JSON reader over the blobs: every way DuckDB reads a JSON
// number hands over its double, so a number of more than 15 significant digits comes back another
// number (and one of 17 digits comes back as a double's shortest text, indistinguishable from a
// number that was written so). The day DuckDB keeps a number's text, this test fails, and the
// reader can read the blobs with read_json.

const dir = tempFolder('duckdb-json-numbers-');
/** One export line: numbers as Partner Center writes them, one key a number. */
const LINE =
  '{"a":0.123456789012345678,"b":0.1000000000000000001,"c":12345678901234567,"d":1e-7,"e":-0.0,"f":1.10,"g":-12.500}';
const KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
/** The numbers as written. */
const WRITTEN = [
  '0.123456789012345678',
  '0.1000000000000000001',
  '12345678901234567',
  '1e-7',
  '-0.0',
  '1.10',
  '-12.500',
];
const blob = join(dir, 'part-00000.json.gz');

const connection = memoryDuckdb(async () => writeFileSync(blob, gzipSync(`${LINE}\n`)));

/** The one row of a query, every value as text. */
async function row(query: string): Promise<string[]> {
  const rows = (await connection().runAndReadAll(query)).getRowsJS();
  return (rows[0] ?? []).map(String);
}

const glob = `'${join(dir, '*.json.gz').replaceAll("'", "''")}'`;
const varchar = `{${KEYS.map((key) => `'${key}': 'VARCHAR'`).join(', ')}}`;

describe('DuckDB’s JSON reader and a JSON number’s text', () => {
  it('USG-7: read_json over the glob with every key VARCHAR gives a double’s text: 17 digits change, 19 become 0.1', async () => {
    const read = await row(
      `SELECT * FROM read_json(${glob}, format = 'newline_delimited', columns = ${varchar})`,
    );
    expect(read).toEqual([
      '0.12345678901234568',
      '0.1',
      '12345678901234567',
      '1e-07',
      '-0.0',
      '1.1',
      '-12.5',
    ]);
    expect(read).not.toEqual(WRITTEN);
  });

  it('USG-7: records = true, DECIMAL(38,18) columns, ->> and json_extract_string read the same double', async () => {
    const records = await row(
      `SELECT a, b FROM read_json(${glob}, format = 'newline_delimited', records = true, columns = ${varchar})`,
    );
    expect(records).toEqual(['0.12345678901234568', '0.1']);
    const decimals = await row(
      `SELECT CAST(a AS VARCHAR), CAST(b AS VARCHAR) FROM read_json(${glob}, format = 'newline_delimited', columns = {'a': 'DECIMAL(38,18)', 'b': 'DECIMAL(38,18)'})`,
    );
    expect(decimals).toEqual(['0.123456789012345680', '0.100000000000000000']);
    const extracted = await row(
      `SELECT json->>'a', json_extract_string(json, '$.b'), json->>'f' FROM read_json_objects(${glob}, format = 'newline_delimited')`,
    );
    expect(extracted).toEqual(['0.12345678901234568', '0.1', '1.1']);
  });

  it('USG-7: only the line’s own text keeps every number as written (what the usage SQL reads its numbers from)', async () => {
    const [text = ''] = await row(
      `SELECT json FROM read_json_objects(${glob}, format = 'newline_delimited')`,
    );
    expect(text).toBe(LINE);
    for (const [i, key] of KEYS.entries()) expect(text).toContain(`"${key}":${WRITTEN[i]}`);
  });
});
