import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockRows, csvScan, cutRows } from '../../../_private.ts';
import { bytesOf } from '../../reconcile/_pieces.ts';

type Read = ['header', string[]] | ['row', string[]] | ['unclosed', string];

const cells = (row: { length: number; cell(i: number): string | undefined }): string[] =>
  Array.from({ length: row.length }, (_, i) => row.cell(i) ?? '');

async function* one(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

/** What the file's own scan reads of a text in pieces: its first row as the header. */
async function scanned(text: string, cuts: readonly number[]): Promise<Read[]> {
  const read: Read[] = [];
  await csvScan(bytesOf(text, cuts), {
    row: (row) =>
      read.push([read.some(([kind]) => kind === 'header') ? 'row' : 'header', cells(row)]),
    unclosed: (line) => read.push(['unclosed', line]),
    piece() {},
  });
  if (!read.some(([kind]) => kind === 'header')) read.push(['header', []]);
  return read;
}

/**
 * What the cut reads: its header and records, and its blocks cut into rows as the workers cut
 * them — each behind what the block before left open — each part read by a scan of its own.
 */
async function cutRead(
  text: string,
  cuts: readonly number[],
  size: number,
  reuse = false,
  ranged = false,
): Promise<{ read: Read[]; counted: boolean; own: boolean; blocks: number; handed: number }> {
  // with `reuse`, each block cut behind a carry hands its buffer back, written over, for a later block
  const spares: ArrayBuffer[] = [];
  const read: Read[] = [];
  let counted = true;
  let own = true;
  let headerSaid = false;
  let carry: Buffer = Buffer.alloc(0);
  let blocks = 0;
  /** The blocks the cut handed on itself (none when the sink reads the rest). */
  let handed = 0;
  /** A block cut behind the one before's carry, its parts read as a worker reads them. */
  const take = async (bytes: Buffer): Promise<void> => {
    own &&= bytes.byteOffset === 0;
    blocks++;
    const cut = blockRows(carry, bytes);
    if (reuse && carry.length > 0) {
      bytes.fill(0x22);
      spares.push(bytes.buffer as ArrayBuffer);
    }
    carry = Buffer.from(cut.tail);
    let records = 0;
    for (const part of cut.parts) {
      if (part.kind === 'unclosed') {
        records++;
        read.push(['unclosed', part.text]);
        continue;
      }
      let n = 0;
      await csvScan(one(part.bytes), {
        row(row) {
          n++;
          read.push(['row', cells(row)]);
        },
        unclosed: (line) => read.push(['unclosed', `a part left quotes open: ${line}`]),
        piece() {},
      });
      counted &&= n === part.rows;
      records += n;
    }
    counted &&= records === cut.records;
  };
  await cutRows(
    bytesOf(text, cuts),
    {
      header(names) {
        // said once; a record before it (an unclosed first row) comes before it, as in the scan
        headerSaid = true;
        read.push(['header', [...names]]);
      },
      async block(bytes) {
        handed++;
        await take(bytes);
      },
      // the rest read from the text's bytes by where each block lies, as a worker reads its file
      ...(ranged
        ? {
            async rest(offset: number) {
              const all = Buffer.from(text);
              for (let start = offset; start < all.length; start += size)
                await take(Buffer.from(all.subarray(start, start + size)));
            },
          }
        : {}),
      end: () => carry,
      ...(reuse
        ? {
            buffer: (least: number) => {
              const spare = spares.pop();
              return spare !== undefined && spare.byteLength >= least
                ? Buffer.from(spare)
                : Buffer.alloc(least);
            },
          }
        : {}),
      record(record) {
        if (record.kind === 'unclosed') read.push(['unclosed', record.text]);
        else read.push([headerSaid ? 'row' : 'header', cells(record.row)]);
      },
    },
    size,
  );
  return { read, counted, own, blocks, handed };
}

/** CSV text of the characters that decide a row's end: quotes, commas, CR, LF, text. */
const csvText = fc
  .array(fc.constantFrom('a', 'é', ',', '"', '""', '\r', '\n', '\r\n', '"x"', ',"', '",', '"\n'), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

/** Where the text is cut into pieces, and the size of a block. */
const cutsArb = fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 12 });
const sizeArb = fc.integer({ min: 1, max: 40 });

describe('cutRows', () => {
  it('REC-3 property: any text, cut into any pieces and blocks of any size, each block cut into rows behind what the one before left open, reads as the file’s own scan reads it — the same header, rows, unclosed rows, in order, each part’s count its scan’s', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, cutsArb, sizeArb, async (text, cuts, size) => {
        const { read, counted, own } = await cutRead(text, cuts, size);
        expect(read).toEqual(await scanned(text, cuts));
        expect(counted).toBe(true);
        expect(own).toBe(true);
      }),
    );
  });

  it('REC-3 property: blocks filled into the buffers of blocks before, handed back written over once cut behind their carry, read as the file’s own scan reads it', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, cutsArb, sizeArb, async (text, cuts, size) => {
        const { read, counted } = await cutRead(text, cuts, size, true);
        expect(read).toEqual(await scanned(text, cuts));
        expect(counted).toBe(true);
      }),
    );
  });

  it('REC-3 property: the rest read by the sink from where each block lies, from the offset the cut says its rows start at, reads as the file’s own scan reads it, none of it handed on by the cut', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, cutsArb, sizeArb, async (text, cuts, size) => {
        const { read, counted, handed } = await cutRead(text, cuts, size, false, true);
        expect(read).toEqual(await scanned(text, cuts));
        expect(counted).toBe(true);
        expect(handed).toBe(0);
      }),
    );
  });

  it('REC-3: the rows’ offset past a header and the empty lines before it (worked: "\n\nId,Name\r\n1,a\n" → 11)', async () => {
    const told: number[] = [];
    await cutRows(bytesOf('\n\nId,Name\r\n1,a\n', [3, 4]), {
      header() {},
      block() {
        throw new Error('no block is handed on');
      },
      async rest(offset) {
        told.push(offset);
      },
      end: () => Buffer.alloc(0),
      record() {},
    });
    expect(told).toEqual([11]);
  });

  it('REC-3: a usage export’s rows (CRLF, quoted JSON with doubled quotes and commas, a byte-order mark already dropped) go out in blocks, cut into whole rows, counted', async () => {
    const row = (n: number): string => `${n},"{""a"":""x, y""}",sub-${n % 3},"two\r\nlines"\r\n`;
    const text = `Id,Tags,SubscriptionId,Note\r\n\r\n${Array.from({ length: 200 }, (_, n) => row(n)).join('')}`;
    const { read, counted, blocks } = await cutRead(text, [1000, 7, 3000], 2048);
    expect(read).toEqual(await scanned(text, [1000, 7, 3000]));
    expect(counted).toBe(true);
    expect(blocks).toBeGreaterThan(1);
    expect(read.filter(([kind]) => kind === 'row')).toHaveLength(200);
  });

  it('REC-3: a quote left open past a megabyte cuts its row at its first line break, as the scan does, and the rows after it are read', async () => {
    const text = `A,B\n1,2\n3,"open\n${'x'.repeat(1_100_000)}\n4,5\n6,7\n`;
    const cuts = Array.from({ length: 6 }, () => 1 << 18);
    const { read, counted } = await cutRead(text, cuts, 1 << 16);
    const expected = await scanned(text, cuts);
    expect(expected).toContainEqual(['unclosed', '3,"open']);
    expect(expected).toContainEqual(['row', ['4', '5']]);
    expect(
      read.length === expected.length &&
        read.every((entry, i) => JSON.stringify(entry) === JSON.stringify(expected[i])),
    ).toBe(true);
    expect(counted).toBe(true);
  });

  it('REC-3: a last row with no line feed, a quote open at the end, and a file of no row', async () => {
    for (const text of [
      'A,B\n1,2',
      'A,B\n1,2\n3,"x\n4',
      '',
      '\r\n\r\n',
      'A,B',
      '"A\nB',
      'A\n""\n\n1\r\n',
    ])
      expect((await cutRead(text, [3], 4)).read).toEqual(await scanned(text, [3]));
  });
});
