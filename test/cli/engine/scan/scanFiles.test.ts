import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { scanFiles } from '../../../_private.ts';

const dir = mkdtempSync(join(tmpdir(), 'scan-files-'));
let made = 0;

/** A file holding the bytes, under a fresh name. */
function file(content: string | Buffer): string {
  const path = join(dir, `${made++}.data`);
  writeFileSync(path, content);
  return path;
}

/** What the scan hands over: each header and record, as text. */
async function scanned(files: string[], jsonLines: boolean): Promise<unknown[]> {
  const seen: unknown[] = [];
  const counts = await scanFiles(
    files,
    '--file',
    {
      header: (index, names) => void seen.push(['header', index, names]),
      record(index, record, place) {
        const text =
          record.kind === 'csv'
            ? Array.from({ length: record.row.length }, (_, i) => record.row.cell(i))
            : record.text;
        seen.push([record.kind, index, text, place.row, place.at]);
      },
    },
    jsonLines,
  );
  return [...seen, counts];
}

describe('scanFiles', () => {
  it('USG-7: with JSON lines read, a file whose first byte past blanks is { (gzip or not) has no header and a record per line, numbered on across the files', async () => {
    const csv = file('a,b\r\n1,2\r\n');
    const json = file(gzipSync('\n  {"a":"1,2"}\n{"a":"\\"3\\""}\n'));
    expect(await scanned([csv, json], true)).toEqual([
      ['header', 0, ['a', 'b']],
      ['csv', 0, ['1', '2'], 1, 1],
      ['header', 1, []],
      ['json', 1, '{"a":"1,2"}', 1, 2],
      ['json', 1, '{"a":"\\"3\\""}', 2, 3],
      [1, 2],
    ]);
  });

  it('USG-7: without JSON lines read (reconcile, tie-out), the same file is CSV: its first line the header', async () => {
    const json = file('{"a":1}\n{"a":2}\n');
    const [header, ...rest] = await scanned([json], false);
    expect((header as unknown[])[0]).toBe('header');
    expect((header as unknown[])[2]).not.toEqual([]);
    expect(rest.at(-1)).toEqual([1]);
  });
});
