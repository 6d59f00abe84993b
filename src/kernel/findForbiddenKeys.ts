/**
 * Dot paths of every own `__proto__`, `constructor` or `prototype` key in a JSON-like value
 * (ERR-2). zod's parsing silently drops `__proto__`, so the raw input is scanned before it is parsed.
 * Stops at a depth of 64 and reports the path where it stopped, so deep nesting cannot overflow the
 * stack.
 *
 * @param value - The raw input.
 * @param path - The dot path of `value` (`''` at the root).
 * @param found - Where the paths are collected.
 * @param depth - The current depth.
 * @returns `found`.
 */
export function findForbiddenKeys(
  value: unknown,
  path: string,
  found: string[] = [],
  depth = 0,
): string[] {
  if (typeof value !== 'object' || value === null) return found;
  if (depth > 64) {
    found.push(path);
    return found;
  }
  for (const key of Object.keys(value)) {
    const child = path === '' ? key : `${path}.${key}`;
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') found.push(child);
    else findForbiddenKeys((value as Record<string, unknown>)[key], child, found, depth + 1);
  }
  return found;
}
