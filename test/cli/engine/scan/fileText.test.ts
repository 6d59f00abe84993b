import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileText, UsageError } from '../../../_private.ts';
import { scratch } from '../../_scratch.ts';
import { all } from '../../reconcile/_pieces.ts';

const { dir, named: file } = scratch('file-text-');
async function textOf(path: string): Promise<{ text: string; gzip: boolean }> {
  const read = fileText(path, '--file');
  return { text: (await all(read.pieces)).join(''), gzip: read.gzip };
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

  describe('properties', () => {
    it('a file reads as the same text, gzip or not', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary' }), async (text) => {
          const plain = await textOf(file('p.csv', text));
          const zipped = await textOf(file('z.csv', gzipSync(text)));
          expect(zipped.text).toBe(plain.text);
          expect(plain.text).toBe(text.replace(/^\uFEFF/, ''));
        }),
        { numRuns: 30 },
      );
    });
  });
});
