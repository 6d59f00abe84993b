/**
 * A header's name made comparable (REC-4): no byte-order mark, no spaces around it, lower case.
 *
 * @param name - The name as a file writes it.
 * @returns The name to compare.
 */
export function loose(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/**
 * Where each named column is in a CSV header (REC-4's matching, for the CLI's own small files):
 * the exact name first, else the one equal to it in lower case with a byte-order mark and spaces
 * trimmed.
 *
 * @param header - The header's cells.
 * @returns A lookup from a column's name to its index, `undefined` when the header lacks it.
 */
export function columnIndex(header: readonly string[]): (name: string) => number | undefined {
  const exact = new Map<string, number>();
  const byLoose = new Map<string, number>();
  header.forEach((name, index) => {
    if (!exact.has(name)) exact.set(name, index);
    if (!byLoose.has(loose(name))) byLoose.set(loose(name), index);
  });
  return (name) => exact.get(name) ?? byLoose.get(loose(name));
}
