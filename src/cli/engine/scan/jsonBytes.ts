import { isAscii } from 'node:buffer';

/** The bytes the scan looks for. */
export const QUOTE = 34;
export const BACKSLASH = 92;
export const SPACE = 32;
export const OPEN_ARRAY = 91;
export const CLOSE_ARRAY = 93;
export const OPEN_OBJECT = 123;
export const CLOSE_OBJECT = 125;
export const COMMA = 44;
export const NEWLINE = 10;

/** The bytes of the two keys whose array holds the resources: `value` and `items`. */
export const VALUE = [118, 97, 108, 117, 101] as const;
export const ITEMS = [105, 116, 101, 109, 115] as const;

/** Whether the bytes from `from` to `to` are the key `key`, as written (no escape read). */
export function isKey(
  bytes: Uint8Array,
  from: number,
  to: number,
  key: readonly number[],
): boolean {
  if (to - from !== key.length) return false;
  for (let k = 0; k < key.length; k++) if (bytes[from + k] !== key[k]) return false;
  return true;
}

/**
 * The end of the items a piece holds whole, for them to be parsed at once: the last comma after
 * `from` between a closing and an opening brace (whitespace around it), or -1. Only a guess (the
 * comma may be in a string, or between objects of an array in an item): `JSON.parse` of the
 * items up to it tells.
 */
export function lastItemEnd(bytes: Uint8Array, from: number): number {
  let next = -1;
  for (let at = bytes.length - 1; at > from; at--) {
    const c = bytes[at] as number;
    if (c === OPEN_OBJECT) next = at;
    else if (c === COMMA && next !== -1) {
      let before = at - 1;
      while (before > from && (bytes[before] as number) <= SPACE) before--;
      if (bytes[before] === CLOSE_OBJECT) return at;
      next = -1;
    } else if (c > SPACE) next = -1;
  }
  return -1;
}

/**
 * The end of the JSON lines a piece holds whole: just past the closing brace before its last line
 * break (whitespace between), or -1.
 */
export function lastLineEnd(bytes: Uint8Array, from: number): number {
  const end = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf(NEWLINE);
  if (end <= from) return -1;
  let before = end - 1;
  while (before > from && (bytes[before] as number) <= SPACE) before--;
  return bytes[before] === CLOSE_OBJECT ? before + 1 : -1;
}

/**
 * The text of bytes: as Latin-1 when they are all ASCII (the same characters, decoded four times
 * as fast), else as UTF-8.
 */
export function textOf(bytes: Buffer, from: number, to: number): string {
  return bytes.toString(isAscii(bytes.subarray(from, to)) ? 'latin1' : 'utf8', from, to);
}

/** A line break and the blank lines after it: where one JSON line ends and the next starts. */
const LINE_BREAK = /\n[ \t\r\n]*/g;

/**
 * Items parsed at once: the text of a list's items, or of JSON lines (`lines`), each line break
 * then followed by a comma — or `undefined` when `JSON.parse` refuses them, or the lines are not
 * one object each (the items are then read one by one, which says what is wrong). A line break
 * kept before its comma is no JSON in a string, and a comma of the text's own between lines makes
 * one item more than lines: so what is read at once is each line's object, or nothing.
 */
export function bulkOf(text: string, lines: boolean): unknown[] | undefined {
  let count = 1;
  const listed = lines
    ? text.replace(LINE_BREAK, () => {
        count++;
        return '\n,';
      })
    : text;
  let bulk: unknown;
  try {
    bulk = JSON.parse(`[${listed}]`);
  } catch {
    return undefined;
  }
  if (!Array.isArray(bulk) || bulk.length === 0) return undefined;
  if (!lines) return bulk;
  if (bulk.length !== count) return undefined;
  for (const item of bulk)
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  return bulk;
}

/**
 * Where the brackets opened just before `from` close: the index of their closing bracket (strings
 * passed over two tests a byte), or -1 when the piece ends first. A plain loop over the bytes of
 * most of the text, as the scan's own loop reads them.
 */
export function closeOf(b: Buffer, from: number, n: number): number {
  let depth = 1;
  let i = from;
  while (i < n) {
    const c = b[i] as number;
    if (c === QUOTE) {
      i++;
      while (i < n) {
        const s = b[i] as number;
        if (s === QUOTE) break;
        if (s === BACKSLASH) i++;
        i++;
      }
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if ((c === CLOSE_OBJECT || c === CLOSE_ARRAY) && --depth === 0) return i;
    i++;
  }
  return -1;
}
