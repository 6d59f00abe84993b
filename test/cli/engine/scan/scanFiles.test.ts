import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fileText, scanFiles } from '../../../_private.ts';
import { scratch } from '../../_scratch.ts';

const folder = scratch('scan-files-', 'data');

/** A file holding the bytes, under a fresh name. */
const file = (content: string | Buffer): string => folder.file(content);

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

  it('USG-7: a file whose first pieces are blank (a MiB of blank lines) is told by what follows, and every piece read to tell it is handed on as it was read', async () => {
    const blank = '\n'.repeat(1 << 20);
    const items = Array.from({ length: 40_000 }, (_, i) => `{"a":${i}}`);
    const json = await scanned([file(`${blank}${items.join('\n')}\n`)], true);
    expect(json.slice(0, 2)).toEqual([
      ['header', 0, []],
      ['json', 0, '{"a":0}', 1, 1],
    ]);
    expect(json.at(-2)).toEqual(['json', 0, '{"a":39999}', 40_000, 40_000]);
    expect(json.at(-1)).toEqual([40_000]);
    const rows = Array.from({ length: 40_000 }, (_, i) => `s-${i},${i}`);
    const csv = await scanned([file(`${blank}a,b\r\n${rows.join('\r\n')}\r\n`)], true);
    expect(csv.slice(0, 2)).toEqual([
      ['header', 0, ['a', 'b']],
      ['csv', 0, ['s-0', '0'], 1, 1],
    ]);
    expect(csv.at(-1)).toEqual([40_000]);
  });

  it('USG-7: without JSON lines read (reconcile, tie-out), the same file is CSV: its first line the header', async () => {
    const json = file('{"a":1}\n{"a":2}\n');
    const [header, ...rest] = await scanned([json], false);
    expect((header as unknown[])[0]).toBe('header');
    expect((header as unknown[])[2]).not.toEqual([]);
    expect(rest.at(-1)).toEqual([1]);
  });

  it('REC-3: a sink told of each piece learns its bytes read and records so far, and the scan takes no record of the next piece before the promise it gave settles', async () => {
    // three pieces at least: the scan reads 256 KiB at a time
    const rows = Array.from({ length: 12_000 }, (_, i) => `s-${i},${'x'.repeat(50)}\r\n`);
    const path = file(`SubscriptionId,Note\r\n${rows.join('')}`);
    const pieces: [number, number][] = [];
    let waiting = false;
    let during = 0;
    const counts = await scanFiles([path], '--file', {
      header() {},
      record() {
        if (waiting) during++;
      },
      piece(index, bytesRead, records) {
        expect(index).toBe(0);
        pieces.push([bytesRead, records]);
        waiting = true;
        return new Promise<void>((resolve) =>
          setImmediate(() => {
            waiting = false;
            resolve();
          }),
        );
      },
    });
    expect(counts).toEqual([12_000]);
    expect(during).toBe(0);
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    expect(pieces.at(-1)?.[0]).toBe(statSync(path).size);
    for (let i = 1; i < pieces.length; i++) {
      expect(pieces[i]?.[0]).toBeGreaterThan(pieces[i - 1]?.[0] ?? 0);
      expect(pieces[i]?.[1]).toBeGreaterThanOrEqual(pieces[i - 1]?.[1] ?? 0);
    }
  });

  it('REC-3: a sink that reads one cell has the header whole and, of each row after it, that cell alone', async () => {
    const path = file('a,b,SubscriptionId,d\r\n1,"2,2",s-1,4\r\n5,6,"s-""2""",8\r\n');
    const seen: unknown[] = [];
    await scanFiles([path], '--file', {
      only: 2,
      header: (_, names) => void seen.push(names),
      record(_, record) {
        if (record.kind === 'csv') seen.push([record.row.cell(0), record.row.cell(2)]);
      },
    });
    expect(seen).toEqual([
      ['a', 'b', 'SubscriptionId', 'd'],
      [undefined, 's-1'],
      [undefined, 's-"2"'],
    ]);
  });

  it('REC-3: a file its command opened already is read from the text handed over, not opened again', async () => {
    const given = file(gzipSync('a\r\nopened\r\n'));
    const named = file('a\r\nnamed\r\n');
    const seen: unknown[] = [];
    await scanFiles(
      [named],
      '--file',
      {
        header() {},
        record(_, record) {
          if (record.kind === 'csv') seen.push(record.row.cell(0));
        },
      },
      false,
      () => fileText(given, '--file'),
    );
    expect(seen).toEqual(['opened']);
  });

  describe('properties', () => {
    test.prop([
      fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 1, maxLength: 6 }),
      fc.integer({ min: 1, max: 3000 }),
    ])(
      'REC-3: a sink that waits on every piece sees the same records in the same places as one that does not',
      async (cells, repeat) => {
        const line = cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',');
        const path = file(
          `${cells.map((_, i) => `c${i}`).join(',')}\n${`${line}\n`.repeat(repeat)}`,
        );
        const run = async (wait: boolean): Promise<unknown[]> => {
          const seen: unknown[] = [];
          await scanFiles([path], '--file', {
            header() {},
            record(_, record, place) {
              seen.push([record.kind === 'csv' ? record.row.raw().toString('utf8') : '', place]);
            },
            piece: () => (wait ? new Promise<void>((resolve) => setImmediate(resolve)) : undefined),
          });
          return seen;
        };
        expect(await run(true)).toEqual(await run(false));
      },
    );
  });

  it('REC-3: a record’s wait that fails, left behind when the next record throws first, rejects the scan with the throw and leaves no unhandled rejection', async () => {
    const csv = file('a\r\n1\r\n2\r\n3\r\n');
    let records = 0;
    const scan = scanFiles([csv], '--file', {
      header: () => undefined,
      record() {
        records++;
        if (records === 1) return Promise.reject(new Error('worker 1 of 2 stopped'));
        throw new Error('worker 1 of 2 stopped, said again');
      },
    });
    await expect(scan).rejects.toThrow('said again');
    // a turn of the event loop: an unhandled rejection would be reported by now and fail the run
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(records).toBe(2);
  });
});
