import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, type MeasuredBudget, renderSizes } from '../../scripts/sizes.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const budgets = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8')) as {
  readonly name: string;
  readonly path: string;
  readonly import?: string;
}[];

const budget = (name: string, size: number, limit = size): MeasuredBudget => ({
  name,
  path: 'dist/index.js',
  import: `{ ${name.split(' ')[0]} }`,
  limit,
  size,
});

// The figures themselves are checked against a build by `npm run size:docs` in the gate (it needs
// dist/ and size-limit's run); here, what the script writes and that every figure has a budget.
describe('bundle sizes in the guides (scripts/sizes.mjs)', () => {
  it('writes an inline figure from the budget its mark names, and says which figure was stale', () => {
    const text =
      'a bundle of <!-- sizes:start dist/index.js { quote } -->1.0 kB<!-- sizes:end --> brotli';
    expect(renderSizes(text, [budget('quote alone', 7898)])).toEqual({
      text: 'a bundle of <!-- sizes:start dist/index.js { quote } -->7.9 kB<!-- sizes:end --> brotli',
      unknown: [],
      changed: ['dist/index.js { quote }: states 1.0 kB, measured 7.9 kB'],
    });
  });

  it('writes the table of every budget with its target, judged, and leaves the rest of the page', () => {
    const page = 'before\n<!-- sizes:start -->\nold\n<!-- sizes:end -->\nafter\n';
    const measured = [
      budget('quote alone (target 3 kB, missed: docs/PERFORMANCE.md)', 3001, 3100),
      budget('policyAt alone', 4125),
    ];
    const { text, changed } = renderSizes(page, measured);
    expect(text).toBe(
      [
        'before',
        '<!-- sizes:start -->',
        '| bundle (size-limit: esbuild, minified, brotli) | bytes | budget | target |',
        '|---|---:|---:|---:|',
        '| quote alone | 3,001 | 3,100 | 3,000 **missed** |',
        '| policyAt alone | 4,125 | 4,125 |  |',
        '<!-- sizes:end -->',
        'after',
        '',
      ].join('\n'),
    );
    expect(changed).toEqual(['the table of every budget']);
    expect(renderSizes(text, measured).changed).toEqual([]);
  });

  it('a mark naming no budget is reported, never guessed', () => {
    const text = '<!-- sizes:start dist/index.js { nothing } -->1 kB<!-- sizes:end -->';
    expect(renderSizes(text, [budget('quote', 1)]).unknown).toEqual(['dist/index.js { nothing }']);
  });

  it('every guide that states sizes marks them, and each mark names a budget of .size-limit.json', () => {
    const measured = budgets.map((b) => ({ ...b, limit: 1, size: 1 }));
    for (const document of DOCUMENTS) {
      const text = readFileSync(join(root, document), 'utf8');
      expect(text, document).toContain('<!-- sizes:start');
      expect(renderSizes(text, measured).unknown, document).toEqual([]);
      // no size typed by hand outside the marks
      const unmarked = text.replace(/<!-- sizes:start[\s\S]*?<!-- sizes:end -->/g, '');
      expect(unmarked.match(/\b\d+(?:\.\d+)? kB\b/g), document).toBeNull();
    }
  });
});
