import type { RecordPlace } from '../EngineJob.ts';
import { fileText } from './fileText.ts';
import { itemId } from './itemId.ts';
import { jsonItemTexts } from './jsonItemTexts.ts';

/** One item of a list of JSON items, as its text, with its id when its text makes it certain. */
export interface ItemText {
  /** Its text, decoded (when first asked for). */
  readonly text: string;
  /** Its bytes, as the list writes them. */
  readonly bytes: Buffer;
  /**
   * Its key: its top-level `id` as {@link itemId} reads it, else as the caller's `key` reads the
   * text; `undefined`: of no key.
   */
  readonly key: string | undefined;
  /** Where it is: its file, its number in that file and across the files, from 1. */
  readonly place: RecordPlace;
  /** Its file's index among the files, from 0. */
  readonly file: number;
}

/** The items a piece of a list completes, and how far into the list the reading is. */
export interface ItemBatch {
  /** The items, in the list's order. */
  readonly items: readonly ItemText[];
  /** The list's bytes read so far, every file before this one's too (compressed bytes for gzip). */
  readonly bytesRead: number;
}

/** An item of a list: its text decoded and its key read when first asked for. */
class ListItem implements ItemText {
  readonly bytes: Buffer;
  readonly place: RecordPlace;
  readonly file: number;
  readonly #id: string | undefined;
  readonly #keyOf: (text: string, place: RecordPlace) => string | undefined;
  #text: string | undefined;
  #key: { readonly key: string | undefined } | undefined;

  constructor(
    bytes: Buffer,
    id: string | undefined,
    place: RecordPlace,
    file: number,
    keyOf: (text: string, place: RecordPlace) => string | undefined,
  ) {
    this.bytes = bytes;
    this.#id = id;
    this.place = place;
    this.file = file;
    this.#keyOf = keyOf;
  }

  get text(): string {
    this.#text ??= this.bytes.toString('utf8');
    return this.#text;
  }

  get key(): string | undefined {
    this.#key ??= { key: this.#id ?? itemId(this.bytes) ?? this.#keyOf(this.text, this.place) };
    return this.#key.key;
  }
}

/**
 * The items of the files of a list of JSON items (REC-3: `--subscriptions`), one file after the
 * other, each as its text with its key: its id read without parsing it ({@link jsonItemTexts},
 * {@link itemId}), or where the text leaves it uncertain, as the caller reads it — an array,
 * `{ value }`, `{ items }` or JSON lines, gzipped or not — for the engine to hand each to the
 * share its id hashes to, parsed there. They come in batches (what each piece of a file
 * completes), so a list of a million items is not a million turns of the event loop; an item's
 * text is decoded and its key read only when asked for, in the list's order as its caller asks.
 * A file's errors name `flag`, and the file too when there are several.
 *
 * @param files - The files, in order.
 * @param flag - The flag naming them (`--subscriptions`).
 * @param key - The key of an item whose id its text leaves uncertain (by parsing it).
 * @returns The items, in the files' order, a batch at a time with the list's bytes read so far.
 * @throws {UsageError} When a file cannot be read or holds no list of items, or (when an item's
 *   key is asked for) as `key` throws.
 */
export async function* itemTexts(
  files: readonly string[],
  flag: string,
  key: (text: string, place: RecordPlace) => string | undefined,
): AsyncGenerator<ItemBatch> {
  let at = 0;
  // the bytes of the files read before
  let before = 0;
  for (const [index, file] of files.entries()) {
    const named = files.length === 1 ? flag : `${flag} ${file}`;
    let row = 0;
    const text = fileText(file, named);
    for await (const { texts, ids } of jsonItemTexts(text.bytes, named)) {
      const items: ItemText[] = [];
      for (let k = 0; k < texts.length; k++) {
        const place = { file, row: ++row, at: ++at };
        items.push(new ListItem(texts[k] as Buffer, ids[k], place, index, key));
      }
      if (items.length > 0) yield { items, bytesRead: before + text.bytesRead() };
    }
    before += text.bytesRead();
  }
}
