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
}

/**
 * The worker's row cut (USG-7, REC-3 `--workers`): a block of a CSV file's bytes after its header,
 * behind the bytes the block before left open (its `tail`, which starts a row), cut into whole
 * rows without reading a cell — each row's end found as `csvScan` finds it, a row whose quotes are
 * still open past a megabyte cut at its first line break, as the scan cuts it — so that the blocks'
 * parts, one block after another, are the file's rows, whatever the blocks' bounds. What is left
 * (a row not ended yet) is the next block's carry; after the file's last block, the file's end.
 *
 * @param carry - The bytes the block before left open (empty for a file's first block).
 * @param block - The block's bytes.
 * @param part - The bytes of rows a part gathers before the next begins (256 KiB unless given).
 * @returns The parts, how many records they hold, and the tail.
 */
export function blockRows(carry: Buffer, block: Buffer, part: number = PART): BlockCut {
  const bytes = carry.length === 0 ? block : Buffer.concat([carry, block]);
  const parts: BlockPart[] = [];
  let records = 0;
  let row = 0;
  let from = 0;
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
  return { parts, records, tail: bytes.subarray(row) };
}
