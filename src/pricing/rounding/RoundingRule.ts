/**
 * The one signature every rounding mode shares. Given a quotient truncated toward zero that left a
 * non-zero remainder, it answers whether to move one unit away from zero.
 *
 * @param negative - Whether the exact value is negative.
 * @param half - How the remainder compares with one half: -1 below, 0 exactly half, 1 above.
 * @param odd - Whether the truncated quotient is odd (for `half-even`).
 * @returns `true` to move one unit away from zero.
 */
export type RoundingRule = (negative: boolean, half: -1 | 0 | 1, odd: boolean) => boolean;
