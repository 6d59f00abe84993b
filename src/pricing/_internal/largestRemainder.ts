/**
 * Splits a non-negative integer in proportion to non-negative integer weights by the largest
 * remainder method (PRICE-7): every part starts at floor(total × weight / sum), and the units
 * left over go one each to the parts with the largest remainders, ties to the earlier index. The
 * parts sum to `total`, and each is floor or ceiling of its exact share. Plain numbers while
 * total × weight is a safe integer, bigint otherwise.
 *
 * @param total - A safe integer ≥ 0.
 * @param weights - Safe integers ≥ 0.
 * @param sum - Their sum: a safe integer > 0.
 * @returns The parts, one per weight.
 */
export function largestRemainder(total: number, weights: readonly number[], sum: number): number[] {
  const n = weights.length;
  const parts: number[] = [];
  const remainders: (number | bigint)[] = [];
  let heaviest = 0;
  for (const weight of weights) if (weight > heaviest) heaviest = weight;
  const exact = total * heaviest <= Number.MAX_SAFE_INTEGER;
  let left = total;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as number;
    if (exact) {
      const product = total * weight;
      const remainder = product % sum;
      parts.push((product - remainder) / sum);
      remainders.push(remainder);
    } else {
      const product = BigInt(total) * BigInt(weight);
      parts.push(Number(product / BigInt(sum)));
      remainders.push(product % BigInt(sum));
    }
    left -= parts[i] as number;
  }
  if (left > 0) {
    const order = parts.map((_, i) => i);
    order.sort((a, b) => {
      const ra = remainders[a] as number | bigint;
      const rb = remainders[b] as number | bigint;
      return rb > ra ? 1 : rb < ra ? -1 : a - b;
    });
    for (let k = 0; k < left; k++) {
      const index = order[k] as number;
      parts[index] = (parts[index] as number) + 1;
    }
  }
  return parts;
}
