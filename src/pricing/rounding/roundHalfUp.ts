import type { RoundingRule } from './RoundingRule.ts';

/** `half-up` (PRICE-5). Half away from zero: 2.5 → 3, −2.5 → −3; the default. */
export const roundHalfUp: RoundingRule = (_negative, half) => half >= 0;
