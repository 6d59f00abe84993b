import type { RoundingRule } from './RoundingRule.ts';

/** `half-even` (PRICE-5). Half to the even neighbour (banker's rounding): 2.5 → 2, 3.5 → 4. */
export const roundHalfEven: RoundingRule = (_negative, half, odd) =>
  half > 0 || (half === 0 && odd);
