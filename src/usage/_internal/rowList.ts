/** How many rows a finding names. */
export const ROWS = 10;

/** The smallest `ROWS` rows of two sorted lists, sorted: the same whatever order they came in. */
export function mergeRows(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (out.length < ROWS && (i < a.length || j < b.length)) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x <= y)) {
      if (out[out.length - 1] !== x) out.push(x as number);
      i++;
    } else {
      if (out[out.length - 1] !== y) out.push(y);
      j++;
    }
  }
  return out;
}
