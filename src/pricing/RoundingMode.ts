/**
 * How a result between two whole minor units is rounded (PRICE-5): `half-up` (half away from
 * zero, the default), `half-even` (banker's), `half-down` (half toward zero), `up` (away from zero),
 * `down` (toward zero), `ceiling` (toward +∞), `floor` (toward −∞).
 *
 * @category Prices
 */
export type RoundingMode =
  | 'half-up'
  | 'half-even'
  | 'half-down'
  | 'up'
  | 'down'
  | 'ceiling'
  | 'floor';
