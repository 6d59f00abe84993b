import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pageBlocks, renderPage } from '../../bench/page.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const page = readFileSync(join(root, 'docs/PERFORMANCE.md'), 'utf8');
const results = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'));

// docs/PERFORMANCE.md is written by hand around the blocks `npm run bench` measures: a run
// rewrites the blocks only, so a figure written by hand is never lost to it, and a block edited by
// hand would be lost to the next run — this holds the page's blocks to bench/results.json.
describe('docs/PERFORMANCE.md and the bench’s blocks (bench/page.mjs)', () => {
  it('has a place for every block the bench writes, each what bench/results.json gives', () => {
    const rendered = renderPage(page, pageBlocks(results));
    expect(rendered.missing).toEqual([]);
    expect(rendered.page).toBe(page);
  });

  it('a run rewrites only what is between a block’s marks, every other line as it was', () => {
    const before = [
      'written by hand 1',
      '<!-- bench:memory -->',
      'an old figure',
      '<!-- /bench:memory -->',
      'written by hand 2',
      '',
    ].join('\n');
    const { page: after, missing } = renderPage(before, { memory: 'the new figure', speed: 'x' });
    expect(after).toBe(
      [
        'written by hand 1',
        '<!-- bench:memory -->',
        'the new figure',
        '<!-- /bench:memory -->',
        'written by hand 2',
        '',
      ].join('\n'),
    );
    expect(missing).toEqual(['speed']);
  });

  it('refuses a mark of no block, a block marked twice and a mark never closed', () => {
    const block = (name: string) => `<!-- bench:${name} -->\nx\n<!-- /bench:${name} -->\n`;
    expect(() => renderPage(block('nothing'), { memory: 'm' })).toThrow(/no block .* nothing/);
    expect(() => renderPage(block('memory') + block('memory'), { memory: 'm' })).toThrow(
      /memory is marked twice/,
    );
    expect(() => renderPage('<!-- bench:memory -->\nx\n', { memory: 'm' })).toThrow(
      /memory is never closed/,
    );
  });
});
