import { isAscii } from 'node:buffer';
import { resourceId } from '../../reconciliation/_internal/resourceItems.ts';
import type { ItemTexts, UnreadableItem } from './shardWorkers.ts';
import type { SpilledResource } from './spill.ts';

/** The resources of texts a worker was handed, and the items `JSON.parse` refuses. */
export interface ParsedTexts {
  /** The resources, in their order. */
  readonly resources: SpilledResource[];
  /** The items that are not JSON, in their order, each with what `JSON.parse` says of it. */
  readonly unreadable: UnreadableItem[];
}

/**
 * The resources of texts a worker was handed (REC-3, `--workers`): the array parsed at once by
 * `JSON.parse` (decoded as Latin-1 when it is ASCII, else as UTF-8), or, when it refuses, each
 * item alone, decoded as UTF-8 as the reader of one thread decodes it — so an item that is not
 * JSON is told in the same words (decided: an array `JSON.parse` reads whole is those very items,
 * each one's text holding no comma or bracket outside its own brackets and strings, as the
 * reader cut it). Each text's id was read by the reader without parsing it: an item that parses
 * to no resource with its id is a defect, and throws.
 *
 * @param texts - The texts, as handed over.
 * @returns The resources and the items that are not JSON.
 * @throws Error when an item parses to no resource with its id.
 */
export function parseItemTexts(texts: ItemTexts): ParsedTexts {
  const { ends, places } = texts;
  const bytes = Buffer.from(texts.bytes.buffer, texts.bytes.byteOffset, texts.bytes.byteLength);
  let whole: unknown;
  try {
    whole = JSON.parse(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8'));
  } catch {
    whole = undefined;
  }
  const all = Array.isArray(whole) && whole.length === places.length ? whole : undefined;
  const resources: SpilledResource[] = [];
  const unreadable: UnreadableItem[] = [];
  for (let k = 0; k < places.length; k++) {
    const place = places[k] as number;
    let item: unknown;
    if (all !== undefined) item = all[k];
    else
      try {
        item = JSON.parse(
          bytes.toString('utf8', k === 0 ? 1 : (ends[k - 1] as number) + 1, ends[k]),
        );
      } catch (error) {
        unreadable.push({ place, why: (error as Error).message });
        continue;
      }
    const id = resourceId(item);
    if (id === undefined)
      throw new Error(
        `reconcile worker: the item at place ${place} has no id, though its text showed one`,
      );
    resources.push({
      id,
      resource: item as Readonly<Record<string, unknown>>,
      withLoose: false,
      place,
    });
  }
  return { resources, unreadable };
}
