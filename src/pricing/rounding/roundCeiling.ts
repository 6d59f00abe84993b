import type { RoundingRule } from './RoundingRule.ts';

/** `ceiling` (PRICE-5). Toward +∞: 2.1 → 3, −2.9 → −2. */
export const roundCeiling: RoundingRule = (negative) => !negative;
