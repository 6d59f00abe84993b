const QUOTE = 34;
const BACKSLASH = 92;
const SPACE = 32;
const COMMA = 44;
const COLON = 58;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const I = 105;
const D = 100;
/** The first byte past ASCII: a string holding one is decoded by `JSON.parse`, not here. */
const WIDE = 128;

/** Whether the bytes from `from` to `to` are ASCII. */
function ascii(bytes: Buffer, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if ((bytes[at] as number) >= WIDE) return false;
  return true;
}

/**
 * The id of a resource read from its text without parsing it (REC-3), for the reader to hand the
 * text to the worker the id hashes to: the value of the object's own top-level key `id` (the
 * last, as `JSON.parse` keeps the last of a key written twice), never a nested object's. Only
 * what is certain is given: when the text is an object whose last top-level `id` is a non-empty
 * string of ASCII without an escape, and no top-level key holds an escape (one might spell
 * `id`). Anything else — no such key, an id that is not a string, is empty, holds an escape or a
 * character past ASCII, a key with an escape, text that is not an object or ends before it
 * closes — gives `undefined`, and the caller parses the text itself.
 *
 * The text is not checked as JSON (decided: `JSON.parse` of it does, where it is used): for any
 * text, the id given is `JSON.parse(text).id`, or `JSON.parse` refuses the text.
 *
 * @param bytes - The item's text, UTF-8.
 * @param from - Where the text starts in `bytes`.
 * @param to - Where it ends (exclusive).
 * @returns The id, or `undefined` when it is not certain from the text.
 */
export function itemId(bytes: Buffer, from = 0, to: number = bytes.length): string | undefined {
  let i = from;
  while (i < to && (bytes[i] as number) <= SPACE) i++;
  if (i >= to || bytes[i] !== OPEN_OBJECT) return undefined;
  return objectRead(bytes, i, to).id;
}

/** What {@link objectRead} read of an object. */
export interface ObjectRead {
  /** Where its closing bracket is, -1 when the bytes end before it. */
  readonly close: number;
  /** Its top-level id, when certain ({@link itemId}); `undefined` when the bytes end before it closes. */
  readonly id: string | undefined;
}

const UNCLOSED: ObjectRead = { close: -1, id: undefined };

/**
 * An object's top-level id as {@link itemId} reads it, and where the object closes: for a scan that
 * cuts items from bytes to read each item's id in the same pass (the object passed over to its
 * closing bracket, strings two tests a byte).
 *
 * @param bytes - The bytes, UTF-8.
 * @param from - Where the object's opening brace is.
 * @param to - Where the bytes end (exclusive).
 * @returns Where it closes, and its id.
 */
export function objectRead(bytes: Buffer, from: number, to: number): ObjectRead {
  let i = from + 1;
  let depth = 1;
  /** At the top level: whether the next string is a key (after `{` or a comma). */
  let key = true;
  /** At the top level: whether the value being waited for is that of a key `id`. */
  let ofId = false;
  /** The last top-level `id` read, `undefined` when it is not a plain string. */
  let id: string | undefined;
  /** Whether no top-level key holds an escape (one might spell `id`). */
  let certain = true;
  while (i < to) {
    const c = bytes[i] as number;
    if (c === QUOTE) {
      const start = ++i;
      let escaped = false;
      // the string's bytes, two tests a byte; the bytes end in it: JSON.parse refuses them
      if (i >= to) return UNCLOSED;
      let s = bytes[i] as number;
      while (s !== QUOTE) {
        if (s === BACKSLASH) {
          escaped = true;
          i++;
        }
        if (++i >= to) return UNCLOSED;
        s = bytes[i] as number;
      }
      if (depth === 1) {
        if (key) {
          // an escape may spell `id` (`"\u0069d"`): not certain
          if (escaped) certain = false;
          ofId = i - start === 2 && bytes[start] === I && bytes[start + 1] === D;
          key = false;
        } else if (ofId) {
          id = escaped || !ascii(bytes, start, i) ? undefined : bytes.toString('latin1', start, i);
          ofId = false;
        }
      }
      i++;
      continue;
    }
    i++;
    if (c <= SPACE || c === COLON) continue;
    if (depth === 1) {
      if (c === COMMA) {
        key = true;
        ofId = false;
        continue;
      }
      // the value of `id` is not a string: a number, `true`, `null`, an object or an array
      if (ofId) {
        id = undefined;
        ofId = false;
      }
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if ((c === CLOSE_OBJECT || c === CLOSE_ARRAY) && --depth === 0)
      return { close: i - 1, id: certain && id !== '' ? id : undefined };
  }
  // the bytes end before the object closes: JSON.parse refuses them
  return UNCLOSED;
}
