import { formatInstant } from './formatInstant.ts';

/**
 * The ISO 8601 UTC text of an instant the caller gave and the library has already parsed: the
 * caller's own string when it is already in `toISOString()` form (24 characters, milliseconds,
 * `Z`), so the common case costs no `Date`; otherwise the formatted milliseconds.
 *
 * @param value - The instant as given (already validated by `parseInstant`).
 * @param ms - Its epoch milliseconds.
 * @param path - The dot path to name if formatting fails.
 * @returns The canonical text.
 */
export function instantText(value: unknown, ms: number, path: string): string {
  return typeof value === 'string' &&
    value.length === 24 &&
    value.charCodeAt(23) === 90 &&
    value.charCodeAt(19) === 46
    ? value
    : formatInstant(ms, path);
}
