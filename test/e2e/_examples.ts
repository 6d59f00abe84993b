import { readdirSync, readFileSync } from 'node:fs';

/** The package's folder. */
export const root: URL = new URL('../../', import.meta.url);

/** README.md and every guide under docs/, as paths from the package's folder. */
export const documents: readonly string[] = [
  'README.md',
  ...readdirSync(new URL('docs/', root))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** One ```ts block of a document. */
export interface Example {
  readonly document: string;
  /** The document's line (1-based) of the block's first line of code. */
  readonly line: number;
  readonly code: string;
  /** False for a block fenced ```ts no-run: it is shown and type-checked, never run. */
  readonly runs: boolean;
}

/** Every ```ts and ```ts no-run block of a document, in order. */
export function examplesOf(document: string): Example[] {
  const lines = readFileSync(new URL(document, root), 'utf8').split('\n');
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = lines[i]?.trim();
    if (fence !== '```ts' && fence !== '```ts no-run') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]?.trim() !== '```') end++;
    examples.push({
      document,
      line: start + 1,
      code: lines.slice(start, end).join('\n'),
      runs: fence === '```ts',
    });
    i = end;
  }
  return examples;
}
