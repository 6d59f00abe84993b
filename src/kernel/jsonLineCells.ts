import { JSON_ESCAPES as ESCAPES } from './jsonEscapes.ts';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITE = /[ \t\r\n]*/y;

/** A small cursor over one line's text. */
interface Cursor {
  readonly text: string;
  at: number;
}

function skip(c: Cursor): void {
  WHITE.lastIndex = c.at;
  WHITE.exec(c.text);
  c.at = WHITE.lastIndex;
}

/** A string starting at the cursor's quote, decoded; `null` when it is not one. */
function string(c: Cursor): string | null {
  if (c.text[c.at] !== '"') return null;
  let out = '';
  let i = c.at + 1;
  while (i < c.text.length) {
    const ch = c.text[i] as string;
    if (ch === '"') {
      c.at = i + 1;
      return out;
    }
    if (ch === '\\') {
      const next = c.text[i + 1] ?? '';
      if (next === 'u') {
        const hex = c.text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
        out += String.fromCharCode(Number.parseInt(hex, 16));
        i += 6;
        continue;
      }
      const escaped = ESCAPES[next];
      if (escaped === undefined) return null;
      out += escaped;
      i += 2;
      continue;
    }
    if (ch < ' ') return null;
    out += ch;
    i++;
  }
  return null;
}

/** Skips a nested object or array (its strings read, so a bracket inside one is no bracket). */
function nested(c: Cursor): boolean {
  let depth = 0;
  while (c.at < c.text.length) {
    const ch = c.text[c.at] as string;
    if (ch === '"') {
      if (string(c) === null) return false;
      continue;
    }
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    c.at++;
    if (depth === 0) return true;
  }
  return false;
}

/** One value: a string's text, a number's source text, `null`, or a nested value's source text. */
function value(c: Cursor): string | null | undefined {
  const ch = c.text[c.at];
  if (ch === '"') return string(c) ?? undefined;
  if (ch === '{' || ch === '[') {
    const from = c.at;
    return nested(c) ? c.text.slice(from, c.at) : undefined;
  }
  for (const word of ['true', 'false', 'null'] as const)
    if (c.text.startsWith(word, c.at)) {
      c.at += word.length;
      return word === 'null' ? null : word;
    }
  NUMBER.lastIndex = c.at;
  const number = NUMBER.exec(c.text);
  if (number === null) return undefined;
  c.at = NUMBER.lastIndex;
  return number[0];
}

/**
 * The cells of one JSON line of a Graph usage export (USG-1): each key with its value as text — a
 * number as the digits its source writes (never through a double), `null` for JSON `null`, a
 * nested object or array as its source text. The first of a key written twice wins, as a CSV
 * header's first column does.
 *
 * @param text - One line: a JSON object.
 * @returns The cells in the order written, or `null` when the text is not one JSON object.
 */
export function jsonLineCells(text: string): Map<string, string | null> | null {
  const c: Cursor = { text, at: 0 };
  const cells = new Map<string, string | null>();
  skip(c);
  if (text.charCodeAt(c.at) === 0xfeff) c.at++;
  skip(c);
  if (text[c.at] !== '{') return null;
  c.at++;
  skip(c);
  if (text[c.at] === '}') c.at++;
  else
    for (;;) {
      skip(c);
      const key = string(c);
      if (key === null) return null;
      skip(c);
      if (text[c.at] !== ':') return null;
      c.at++;
      skip(c);
      const read = value(c);
      if (read === undefined) return null;
      if (!cells.has(key)) cells.set(key, read);
      skip(c);
      if (text[c.at] === ',') {
        c.at++;
        continue;
      }
      if (text[c.at] !== '}') return null;
      c.at++;
      break;
    }
  skip(c);
  return c.at === text.length ? cells : null;
}
