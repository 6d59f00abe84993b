import type { MessageParams } from './types.ts';

/**
 * The English sentence of a message (MSG-1), exactly as earlier releases wrote it: instants stay
 * ISO 8601 UTC strings (decided: English keeps its machine-readable instants rather than a
 * formatted date, so no existing text changes), words stay the library's own, `{unit:s}` is the
 * unit made plural by `count`, `{unit:h}` the unit joined by hyphens, `{status:a}` the status after
 * its article, and a list's items are rendered with the template `<id>.<name>`, joined by `, `. No
 * Intl is used, so an English-only bundle stays small.
 *
 * @param table - The English templates of the message's area.
 * @param id - The message ID.
 * @param params - Its parameters.
 * @returns The sentence.
 */
export function english(
  table: Readonly<Record<string, string>>,
  id: string,
  params: MessageParams,
): string {
  const template = table[id] as string;
  let parts = compiled.get(template);
  if (parts === undefined) {
    // once per template: its text between placeholders, and each placeholder's name and form
    const split = template.split(/\{(\w+)(?::(\w))?\}/);
    parts = { texts: [] as string[], names: [] as string[], forms: [] as string[] };
    for (let i = 0; i < split.length; i += 3) {
      parts.texts.push(split[i] as string);
      if (i + 1 < split.length) {
        parts.names.push(split[i + 1] as string);
        parts.forms.push(split[i + 2] ?? '');
      }
    }
    compiled.set(template, parts);
  }
  // The window's length comes from the policy and repeats from call to call: the template with
  // `count` and `unit` already written in is kept, so a call fills in its instants only.
  const count = params.count;
  const unit = params.unit;
  if (typeof count === 'number' && typeof unit === 'string') {
    let byUnit = windowed.get(template);
    if (byUnit === undefined) {
      byUnit = new Map();
      windowed.set(template, byUnit);
    }
    let byCount = byUnit.get(unit);
    if (byCount === undefined) {
      byCount = new Map();
      byUnit.set(unit, byCount);
    }
    let written = byCount.get(count);
    if (written === undefined) {
      // a caller's own policies could bring any number of lengths: start again past a bound
      if (++windowedCount > WINDOWED_LIMIT) {
        windowed.clear();
        windowedCount = 0;
      }
      written = partial(parts, params);
      byCount.set(count, written);
    }
    return render(table, id, written, params);
  }
  return render(table, id, parts, params);
}

/** The parts of a template with its `count` and `unit` placeholders written in. */
function partial(parts: Parts, params: MessageParams): Parts {
  const texts = [parts.texts[0] as string];
  const names: string[] = [];
  const forms: string[] = [];
  for (let i = 0; i < parts.names.length; i++) {
    const name = parts.names[i] as string;
    if (name === 'count' || name === 'unit') {
      texts[texts.length - 1] +=
        placeholder(params[name], parts.forms[i] as string, params) +
        (parts.texts[i + 1] as string);
    } else {
      names.push(name);
      forms.push(parts.forms[i] as string);
      texts.push(parts.texts[i + 1] as string);
    }
  }
  return { texts, names, forms };
}

/** One placeholder's text in its form (`s` plural by `count`, `h` hyphenated, `a` with its article). */
function placeholder(
  value: MessageParams[string] | undefined,
  form: string,
  params: MessageParams,
): string {
  return typeof value === 'string' && form === ''
    ? value
    : form === 's'
      ? `${value}${params.count === 1 ? '' : 's'}`
      : form === 'h'
        ? String(value).replace(' ', '-')
        : form === 'a'
          ? `${value === 'active' ? 'An' : 'A'} ${value}`
          : String(value);
}

function render(
  table: Readonly<Record<string, string>>,
  id: string,
  parts: Parts,
  params: MessageParams,
): string {
  const { texts, names, forms } = parts;
  let text = texts[0] as string;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const value = params[name];
    text +=
      (Array.isArray(value)
        ? value.map((item: MessageParams) => english(table, `${id}.${name}`, item)).join(', ')
        : placeholder(value, forms[i] as string, params)) + (texts[i + 1] as string);
  }
  return text;
}

/**
 * Each template split at its placeholders, on first use: a regular expression run on every call
 * cost more than the decision that carries the message.
 */
const compiled = new Map<string, Parts>();

/** A template split at its placeholders: the texts around them, their names and forms. */
interface Parts {
  readonly texts: string[];
  readonly names: string[];
  readonly forms: string[];
}

/**
 * Per template, unit and count, the parts left once that window length is written in: a policy
 * has a handful of window lengths, so these stay few.
 */
const windowed = new Map<string, Map<string, Map<number, Parts>>>();
let windowedCount = 0;
const WINDOWED_LIMIT = 512;
