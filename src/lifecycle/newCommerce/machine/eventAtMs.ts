import { instantText } from '../../../time/instantText.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import { readCanonicalInstant } from '../../../time/readCanonicalInstant.ts';

/**
 * The event `at` last read and its epoch ms: a text (never a `Date`, which a caller may change),
 * compared by content, so a hit is never stale. The ms sit in a typed array: a number past 2³¹
 * kept in a plain variable is a fresh heap object on every write.
 */
let lastAt: unknown;
const lastMs = /* @__PURE__ */ new Float64Array(1);
/** Whether the text last read is in the form the library writes (a boolean: no heap object). */
let lastCanonical = false;

/**
 * An event's `at` in epoch ms, exactly as {@link parseInstant} reads it (TIME-1), with the same
 * errors: the text of the event before (a replay's events of one instant) is not read again.
 * A text in the form the library writes (`toISOString()`'s) is read by {@link
 * readCanonicalInstant}, ~170 instructions cheaper than the full parser; a memo of the day (`YYYY-MM-DDT`) tried beside this one reads 13 characters and a
 * prefix test, and measured more, so there is none.
 */
export function eventAtMs(at: unknown, path: string): number {
  if (at === lastAt && typeof at === 'string') return lastMs[0] as number;
  // the form the library writes read by a reader of that form alone; any other text, and an
  // error, by the full parser
  let ms = typeof at === 'string' ? readCanonicalInstant(at) : Number.NaN;
  const canonical = !Number.isNaN(ms);
  if (!canonical) ms = parseInstant(at, path);
  lastAt = at;
  lastCanonical = canonical;
  lastMs[0] = ms;
  return ms;
}

/**
 * The ISO text of the `at` {@link eventAtMs} read last (given again with its ms): the text itself
 * when it is in the form the library writes — as {@link instantText} would answer, without reading
 * its characters again — else {@link instantText}'s.
 */
export function eventAtText(at: unknown, ms: number, path: string): string {
  return lastCanonical && at === lastAt ? (at as string) : instantText(at, ms, path);
}
