import { jsonCell } from '../scan/jsonCell.ts';

/**
 * An item of the list beside the rows (`EngineJob.items`) as a row crosses to a worker or waits
 * in a spill file: two quoted cells, its text and its key (empty for none), read back by the CSV
 * scan unchanged.
 *
 * @param text - The item's text.
 * @param key - Its key.
 * @returns The row's bytes, without its line feed.
 */
export function itemCells(text: string, key: string | undefined): Buffer {
  return Buffer.concat([jsonCell(text), Buffer.of(44), jsonCell(key ?? '')]);
}
