import type { RoundingRule } from './RoundingRule.ts';

/** `floor` (PRICE-5). Toward −∞: 2.9 → 2, −2.1 → −3. */
export const roundFloor: RoundingRule = (negative) => negative;
