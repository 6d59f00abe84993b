/**
 * A copy of `text` that shares no memory with the string it came from. A CSV parser's cells are
 * slices of the chunk of the file it read them from (V8 keeps a slice's whole parent alive), so a
 * cell kept in a reconciler's state would keep its chunk — the state of one entry per group would
 * hold the file. Called when an entry is made, never once a line.
 *
 * @param text - A text, or `null`.
 * @returns The same characters in a string of their own.
 */
export function ownText<T extends string | null>(text: T): T {
  return (text === null ? null : JSON.parse(JSON.stringify(text))) as T;
}

/**
 * `entry` with each of its own text fields replaced by its own copy ({@link ownText}).
 *
 * @param entry - A new state entry, made from a line's cells.
 * @returns The same entry, its texts its own.
 */
export function ownStrings<T extends object>(entry: T): T {
  const fields = entry as Record<string, unknown>;
  for (const name of Object.keys(fields)) {
    const value = fields[name];
    if (typeof value === 'string') fields[name] = ownText(value);
  }
  return entry;
}
