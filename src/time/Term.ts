import type { TERM_MONTHS } from './terms.ts';

/**
 * A calendar term as ISO 8601 durations: one month, one year or three years (TIME-4).
 *
 * @category Time
 */
export type Term = keyof typeof TERM_MONTHS;
