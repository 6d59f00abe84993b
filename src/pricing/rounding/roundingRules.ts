import type { RoundingMode } from '../RoundingMode.ts';
import type { RoundingRule } from './RoundingRule.ts';
import { roundCeiling } from './roundCeiling.ts';
import { roundDown } from './roundDown.ts';
import { roundFloor } from './roundFloor.ts';
import { roundHalfDown } from './roundHalfDown.ts';
import { roundHalfEven } from './roundHalfEven.ts';
import { roundHalfUp } from './roundHalfUp.ts';
import { roundUp } from './roundUp.ts';

/** Every rounding mode of PRICE-5 by name. */
export const roundingRules: { readonly [M in RoundingMode]: RoundingRule } = {
  'half-up': roundHalfUp,
  'half-even': roundHalfEven,
  'half-down': roundHalfDown,
  up: roundUp,
  down: roundDown,
  ceiling: roundCeiling,
  floor: roundFloor,
};
