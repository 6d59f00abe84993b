import type { RoundingRule } from './RoundingRule.ts';

/** `up` (PRICE-5). Away from zero: 2.1 → 3, −2.1 → −3. */
export const roundUp: RoundingRule = () => true;
