/**
 * A calendar term as ISO 8601 durations: one month, one year or three years (SPEC TIME-4).
 *
 * @category Time
 */
export type Term = 'P1M' | 'P1Y' | 'P3Y';

/** Calendar months in each term. */
export const TERM_MONTHS: { readonly [T in Term]: number } = { P1M: 1, P1Y: 12, P3Y: 36 };
