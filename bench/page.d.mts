// The types of bench/page.mjs, for test/docs/performancePage.test.ts (the bench is plain JavaScript).

/** A figure of the speed table: the median of the first row of a group whose name starts so. */
export declare function nsOf(
  timing: readonly { group: string; name: string; medianNs: number }[],
): (group: string, prefix: string) => number;

/** Every block of docs/PERFORMANCE.md, by name, from bench/results.json. */
export declare function pageBlocks(results: unknown): Record<string, string>;

/** The page with each block written again, every other line as it was; the blocks it has no place for. */
export declare function renderPage(
  page: string,
  blocks: Readonly<Record<string, string>>,
): { page: string; missing: string[] };
