import type { ReconcileSetup } from '../../_private.ts';

/** A whole of `length` cut into parts at the given lengths (the rest in one last part). */
async function* cut<T>(
  length: number,
  part: (from: number, to: number) => T,
  cuts: readonly number[],
): AsyncGenerator<T> {
  let at = 0;
  for (const size of cuts) {
    if (at >= length) break;
    yield part(at, at + size);
    at += size;
  }
  if (at < length) yield part(at, length);
}

/** Text cut into pieces at the given lengths (the rest in one last piece), as a stream gives it. */
export function piecesOf(text: string, cuts: readonly number[] = []): AsyncGenerator<string> {
  return cut(text.length, (from, to) => text.slice(from, to), cuts);
}

/** The bytes of a text in pieces cut at the given byte lengths (a cut may split a character). */
export function bytesOf(text: string, cuts: readonly number[] = []): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  return cut(bytes.length, (from, to) => bytes.subarray(from, to), cuts);
}

/** Everything an async iterable yields, in order. */
export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/**
 * What every share of a reconcile test is made with: English, a fixed "now", the file's own
 * prices (`withPrices`: its `UnitPrice` read) and days.
 */
export const SETUP: ReconcileSetup = {
  context: {
    window: undefined,
    options: {},
    now: Date.UTC(2027, 0, 15),
    tag: 'en',
    noResource: '--subscriptions has no resource for it',
    locale: undefined,
  },
  withPrices: true,
  prices: undefined,
  period: undefined,
  explain: undefined,
};
