/**
 * Every calendar term a subscription can run for (TIME-4), with its length in calendar months: the
 * one table the `Term` type, term arithmetic and the schemas read.
 *
 * @category Time
 */
export const TERM_MONTHS = { P1M: 1, P1Y: 12, P3Y: 36 } as const;
