/** The months of each term the price list writes (PL-1). */
export const TERM_MONTHS = { P1M: 1, P1Y: 12, P2Y: 24, P3Y: 36, P5Y: 60 } as const;

/** The months of one billing period of each billing plan; `undefined`: the whole term at once. */
const PLAN_MONTHS = {
  Monthly: 1,
  Annual: 12,
  Triennial: 36,
  None: undefined,
  OneTime: undefined,
} as const;

/** The billing plans, by their canonical spelling. */
export const BILLING_PLANS: readonly (keyof typeof PLAN_MONTHS)[] = Object.keys(
  PLAN_MONTHS,
) as (keyof typeof PLAN_MONTHS)[];

/**
 * How many billing periods a term holds under a billing plan (PL-2): P1Y Monthly 12, P1Y Annual 1,
 * P3Y Monthly 36, P3Y Annual 3, P1M Monthly 1; `None` (a trial) and `OneTime` 1. A plan whose period
 * is longer than the term, or does not divide it (P1M Annual, P1Y Triennial), has none.
 *
 * @param term - The term, canonical.
 * @param plan - The billing plan, canonical.
 * @returns The count, or `undefined` for a combination that does not exist.
 */
export function billingPeriods(
  term: keyof typeof TERM_MONTHS,
  plan: keyof typeof PLAN_MONTHS,
): number | undefined {
  const months = TERM_MONTHS[term];
  const period = PLAN_MONTHS[plan];
  if (period === undefined) return 1;
  return months % period === 0 && months >= period ? months / period : undefined;
}
