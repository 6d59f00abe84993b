import { addMonthsClamped } from './addMonthsClamped.ts';
import type { Term } from './Term.ts';
import { TERM_MONTHS } from './terms.ts';

/**
 * End of the n-th consecutive term anchored on the first term's start (TIME-4): the anchor plus
 * n terms' months, clamped to the month's end. Anchoring (rather than adding one term to the last
 * end) makes a term that starts on the 31st come back to the 31st whenever the month has one:
 * Jan 31 → Feb 29 → Mar 31 → Apr 30.
 *
 * @param anchorMs - Epoch milliseconds of the first term's start.
 * @param term - The term length.
 * @param n - How many terms after the anchor (1 = the end of the first term).
 * @returns Epoch milliseconds of the n-th term end.
 */
export function termEndAt(anchorMs: number, term: Term, n: number): number {
  return addMonthsClamped(anchorMs, TERM_MONTHS[term] * n);
}
