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
  return (table[id] as string).replace(/\{(\w+)(?::(\w))?\}/g, (_, name: string, form?: string) => {
    const value = params[name];
    return Array.isArray(value)
      ? value.map((item: MessageParams) => english(table, `${id}.${name}`, item)).join(', ')
      : form === 's'
        ? `${value}${params.count === 1 ? '' : 's'}`
        : form === 'h'
          ? String(value).replace(' ', '-')
          : form === 'a'
            ? `${value === 'active' ? 'An' : 'A'} ${value}`
            : String(value);
  });
}
