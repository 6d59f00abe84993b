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
    parts = { texts: [], names: [], forms: [] };
    for (let i = 0; i < split.length; i += 3) {
      parts.texts.push(split[i] as string);
      if (i + 1 < split.length) {
        parts.names.push(split[i + 1] as string);
        parts.forms.push(split[i + 2] ?? '');
      }
    }
    compiled.set(template, parts);
  }
  const { texts, names, forms } = parts;
  let text = texts[0] as string;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const form = forms[i];
    const value = params[name];
    text +=
      (typeof value === 'string' && form === ''
        ? value
        : Array.isArray(value)
          ? value.map((item: MessageParams) => english(table, `${id}.${name}`, item)).join(', ')
          : form === 's'
            ? `${value}${params.count === 1 ? '' : 's'}`
            : form === 'h'
              ? String(value).replace(' ', '-')
              : form === 'a'
                ? `${value === 'active' ? 'An' : 'A'} ${value}`
                : String(value)) + (texts[i + 1] as string);
  }
  return text;
}

/**
 * Each template split at its placeholders, on first use: a regular expression run on every call
 * cost more than the decision that carries the message.
 */
const compiled = new Map<string, { texts: string[]; names: string[]; forms: string[] }>();
