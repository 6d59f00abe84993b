import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockRows, quoteSeek, rowEnd } from '../../../_private.ts';

/** CSV text of the characters that decide a row's end: quotes, commas, CR, LF, text. */
const csvText = fc
  .array(fc.constantFrom('a', 'é', ',', '"', '""', '\r', '\n', '\r\n', '"x"', ',"', '",', '"\n'), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

/** A text's bytes cut into blocks at the given lengths, each cut behind the carry of the one before. */
function chain(
  bytes: Buffer,
  cuts: readonly number[],
  part?: number,
  seam?: number,
): { rows: Buffer; records: number; tail: Buffer } {
  const rows: Buffer[] = [];
  let records = 0;
  let carry: Buffer = Buffer.alloc(0);
  let at = 0;
  const blocks: Buffer[] = [];
  for (const size of cuts) {
    if (at >= bytes.length) break;
    blocks.push(bytes.subarray(at, at + size));
    at += size;
  }
  if (at < bytes.length) blocks.push(bytes.subarray(at));
  for (const block of blocks) {
    const cut = blockRows(carry, Buffer.from(block), part, seam);
    for (const part of cut.parts) if (part.kind === 'rows') rows.push(Buffer.from(part.bytes));
    records += cut.records;
    carry = Buffer.from(cut.tail);
  }
  return { rows: Buffer.concat(rows), records, tail: carry };
}

describe('blockRows', () => {
  it('REC-3 property: a block cut behind a carry is not copied — its parts but the carried row are views of its buffer, handed back once they are read — unless the block does not end the carried row; a copy shares no memory with it', () => {
    fc.assert(
      fc.property(
        csvText,
        csvText.filter((text) => text.length > 0),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 8 }),
        (carried, text, part, seam) => {
          const carry = Buffer.from(`x${carried}`);
          // a block in a buffer of its own, as the reader hands it over (never Node's pool)
          const block = Buffer.alloc(Buffer.byteLength(text));
          block.write(text);
          const cut = blockRows(carry, block, part, seam);
          const memory = block.buffer;
          const rows = cut.parts.filter((piece) => piece.kind === 'rows');
          if (cut.copied) {
            for (const piece of rows) expect(piece.bytes.buffer).not.toBe(memory);
            expect(cut.tail.buffer).not.toBe(memory);
          } else {
            // the carried row in a seam of its own, every other part and the tail in the block
            const [first, ...others] = rows;
            expect(first?.bytes.buffer).not.toBe(memory);
            expect(first?.bytes.subarray(0, carry.length).equals(carry)).toBe(true);
            for (const piece of others) expect(piece.bytes.buffer).toBe(memory);
            expect(cut.tail.buffer).toBe(memory);
          }
          // copied, the rows read the same once the block's buffer is written over
          const texts = cut.parts.map((piece) =>
            piece.kind === 'rows' ? piece.bytes.toString() : piece.text,
          );
          const tail = cut.tail.toString();
          if (!cut.copied) return;
          block.fill(0x22);
          expect(
            cut.parts.map((piece) => (piece.kind === 'rows' ? piece.bytes.toString() : piece.text)),
          ).toEqual(texts);
          expect(cut.tail.toString()).toBe(tail);
        },
      ),
    );
  });

  it('REC-3: a carried row the block ends within its first 64 KiB is cut from a seam of those bytes; the block is cut where it lies', () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `${i},${'y'.repeat(i % 50)}\n`).join('');
    const block = Buffer.from(`b",2\n${rows}`);
    const cut = blockRows(Buffer.from('1,"a\n'), block);
    expect(cut.copied).toBe(false);
    const [first, second] = cut.parts;
    expect(first).toEqual({ kind: 'rows', bytes: Buffer.from('1,"a\nb",2\n'), rows: 1 });
    expect(second?.kind === 'rows' && second.bytes.buffer).toBe(block.buffer);
    expect(cut.records).toBe(4001);
    // a carried row still open at the block's end: the block copied behind the carry, as one
    const open = blockRows(Buffer.from('1,"a\n'), Buffer.from('no end yet'));
    expect(open.copied).toBe(true);
    expect(open.tail.toString()).toBe('1,"a\nno end yet');
  });

  it('REC-3 property: the cut loses and repeats no byte — the blocks’ rows, then the last tail, are the text, whatever the blocks’ bounds and parts’ size', () => {
    fc.assert(
      fc.property(
        csvText,
        fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 40 }),
        (text, cuts, part) => {
          const bytes = Buffer.from(text, 'utf8');
          const { rows, tail } = chain(bytes, cuts, part);
          expect(Buffer.concat([rows, tail]).equals(bytes)).toBe(true);
        },
      ),
    );
  });

  it('REC-3 property: blocks cut anywhere, in parts of any size, behind seams of any size, end their rows where one block of the whole text does — the same rows, records and tail', () => {
    fc.assert(
      fc.property(
        csvText,
        fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 6 }),
        (text, cuts, part, seam) => {
          const bytes = Buffer.from(text, 'utf8');
          const whole = chain(bytes, []);
          const split = chain(bytes, cuts, part, seam);
          expect(split.rows.equals(whole.rows)).toBe(true);
          expect(split.records).toBe(whole.records);
          expect(split.tail.equals(whole.tail)).toBe(true);
        },
      ),
    );
  });

  it('REC-3: parts gather whole rows up to their size, counted each', () => {
    const cut = blockRows(Buffer.alloc(0), Buffer.from('1,2\n3,4\n5,6\n7'), 8);
    expect(cut.parts).toEqual([
      { kind: 'rows', bytes: Buffer.from('1,2\n3,4\n'), rows: 2 },
      { kind: 'rows', bytes: Buffer.from('5,6\n'), rows: 1 },
    ]);
    expect(cut.tail.toString()).toBe('7');
  });

  it('REC-3: a carry that starts a quoted row is read before the block: the row ends in the block, counted once', () => {
    const cut = blockRows(Buffer.from('1,"a\n'), Buffer.from('b",2\n3,4\n5,"'));
    // a block shorter than the seam is copied whole behind the carry
    expect(cut.copied).toBe(true);
    expect(cut.parts).toEqual([{ kind: 'rows', bytes: Buffer.from('1,"a\nb",2\n3,4\n'), rows: 2 }]);
    expect(cut.records).toBe(2);
    expect(cut.tail.toString()).toBe('5,"');
  });

  it('REC-3: a quote left open past a megabyte is one unclosed record at its first line, the rows after it cut on', () => {
    const open = `3,"open\n${'x'.repeat(1_100_000)}\n4,5\n`;
    const cut = blockRows(Buffer.from('1,2\n'), Buffer.from(open), 1 << 22);
    expect(cut.parts.map((part) => (part.kind === 'rows' ? part.rows : part.text))).toEqual([
      1,
      '3,"open',
      2,
    ]);
    expect(cut.records).toBe(4);
    expect(cut.tail.length).toBe(0);
  });

  it('REC-3 property: rows read in order with one search for quotes kept between them end where each row’s own search ends them', () => {
    fc.assert(
      fc.property(
        csvText,
        fc.array(fc.constantFrom('a,b', 'c', '"q"'), { maxLength: 30 }),
        (text, plain) => {
          // quoted rows, then rows without a quote: the search kept must not miss a quote behind it
          const bytes = Buffer.from(`${text}\n${plain.join('\n')}\n${text}`);
          const seek = quoteSeek();
          let row = 0;
          for (;;) {
            const alone = rowEnd(bytes, row);
            expect(rowEnd(bytes, row, seek)).toBe(alone);
            if (alone < 0) break;
            row = alone;
          }
        },
      ),
    );
  });

  it('REC-3: a block of rows without a quote is cut whole, each row counted once', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `row ${i},${'x'.repeat(i % 97)}\r\n`);
    const cut = blockRows(Buffer.alloc(0), Buffer.from(rows.join('')));
    expect(cut.records).toBe(2000);
    expect(cut.tail.length).toBe(0);
  });
});
