import type { RecordPlace } from '../EngineJob.ts';
import type { ShareState } from '../group/shareState.ts';
import type { BlockPart } from '../scan/blockRows.ts';
import { csvScan } from '../scan/csvScan.ts';

/** The rows of a part, as one piece. */
async function* one(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

/**
 * A worker reads one part of a block (`blockRows`) into its share: its rows scanned and observed,
 * numbered from the first's place, or the row cut for its open quotes observed as a row of no key.
 *
 * @param share - The worker's share.
 * @param index - The file's index.
 * @param part - The part.
 * @param first - Its first record's place.
 * @throws {Error} When the scan reads another count of rows than the cut counted (a defect).
 */
export async function readPart<Result, Facts>(
  share: ShareState<Result, Facts>,
  index: number,
  part: BlockPart,
  first: RecordPlace,
): Promise<void> {
  if (part.kind === 'unclosed') {
    share.observe(index, part, first);
    return;
  }
  let row = first.row;
  let at = first.at;
  const place = (): RecordPlace => ({ file: first.file, row: row++, at: at++ });
  await csvScan(one(part.bytes), {
    row: (scanned) => share.observe(index, { kind: 'csv', row: scanned }, place()),
    unclosed: (text) => share.observe(index, { kind: 'unclosed', text }, place()),
    piece() {},
  });
  if (row - first.row !== part.rows)
    throw new Error(
      `a block's ${part.rows} rows of ${first.file} from row ${first.row} scanned as ${row - first.row}`,
    );
}
