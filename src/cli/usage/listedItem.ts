/** What `JSON.stringify([[value]], null, 2)` writes before the value and after it. */
const BEFORE = '[\n  [\n'.length;
const AFTER = '\n  ]\n]'.length;

/**
 * An item of `usage --json`'s lists as the list writes it: `JSON.stringify(item, null, 2)` with
 * every line four spaces in — still the item's JSON. Written as the inner item of two nested
 * lists, and cut out of them: one pass of the serializer, where indenting its text after would
 * read and copy it again (a distributor's month writes tens of megabytes of them).
 *
 * @param value - The item.
 * @returns Its text, indented into its list.
 */
export function listedItem(value: unknown): string {
  const text = JSON.stringify([[value]], null, 2);
  return text.slice(BEFORE, text.length - AFTER);
}
