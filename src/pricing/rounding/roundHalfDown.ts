import type { RoundingRule } from './RoundingRule.ts';

/** `half-down` (PRICE-5). Half toward zero: 2.5 → 2, −2.5 → −2. */
export const roundHalfDown: RoundingRule = (_negative, half) => half > 0;
