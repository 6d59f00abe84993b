import { loose } from './columnIndex.ts';

/**
 * The columns a header names twice (the shapes of a file, INV-2 and USG-1): in another case, with
 * spaces or a byte-order mark around one, written the same twice, or by two names a reader takes
 * for one column (an alias). Each pair is `[the name read (the first), the other]`.
 *
 * @param names - The header's names as written, in its order (a row's keys, or a CSV header's
 *   cells, which may repeat a name exactly).
 * @param columnOf - The column a name is read as, given the name {@link loose}ly; `undefined`
 *   for a name no column is read from (never said, however often it is written).
 * @returns The pairs, in the header's order.
 */
export function columnsTwice(
  names: readonly string[],
  columnOf: (name: string) => string | undefined,
): [string, string][] {
  const first = new Map<string, string>();
  const found: [string, string][] = [];
  for (const name of names) {
    const column = columnOf(loose(name));
    if (column === undefined) continue;
    const earlier = first.get(column);
    if (earlier === undefined) first.set(column, name);
    else found.push([earlier, name]);
  }
  return found;
}
