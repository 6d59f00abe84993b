/**
 * Appends every item of `items` to `into`, one at a time: `into.push(...items)` passes each item
 * as an argument, and a batch of results past some hundred thousand (a streaming finish handed
 * whole, a worker's share) would overflow the call stack.
 *
 * @param into - The array appended to (changed).
 * @param items - What is appended, in order.
 * @example
 * ```ts
 * const all = [1];
 * pushAll(all, [2, 3]);
 * all;
 * //=> [1, 2, 3]
 * ```
 */
export function pushAll<Item>(into: Item[], items: readonly Item[]): void {
  for (const item of items) into.push(item);
}
