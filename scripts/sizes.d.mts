// The types of scripts/sizes.mjs, for test/docs/sizes.test.ts (the scripts are plain JavaScript).

/** A budget of .size-limit.json with size-limit's measurement of it, in bytes. */
export interface MeasuredBudget {
  readonly name: string;
  readonly path: string;
  readonly import?: string;
  readonly limit: number;
  readonly size: number;
}

/** The guides that state bundle sizes. */
export declare const DOCUMENTS: readonly string[];

/** Bytes as the guides write them inline: `7.8 kB`. */
export declare function kB(bytes: number): string;

/** The table of every budget: what it bundles, its measured bytes, its budget, its target. */
export declare function sizesTable(budgets: readonly MeasuredBudget[]): string;

/** A document with every mark's figure written from `budgets`. */
export declare function renderSizes(
  text: string,
  budgets: readonly MeasuredBudget[],
): { text: string; unknown: string[]; changed: string[] };

/** Every budget of .size-limit.json with size-limit's measurement of it (needs dist/). */
export declare function measure(): MeasuredBudget[];
