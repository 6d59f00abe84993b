/** `instant` moved by `ms` milliseconds, in canonical form. */
export function later(instant: string, ms: number): string {
  return new Date(Date.parse(instant) + ms).toISOString();
}

/**
 * What a call gives, as a value two calls can be compared by: `{ value }`, or the code, path and
 * message of what it throws.
 */
export function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    const e = error as { code?: unknown; path?: unknown; message?: unknown };
    return { code: e.code, path: e.path, message: e.message };
  }
}
