/**
 * The lists of a check's `--json` put together from the rows of every group's part (WH-5): each
 * list's items in the order of their rows' keys, rows of one key in the order given (a group's
 * own order). One pass over the rows; a row of another section is left out.
 *
 * @param rows - Every group's rows: a section, an order key, an item (its text, or what stands for it).
 * @param sections - The lists, in the output's order.
 * @returns Each list with its items, in `sections`' order.
 */
export function partLists<Section extends string, Item = string>(
  rows: readonly { readonly section: string; readonly key: string; readonly item: Item }[],
  sections: readonly Section[],
): (readonly [section: Section, items: readonly Item[]])[] {
  const by = new Map<string, { key: string; item: Item }[]>(sections.map((s) => [s, []]));
  for (const r of rows) by.get(r.section)?.push(r);
  return sections.map((section) => [
    section,
    (by.get(section) ?? [])
      .map((r, i) => ({ r, i }))
      .sort((a, b) => (a.r.key < b.r.key ? -1 : a.r.key > b.r.key ? 1 : a.i - b.i))
      .map(({ r }) => r.item),
  ]);
}
