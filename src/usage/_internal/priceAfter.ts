import { type Exact, plus } from './exact.ts';

const HUNDRED: Exact = { units: 100n, scale: 0 };

/** `100 − percentage`, exactly. */
function rest(percentage: Exact): Exact {
  return plus(HUNDRED, { units: -percentage.units, scale: percentage.scale });
}

/**
 * `unitPrice × (1 − pec/100) × (1 − credit/100)`, exactly, not rounded (USG-2): the price after
 * Partner Earned Credit and Azure credit.
 */
export function priceAfter(unitPrice: Exact, pec: Exact, credit: Exact): Exact {
  const a = rest(pec);
  const b = rest(credit);
  return {
    units: unitPrice.units * a.units * b.units,
    scale: unitPrice.scale + a.scale + b.scale + 4,
  };
}
