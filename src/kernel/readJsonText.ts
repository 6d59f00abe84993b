import { JSON_ESCAPES as ESCAPES } from './jsonEscapes.ts';
/** What {@link readJsonText} read: the values, or where the text stops being JSON. */
export type JsonText =
  | {
      /** The text is JSON. */
      readonly ok: true;
      /** Its values, in order: one for a JSON document, one a line for JSON lines. */
      readonly values: readonly unknown[];
    }
  | {
      /** The text is not JSON. */
      readonly ok: false;
      /** What was expected. */
      readonly reason: string;
      /** The character it was expected at, from 0. */
      readonly at: number;
    };

/** The deepest nesting read: deeper is refused, never a stack overflow. */
const DEEPEST = 256;
const WHITE = new Set([0x20, 0x09, 0x0a, 0x0d, 0xfeff]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** Where a value stops being JSON. */
class NotJson {
  constructor(
    readonly reason: string,
    readonly at: number,
  ) {}
}

/**
 * Reads JSON text, or JSON lines (values one after another), keeping the **text** of the numbers
 * under the keys named in `asText` (`{ "totalCharges": 2075.89 }` gives `'2075.89'`, the digits as
 * written): an amount is then read exactly, never through a binary float. Every other number is a
 * number. A key `__proto__` is an own key of its object, as `JSON.parse` makes it. A byte-order
 * mark is white space.
 *
 * @param text - The text.
 * @param asText - The keys whose number values are kept as their text.
 * @returns The values, or the place where the text is not JSON.
 */
export function readJsonText(text: string, asText: ReadonlySet<string>): JsonText {
  let i = 0;
  const space = (): void => {
    while (i < text.length && WHITE.has(text.charCodeAt(i))) i++;
  };
  const string = (): string => {
    let out = '';
    i++;
    for (;;) {
      const from = i;
      while (i < text.length) {
        const code = text.charCodeAt(i);
        if (code === 0x22 || code === 0x5c || code < 0x20) break;
        i++;
      }
      if (i === text.length) throw new NotJson('a closing quote', i);
      out += text.slice(from, i);
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c !== '\\') throw new NotJson('no control character in a string', i);
      const e = text[i + 1] ?? '';
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        out += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else if (Object.hasOwn(ESCAPES, e)) {
        out += ESCAPES[e];
        i += 2;
      } else throw new NotJson('an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)', i);
    }
  };
  let depth = 0;
  const value = (key: string | undefined): unknown => {
    space();
    const c = text[i];
    if ((c === '{' || c === '[') && ++depth > DEEPEST)
      throw new NotJson(`at most ${DEEPEST} levels of nesting`, i);
    if (c === '{') {
      i++;
      const object: Record<string, unknown> = {};
      space();
      if (text[i] === '}') {
        i++;
        depth--;
        return object;
      }
      for (;;) {
        space();
        if (text[i] !== '"') throw new NotJson('a key in quotes', i);
        const name = string();
        space();
        if (text[i] !== ':') throw new NotJson('a colon', i);
        i++;
        const member = value(name);
        Object.defineProperty(object, name, {
          value: member,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          depth--;
          return object;
        } else throw new NotJson('a comma or a closing brace', i);
      }
    }
    if (c === '[') {
      i++;
      const list: unknown[] = [];
      space();
      if (text[i] === ']') {
        i++;
        depth--;
        return list;
      }
      for (;;) {
        list.push(value(undefined));
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          depth--;
          return list;
        } else throw new NotJson('a comma or a closing bracket', i);
      }
    }
    if (c === '"') return string();
    for (const [word, meaning] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const)
      if (text.startsWith(word, i)) {
        i += word.length;
        return meaning;
      }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number === null) throw new NotJson('a value', i);
    i += number[0].length;
    return key !== undefined && asText.has(key) ? number[0] : Number(number[0]);
  };
  const values: unknown[] = [];
  try {
    space();
    while (i < text.length) {
      values.push(value(undefined));
      space();
    }
  } catch (error) {
    if (error instanceof NotJson) return { ok: false, reason: error.reason, at: error.at };
    throw error;
  }
  if (values.length === 0) return { ok: false, reason: 'a value', at: 0 };
  return { ok: true, values };
}
