import { requireOneOf } from '../../../kernel/requireOneOf.ts';
import type { EndOfSale } from '../types.ts';

/** The three end-of-sale states of a SKU (EST-1). */
const END_OF_SALE = ['none', 'end-of-sale', 'end-of-sale-with-conversions'] as const;

/**
 * A SKU's end of sale as a purchase, a state or the reader's option gives it (EST-1): one of
 * `none`, `end-of-sale`, `end-of-sale-with-conversions`, else a `RuleError` at `path`.
 */
export function readEndOfSale(value: unknown, path: string): EndOfSale {
  return requireOneOf(value, END_OF_SALE, path);
}
