// The Markdown of the bench's tables in docs/PERFORMANCE.md, one way for every section.

/**
 * A Markdown table: the first column left-aligned, the figures right-aligned.
 *
 * @param {string[]} header
 * @param {unknown[][]} rows
 * @returns {string}
 */
export function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
