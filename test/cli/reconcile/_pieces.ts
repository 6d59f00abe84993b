/** Text cut into pieces at the given lengths (the rest in one last piece), as a stream gives it. */
export async function* piecesOf(
  text: string,
  cuts: readonly number[] = [],
): AsyncGenerator<string> {
  let at = 0;
  for (const cut of cuts) {
    if (at >= text.length) break;
    yield text.slice(at, at + cut);
    at += cut;
  }
  if (at < text.length) yield text.slice(at);
}

/** Everything an async iterable yields, in order. */
export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
