/**
 * Every New Commerce term with its length in calendar months (NCE-2, NCE-3): those of TIME-4 and the
 * two-year term of marketplace SaaS offers. The one table the `NewCommerceTerm` type, the term
 * arithmetic and the checks read.
 *
 * @category Policies
 */
export const NEW_COMMERCE_TERM_MONTHS = { P1M: 1, P1Y: 12, P2Y: 24, P3Y: 36 } as const;

/**
 * A New Commerce term as an ISO 8601 duration (NCE-2).
 *
 * @category Policies
 */
export type NewCommerceTerm = keyof typeof NEW_COMMERCE_TERM_MONTHS;
