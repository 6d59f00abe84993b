/** An exact decimal for the tests' own arithmetic, apart from the library's: digits and a scale. */
export interface Dec {
  readonly n: bigint;
  readonly s: number;
}

export function dec(text: string): Dec {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const n = BigInt(whole + fraction);
  return { n: negative ? -n : n, s: fraction.length };
}

export function text(d: Dec): string {
  const negative = d.n < 0n;
  const digits = (negative ? -d.n : d.n).toString().padStart(d.s + 1, '0');
  const body = d.s === 0 ? digits : `${digits.slice(0, -d.s)}.${digits.slice(-d.s)}`;
  return negative ? `-${body}` : body;
}

export function mul(a: Dec, b: Dec): Dec {
  return { n: a.n * b.n, s: a.s + b.s };
}

/** Truncated toward zero to `decimals`, as an integer count of that unit. */
export function trunc(a: Dec, decimals: number): bigint {
  return a.s <= decimals
    ? a.n * 10n ** BigInt(decimals - a.s)
    : a.n / 10n ** BigInt(a.s - decimals);
}
