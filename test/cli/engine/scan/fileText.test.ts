import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileText, formOf, rangeBytes, UsageError } from '../../../_private.ts';
import { scratch } from '../../_scratch.ts';
import { all } from '../../reconcile/_pieces.ts';

const { dir, named: file } = scratch('file-text-');
async function textOf(path: string, reuse = false): Promise<{ text: string; gzip: boolean }> {
  const read = fileText(path, '--file', reuse);
  return { text: (await all(read.pieces)).join(''), gzip: read.gzip };
}

/** A file's bytes as `fileText` hands them over, each piece copied as it comes; and the count read. */
async function bytesOf(path: string, reuse: boolean): Promise<{ bytes: Buffer; read: number }> {
  const read = fileText(path, '--file', reuse);
  const pieces: Buffer[] = [];
  for await (const piece of read.bytes) pieces.push(Buffer.from(piece));
  return { bytes: Buffer.concat(pieces), read: read.bytesRead() };
}
async function errorOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

const CSV = 'ChargeType,Subtotal\r\nnew,125.00\r\n';

describe('fileText', () => {
  it('REC-3: gzip is told by its first bytes (1f 8b), not by its name', async () => {
    expect(await textOf(file('recon.csv', gzipSync(CSV)))).toEqual({ text: CSV, gzip: true });
    expect(await textOf(file('recon.csv.gz', gzipSync(CSV)))).toEqual({ text: CSV, gzip: true });
    expect(await textOf(file('recon', gzipSync(CSV)))).toEqual({ text: CSV, gzip: true });
    expect(await textOf(file('plain.csv.gz', CSV))).toEqual({ text: CSV, gzip: false });
  });

  it('REC-3: UTF-8 with or without a byte-order mark reads the same', async () => {
    expect((await textOf(file('bom.csv', `\uFEFF${CSV}`))).text).toBe(CSV);
    expect((await textOf(file('bom.csv.gz', gzipSync(`\uFEFF${CSV}`)))).text).toBe(CSV);
    expect((await textOf(file('no-bom.csv', CSV))).text).toBe(CSV);
    expect((await textOf(file('empty.csv', ''))).text).toBe('');
    expect((await textOf(file('one-byte.csv', '\x1f'))).text).toBe('\x1f');
  });

  it('REC-3: the byte-order mark dropped is said, so that a plain file’s bytes can be found again by where they lie (3 with one, 0 without, 0 before any byte is read)', async () => {
    for (const [name, text, dropped] of [
      ['bom.csv', `\uFEFF${CSV}`, 3],
      ['no-bom.csv', CSV, 0],
      ['empty.csv', '', 0],
    ] as const)
      for (const reuse of [false, true]) {
        const read = fileText(file(name, text), '--file', reuse);
        expect(read.dropped()).toBe(0);
        const bytes = Buffer.concat(await all(read.bytes));
        expect(read.dropped()).toBe(dropped);
        expect(bytes.equals(readFileSync(join(dir, name)).subarray(dropped))).toBe(true);
      }
  });

  it('REC-3: a reader of the form’s bytes that stops after the first piece stops the file’s reading (its handle closed, nothing left open)', async () => {
    const path = file('many.csv', `Id\n${'1\n'.repeat(1 << 19)}`);
    const read = fileText(path, '--file', true);
    const form = await formOf(read.bytes);
    for await (const piece of form.bytes) if (piece.length > 0) break;
    // the file's own reading was ended (its handle closed), not left waiting at its next piece
    expect(await read.bytes[Symbol.asyncIterator]().next()).toEqual({
      done: true,
      value: undefined,
    });
    expect(read.bytesRead()).toBeLessThan(1 << 20);
    const again = await all(fileText(path, '--file', true).bytes);
    expect(Buffer.concat(again).length).toBe(3 + (1 << 20));
  });

  it('REC-3: a range of a file is read at its offset, into the buffer given when it has room (else one of its own); a file shorter than the range names itself', () => {
    const path = file('range.csv', 'abcdefghij');
    const into = Buffer.alloc(8);
    const got = rangeBytes(path, 2, 5, into);
    expect(got.toString()).toBe('cdefg');
    expect(got.buffer).toBe(into.buffer);
    expect(got.byteOffset).toBe(0);
    const own = rangeBytes(path, 0, 10, into);
    expect(own.toString()).toBe('abcdefghij');
    expect(own.buffer).not.toBe(into.buffer);
    expect(rangeBytes(path, 10, 0).length).toBe(0);
    expect(() => rangeBytes(path, 8, 5)).toThrow(
      `${path} holds 10 bytes, fewer than the 13 it held when the run began: it changed while it was read`,
    );
  });

  it('REC-3: a character split across the reader’s chunks is read whole', async () => {
    const text = `${'x'.repeat((1 << 20) - 1)}é€😀\n`;
    expect((await textOf(file('wide.csv', text))).text).toBe(text);
  });

  it('ERR-2: a file that cannot be read, or gzip that does not inflate, names the flag', async () => {
    expect(await errorOf(() => textOf(join(dir, 'missing.csv')))).toBe(
      `--file: cannot read ${join(dir, 'missing.csv')} (ENOENT)`,
    );
    const broken = gzipSync(CSV).subarray(0, 12);
    expect(await errorOf(() => textOf(file('broken.csv', broken)))).toMatch(
      /^--file: \S+broken\.csv starts as gzip but does not inflate \(\w+\)$/,
    );
  });

  it('REC-3: read into pieces used again, a file gives the same bytes and text — several pieces long, with a byte-order mark, empty or of one byte — and counts every byte read', async () => {
    const long = `\uFEFF${'SubscriptionId,Note\r\n'}${'s-1,é€😀 note\r\n'.repeat(70_000)}`;
    for (const content of [long, CSV, `\uFEFF${CSV}`, '', '\x1f', 'ab']) {
      const path = file('ring.csv', content);
      const once = await bytesOf(path, false);
      const again = await bytesOf(path, true);
      expect(again.bytes.equals(once.bytes)).toBe(true);
      expect(again.read).toBe(Buffer.byteLength(content));
      expect((await textOf(path, true)).text).toBe(content.replace(/^\uFEFF/, ''));
    }
    // gzip is inflated as ever, into pieces of its own
    expect(await textOf(file('ring.csv.gz', gzipSync(long)), true)).toEqual({
      text: long.slice(1),
      gzip: true,
    });
  });

  it('REC-3: read into pieces used again, a piece handed over stays as it is until the piece after the next is asked for; a reader that stops early stops the reading', async () => {
    // eleven pieces of 256 KiB and a short one, each byte telling its piece
    const piece = 1 << 18;
    const content = Buffer.alloc(piece * 11 + 1000);
    for (let k = 0; k * piece < content.length; k++)
      content.fill(65 + k, k * piece, Math.min(content.length, (k + 1) * piece));
    const path = file('pieces.csv', content);
    const held: { view: Buffer; copy: Buffer }[] = [];
    for await (const view of fileText(path, '--file', true).bytes) {
      held.push({ view, copy: Buffer.from(view) });
      // the piece before this one is still as it was handed over
      const before = held.at(-2);
      if (before !== undefined) expect(before.view.equals(before.copy)).toBe(true);
    }
    expect(held.map(({ copy }) => copy.length)).toEqual([...Array(11).fill(piece), 1000]);
    expect(Buffer.concat(held.map(({ copy }) => copy)).equals(content)).toBe(true);
    // broken off after one piece: no failure, and the file can be read again at once
    for await (const _ of fileText(path, '--file', true).bytes) break;
    expect((await bytesOf(path, true)).bytes.equals(content)).toBe(true);
  });

  describe('properties', () => {
    it('a file reads as the same text, gzip or not, into pieces used again or not', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary' }), async (text) => {
          const plain = await textOf(file('p.csv', text));
          const zipped = await textOf(file('z.csv', gzipSync(text)));
          const reused = await textOf(file('r.csv', text), true);
          expect(zipped.text).toBe(plain.text);
          expect(reused.text).toBe(plain.text);
          expect(plain.text).toBe(text.replace(/^\uFEFF/, ''));
        }),
        { numRuns: 30 },
      );
    });
  });
});
