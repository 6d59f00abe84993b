import { parseInstant } from './parseInstant.ts';

/**
 * Whether instant text `a` is at or before `b`. Two instants in `toISOString()` form with four-digit
 * years sort as text, so the common case is one string comparison; anything else is parsed.
 */
export function isAtOrBefore(a: string, b: string, path: string): boolean {
  if (a.length === 24 && b.length === 24 && a.charCodeAt(23) === 90 && b.charCodeAt(23) === 90)
    return a <= b;
  return parseInstant(a, path) <= parseInstant(b, path);
}
