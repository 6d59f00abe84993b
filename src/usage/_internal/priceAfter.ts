import { type Exact, plus } from './exact.ts';

const HUNDRED: Exact = { units: 100n, scale: 0 };

/** `100 − percentage`, exactly. */
function rest(percentage: Exact): Exact {
  return plus(HUNDRED, { units: -percentage.units, scale: percentage.scale });
}

/** One answer of {@link priceAfter}, by its three decimals. */
interface Answer {
  readonly unitPrice: Exact;
  readonly pec: Exact;
  readonly credit: Exact;
  readonly price: Exact;
}

/** How many answers are remembered. */
const ANSWERS = 4;

/**
 * The last answers, by the very decimals asked with: a file's reader hands every line that writes
 * a price the same `Exact` (they are never changed), and a meter's lines repeat one price, PEC
 * and credit — each line's price was four `bigint` products and three objects, made again.
 */
const answers: Answer[] = [];
let oldest = 0;

/**
 * `unitPrice × (1 − pec/100) × (1 − credit/100)`, exactly, not rounded (USG-2): the price after
 * Partner Earned Credit and Azure credit. The same three decimals (the same objects) asked again
 * lately are answered with the same `Exact`.
 */
export function priceAfter(unitPrice: Exact, pec: Exact, credit: Exact): Exact {
  for (let i = 0; i < answers.length; i++) {
    const answer = answers[i] as Answer;
    if (answer.unitPrice === unitPrice && answer.pec === pec && answer.credit === credit)
      return answer.price;
  }
  const a = rest(pec);
  const b = rest(credit);
  const price: Exact = {
    units: unitPrice.units * a.units * b.units,
    scale: unitPrice.scale + a.scale + b.scale + 4,
  };
  answers[oldest] = { unitPrice, pec, credit, price };
  oldest = (oldest + 1) % ANSWERS;
  return price;
}
