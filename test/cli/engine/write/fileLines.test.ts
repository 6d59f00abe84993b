import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fileLines } from '../../../_private.ts';
import { scratch } from '../../_scratch.ts';

const folder = scratch('file-lines-');

/** A line of text, or bytes from the middle of a chunk of them. */
type Write =
  | { readonly kind: 'line'; readonly text: string }
  | {
      readonly kind: 'bytes';
      readonly chunk: Uint8Array;
      readonly start: number;
      readonly end: number;
    };

const write: fc.Arbitrary<Write> = fc.oneof(
  // any UTF-16, lone surrogates too (written as U+FFFD, as Node writes a string)
  fc.string({ unit: 'binary', maxLength: 40 }).map((text) => ({ kind: 'line' as const, text })),
  fc.uint8Array({ maxLength: 40 }).chain((chunk) =>
    fc.tuple(fc.nat(chunk.length), fc.nat(chunk.length)).map(([a, b]) => ({
      kind: 'bytes' as const,
      chunk,
      start: Math.min(a, b),
      end: Math.max(a, b),
    })),
  ),
);

/** What the writes should leave in the file. */
function expected(writes: readonly Write[]): Buffer {
  return Buffer.concat(
    writes.map((w) =>
      w.kind === 'line'
        ? Buffer.from(`${w.text}\n`)
        : Buffer.from(w.chunk.subarray(w.start, w.end)),
    ),
  );
}

/** The writes made to a fresh file, and what it holds once closed. */
function written(writes: readonly Write[]): Buffer {
  const path = folder.path('out.txt');
  const sink = fileLines(path);
  for (const w of writes)
    if (w.kind === 'line') sink.line(w.text);
    else sink.bytes(w.chunk, w.start, w.end);
  sink.close();
  return readFileSync(path);
}

describe('fileLines', () => {
  test.prop([fc.array(write, { maxLength: 30 })])(
    'USG-7 property: lines and bytes in any order are the file’s bytes, each line UTF-8 and a line break, the bytes as given',
    (writes) => {
      expect(written(writes).equals(expected(writes))).toBe(true);
    },
  );

  it('USG-7: texts and bytes past the megabyte gathered at once, before and after small ones, are written whole and in order', () => {
    const mega = 1 << 20;
    const big = Buffer.alloc(mega + 3, 0x61);
    big[0] = 0x62;
    big[big.length - 1] = 0x63;
    const writes: Write[] = [
      { kind: 'line', text: 'first' },
      { kind: 'bytes', chunk: big, start: 1, end: big.length },
      // a text whose UTF-8 is past the megabyte (three bytes a character), and one just within
      { kind: 'line', text: '’'.repeat(mega / 3 + 1) },
      { kind: 'line', text: 'é'.repeat(mega / 2 - 1) },
      { kind: 'bytes', chunk: big, start: 0, end: mega - 1 },
      { kind: 'bytes', chunk: big, start: 0, end: 2 },
      { kind: 'line', text: 'last' },
    ];
    const file = written(writes);
    expect(file.length).toBe(expected(writes).length);
    expect(file.equals(expected(writes))).toBe(true);
  });

  it('USG-7: a file that cannot be written is named after --out, with the system’s code', () => {
    expect(() => fileLines(folder.path('no/such/folder.json'))).toThrow(
      /^--out: cannot write .*no\/such\/folder\.json \(ENOENT\)$/,
    );
  });
});
