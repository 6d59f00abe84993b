/**
 * A deep copy of plain data — arrays, plain objects, texts, numbers, bigints, booleans and `null` —
 * made with the language alone (no `structuredClone`, a host's function: the warehouse's bundle
 * runs where there is none).
 *
 * @param value - The data.
 * @returns Its copy.
 */
export function clonePlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    copy[key] = clonePlain((value as Record<string, unknown>)[key]);
  return copy as T;
}
