/**
 * A text as an SQL string literal, its quotes doubled (the DuckDB engine's SQL, REC-3, INV-3).
 *
 * @param text - The text.
 * @returns The literal.
 * @example
 * ```ts
 * sqlLiteral("Excel's");
 * //=> "'Excel''s'"
 * ```
 */
export function sqlLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
