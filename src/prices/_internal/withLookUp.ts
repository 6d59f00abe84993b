import type { PriceList } from '../types.ts';
import { lookUpPrice } from './lookUpPrice.ts';

/**
 * A read list with its own lookup (PL-3, PL-4): the same rows and issues, frozen, and a
 * non-enumerable `lookUp` — what the lifecycle prices by, so a lifecycle bundle never given a
 * list carries no price index. A JSON copy drops it, as it drops every function.
 *
 * @param list - The list read.
 * @returns The list with `lookUp`.
 */
export function withLookUp(list: PriceList): PriceList {
  const rows = list.rows;
  return Object.freeze(
    Object.defineProperty({ rows, issues: list.issues }, 'lookUp', {
      value: lookUpPrice.bind(undefined, rows),
    }),
  );
}
