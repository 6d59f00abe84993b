/**
 * The two Partner Center programs a purchase, a subscription and a policy belong to (NCE-1): the
 * legacy CSP rules and the New Commerce Experience. Absent means `legacy` everywhere.
 *
 * @category Policies
 */
export const PROGRAMS = ['legacy', 'new-commerce'] as const;

/**
 * The program a purchase, a subscription or a policy belongs to (NCE-1).
 *
 * @category Policies
 */
export type Program = (typeof PROGRAMS)[number];
