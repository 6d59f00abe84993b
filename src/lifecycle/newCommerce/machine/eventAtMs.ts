import { parseInstant } from '../../../time/parseInstant.ts';

/**
 * The event `at` last read and its epoch ms: a text (never a `Date`, which a caller may change),
 * compared by content, so a hit is never stale. The ms sit in a typed array: a number past 2³¹
 * kept in a plain variable is a fresh heap object on every write.
 */
let lastAt: unknown;
const lastMs = /* @__PURE__ */ new Float64Array(1);

/**
 * An event's `at` in epoch ms, exactly as {@link parseInstant} reads it (TIME-1), with the same
 * errors: the text of the event before (a replay's events of one instant) is not read again.
 * Reading a text costs about a thousand instructions on Node 20, a character's code about thirty
 * of them; a memo of the day (`YYYY-MM-DDT`) tried beside this one reads 13 characters and a
 * prefix test, and measured more, so there is none.
 */
export function eventAtMs(at: unknown, path: string): number {
  if (at === lastAt && typeof at === 'string') return lastMs[0] as number;
  const ms = parseInstant(at, path);
  lastAt = at;
  lastMs[0] = ms;
  return ms;
}
