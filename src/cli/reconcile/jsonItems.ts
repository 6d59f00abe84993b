import { UsageError } from '../UsageError.ts';

const BACKSLASH = 92;
const SPACE = 32;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const COMMA = 44;

/** Whether the quote at `at` closes its string: an even number of backslashes before it. */
function closes(text: string, at: number): boolean {
  let i = at - 1;
  while (text.charCodeAt(i) === BACKSLASH) i--;
  return (at - 1 - i) % 2 === 0;
}

/**
 * The items of a list of resources, one at a time, from text in pieces: a JSON array (`[...]`),
 * the `value` array of an object (`{ "value": [...], "totalCount": … }`) or the `items` array of
 * Partner Center's collection (`{ "totalCount": …, "items": [...], "links": …, "attributes": … }`),
 * or JSON objects one after another (JSON lines, or a file of one resource). Only the item being
 * read is held, so a file of a million resources is read in the memory of one. Text that is not
 * JSON, or holds no such list, is a UsageError naming `flag`.
 *
 * @param pieces - The file's text.
 * @param flag - The command-line flag that named the file, for errors.
 * @returns The items, parsed, in batches (those each piece completes: one promise a batch, not
 *   an item, as a million resources go through several generators).
 */
export async function* jsonItems(
  pieces: AsyncIterable<string>,
  flag: string,
): AsyncGenerator<unknown[]> {
  const bad = (why: string): UsageError =>
    new UsageError(
      `${flag}: ${why}; expected a JSON array of Subscription resources, { "value": [ … ] }, { "items": [ … ] } or one resource a line`,
    );
  /** The depth the items are at (1 in a bare array, 2 in `{ value }`), -1 outside the array. */
  let itemDepth = -1;
  let found = false;
  let depth = 0;
  let done = false;
  let inString = false;
  let stringStart = -1;
  /** The last string closed at depth 1 of a top-level object: the key of what follows it. */
  let key = '';
  let text = '';
  /** Where the item being read starts in `text`, -1 between items. */
  let start = -1;
  /** Where a top-level object starts while it is not known to hold the list: it may be a resource. */
  let objectStart = -1;
  /** Whether the text is objects one after another (JSON lines). */
  let lines = false;
  let count = 0;
  for await (const piece of pieces) {
    let i = text.length;
    text += piece;
    const items: string[] = [];
    while (i < text.length) {
      if (inString) {
        let end = text.indexOf('"', i);
        while (end !== -1 && !closes(text, end)) end = text.indexOf('"', end + 1);
        if (end === -1) break;
        inString = false;
        if (depth === 1 && !found) key = text.slice(stringStart + 1, end);
        i = end + 1;
        continue;
      }
      // strings are most of the text and skipped whole; what lies between them is read by character
      const quote = text.indexOf('"', i);
      const gapEnd = quote === -1 ? text.length : quote;
      for (; i < gapEnd; i++) {
        const c = text.charCodeAt(i);
        if (c <= SPACE) continue;
        if (done) throw bad('more than one JSON value');
        if (depth === itemDepth && start === -1 && c !== COMMA && c !== CLOSE_ARRAY) start = i;
        if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
          if (
            !found &&
            !lines &&
            c === OPEN_ARRAY &&
            (depth === 0 || (depth === 1 && (key === 'value' || key === 'items')))
          ) {
            itemDepth = depth + 1;
            found = true;
            objectStart = -1;
          }
          if (depth === 0 && c === OPEN_OBJECT && !found) objectStart = i;
          if (depth === 0 && c === OPEN_ARRAY && lines) throw bad('an array after a resource');
          depth++;
        } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
          depth--;
          if (depth < 0) throw bad('a closing bracket without its opening one');
          if (depth === itemDepth - 1) {
            if (start !== -1) items.push(text.slice(start, i));
            start = -1;
            itemDepth = -1;
          }
          if (depth === 0 && objectStart !== -1) {
            // a top-level object without the list: a resource of its own, maybe the first of lines
            items.push(text.slice(objectStart, i + 1));
            objectStart = -1;
            lines = true;
          } else done = depth === 0;
        } else if (c === COMMA && depth === itemDepth) {
          if (start === -1) throw bad(`item ${count + items.length + 1} is empty`);
          items.push(text.slice(start, i));
          start = -1;
        } else if (depth === 0) throw bad('not JSON');
      }
      if (quote === -1) break;
      if (done) throw bad('more than one JSON value');
      if (depth === 0) throw bad('no array of resources found');
      if (depth === itemDepth && start === -1) start = quote;
      inString = true;
      stringStart = quote;
      i = quote + 1;
    }
    // keep the item being read, or the string being read (it may be the key), and nothing else
    const keep =
      objectStart !== -1
        ? objectStart
        : start !== -1
          ? start
          : inString
            ? stringStart
            : text.length;
    if (start !== -1) start -= keep;
    if (objectStart !== -1) objectStart -= keep;
    if (inString) stringStart -= keep;
    text = text.slice(keep);
    const parsed: unknown[] = [];
    for (const item of items) {
      count++;
      try {
        parsed.push(JSON.parse(item));
      } catch (error) {
        throw bad(`item ${count} is not valid JSON (${(error as Error).message})`);
      }
    }
    if (parsed.length > 0) yield parsed;
  }
  if (depth !== 0 || inString || (!done && found)) throw bad('the JSON ends before it closes');
  if (!found && !lines) throw bad('no array of resources found');
}
