import { quoteSeek } from './csvPasses.ts';
import { emptyLine, firstLine, LONGEST_ROW, OPEN, rowEnd } from './rowEnd.ts';

/**
 * The bytes of rows a part gathers: a worker reads one part a turn of its event loop, so that a
 * block or a carry that comes meanwhile is cut at once (the next block's worker waits for it).
 */
const PART = 1 << 18;

/** Whole rows of a block, in the file's order: rows to scan, or a row whose quotes stay open. */
export type BlockPart =
  | {
      readonly kind: 'rows';
      /** The rows' bytes as the file writes them (empty lines among them): a view, valid while the block is. */
      readonly bytes: Buffer;
      /** How many rows the scan reads in them (empty lines not counted). */
      readonly rows: number;
    }
  | {
      readonly kind: 'unclosed';
      /** The first line of a row whose quotes stay open past a megabyte: one row of no key. */
      readonly text: string;
    };

/** A block cut into whole rows, and the bytes of the row it leaves open. */
export interface BlockCut {
  /** Its whole rows and rows cut for open quotes, in order. */
  readonly parts: readonly BlockPart[];
  /** How many records the parts hold (the rows, and one for each row cut). */
  readonly records: number;
  /** The bytes from the last row's start that no line feed ends yet: the next block's carry. */
  readonly tail: Buffer;
  /**
   * Whether the rows were cut from a copy of the carry and the whole block, so no part and no
   * tail is a view of the block's buffer: it may go back to the reader at once. Otherwise the
   * parts are views of it (but the carried row's, a copy of its own), and it goes back once they
   * are read.
   */
  readonly copied: boolean;
}

/** The bytes of the block read first behind a carry to end the carried row: 64 KiB, then doubled. */
const SEAM = 1 << 16;

/**
 * The worker's row cut (USG-7, REC-3 `--workers`): a block of a CSV file's bytes after its header,
 * behind the bytes the block before left open (its `tail`, which starts a row), cut into whole
 * rows without reading a cell — each row's end found as `csvScan` finds it, a row whose quotes are
 * still open past a megabyte cut at its first line break, as the scan cuts it — so that the blocks'
 * parts, one block after another, are the file's rows, whatever the blocks' bounds. What is left
 * (a row not ended yet) is the next block's carry; after the file's last block, the file's end.
 *
 * The block is not copied: the carried row is ended in a seam of its own (the carry and the
 * block's first 64 KiB, doubled until the row ends), and the rest of the block is cut where it
 * lies, its parts views of it. Only a carried row that the block does not end short of its last
 * 64 KiB is cut from a copy of the carry and the whole block, as every block behind a carry was.
 *
 * @param carry - The bytes the block before left open (empty for a file's first block).
 * @param block - The block's bytes.
 * @param part - The bytes of rows a part gathers before the next begins (256 KiB unless given).
 * @param seam - The block's bytes first read behind the carry (64 KiB unless given).
 * @returns The parts, how many records they hold, the tail, and whether the block was copied.
 */
export function blockRows(
  carry: Buffer,
  block: Buffer,
  part: number = PART,
  seam: number = SEAM,
): BlockCut {
  if (carry.length === 0) return cutAt(block, 0, undefined, part, false);
  for (let size = Math.max(1, seam); size < block.length; size *= 2) {
    const joined = Buffer.concat([carry, block.subarray(0, size)]);
    // a row end found in the first bytes is the row end in all of them (rowEnd waits otherwise)
    const end = rowEnd(joined, 0);
    if (end > carry.length) {
      const rows = emptyLine(joined, 0, end) ? 0 : 1;
      const first: BlockPart = { kind: 'rows', bytes: joined.subarray(0, end), rows };
      return cutAt(block, end - carry.length, first, part, false);
    }
  }
  return cutAt(Buffer.concat([carry, block]), 0, undefined, part, true);
}

/** {@link blockRows}'s cut of `bytes` from `start` (a row's start), behind the carried row's part. */
function cutAt(
  bytes: Buffer,
  start: number,
  carried: Extract<BlockPart, { kind: 'rows' }> | undefined,
  part: number,
  copied: boolean,
): BlockCut {
  const parts: BlockPart[] = carried === undefined ? [] : [carried];
  let records = carried?.rows ?? 0;
  let row = start;
  let from = start;
  let count = 0;
  // each quote of the block looked for once, however many rows lie between two
  const seek = quoteSeek();
  const gather = (): void => {
    if (row > from) parts.push({ kind: 'rows', bytes: bytes.subarray(from, row), rows: count });
    records += count;
    count = 0;
  };
  for (;;) {
    const end = rowEnd(bytes, row, seek);
    if (end >= 0) {
      if (!emptyLine(bytes, row, end)) count++;
      row = end;
      if (row - from >= part) {
        gather();
        from = row;
      }
      continue;
    }
    // quotes open for too long: the row is cut at its first line break, the rest read again
    const cut = end === OPEN && bytes.length - row > LONGEST_ROW ? bytes.indexOf(10, row) : -1;
    if (cut === -1) break;
    gather();
    parts.push({ kind: 'unclosed', text: firstLine(bytes, row) });
    records++;
    row = from = cut + 1;
  }
  gather();
  return { parts, records, tail: bytes.subarray(row), copied };
}
