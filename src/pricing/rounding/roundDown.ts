import type { RoundingRule } from './RoundingRule.ts';

/** `down` (PRICE-5). Toward zero (truncation): 2.9 → 2, −2.9 → −2. */
export const roundDown: RoundingRule = () => false;
