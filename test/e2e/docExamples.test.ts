import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../_tempFolder.ts';
import { documents, type Example, examplesOf, root } from './_examples.ts';

/**
 * Every ```ts block of README.md and docs/*.md is run against the built package, and every `//=>`
 * line is checked: the expression statement just before it must deep-equal the value it shows.
 * `//` lines right after a `//=>` continue its value. A block fenced ```ts no-run is only shown
 * (docTypes.test.ts type-checks every block, that one included).
 */
const dist = (file: string) => pathToFileURL(new URL(`dist/${file}`, root).pathname).href;

/** Open brackets minus closed ones, outside string literals. */
function depth(code: string): number {
  let level = 0;
  let quote = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i] as string;
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') level++;
    else if (c === ')' || c === ']' || c === '}') level--;
  }
  return level;
}

/** Turns `expr;\n//=> value` into a checked call, keeping every other line as it is. */
function instrument(code: string): string {
  const lines = code.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const arrow = line.match(/^(\s*)\/\/=> (.*)$/);
    if (arrow === null) {
      out.push(line);
      continue;
    }
    let expected = arrow[2] as string;
    while (/^\s*\/\/ {4,}/.test(lines[i + 1] ?? ''))
      expected += ` ${(lines[++i] as string).replace(/^\s*\/\/\s*/, '')}`;
    // The statement to check ends on the last code line; it starts after the previous `;`, `{` or `}` line.
    let j = out.length - 1;
    while (j >= 0 && (out[j] as string).trim() === '') j--;
    let k = j;
    while (k > 0) {
      const previous = (out[k - 1] as string).trim();
      const ended =
        previous === '' ||
        /[;{}]\s*(\/\/.*)?$/.test(previous) ||
        previous.startsWith('import ') ||
        previous.startsWith('//');
      if (ended && depth(out.slice(k, j + 1).join('\n')) === 0) break;
      k--;
    }
    const statement = out
      .slice(k, j + 1)
      .join('\n')
      .replace(/;\s*(\/\/.*)?$/, '');
    out.splice(k, j + 1 - k, `__check(${statement}, ${expected}, ${i + 1});`);
  }
  return out.join('\n');
}

async function run(example: Example): Promise<void> {
  const checks: { actual: unknown; expected: unknown; line: number }[] = [];
  const source = instrument(example.code)
    .replaceAll("from 'subscription-rules/schemas'", `from '${dist('schemas.js')}'`)
    .replaceAll("from 'subscription-rules/arbitraries'", `from '${dist('arbitraries.js')}'`)
    .replaceAll("from 'subscription-rules/usage'", `from '${dist('usage.js')}'`)
    .replaceAll("from 'subscription-rules/resale'", `from '${dist('resale.js')}'`)
    .replaceAll("from 'subscription-rules/reconciliation'", `from '${dist('reconciliation.js')}'`)
    .replace(
      /from 'subscription-rules\/(new-commerce|legacy)\/locales\/([\w-]+)'/g,
      (_, program, tag) => `from '${dist(`${program}/locales/${tag}.js`)}'`,
    )
    .replaceAll("from 'subscription-rules/new-commerce'", `from '${dist('new-commerce.js')}'`)
    .replaceAll("from 'subscription-rules/legacy'", `from '${dist('legacy.js')}'`)
    .replaceAll("from 'subscription-rules/reconciliation'", `from '${dist('reconciliation.js')}'`)
    .replace(
      /from 'subscription-rules\/locales\/([\w-]+)'/g,
      (_, tag) => `from '${dist(`locales/${tag}.js`)}'`,
    )
    .replaceAll("from 'subscription-rules'", `from '${dist('index.js')}'`);
  const js = transformSync(source, { loader: 'ts', format: 'esm', target: 'node20' }).code;
  // Inside the project, so a bare import such as 'fast-check' resolves from its node_modules.
  const cache = new URL('node_modules/.cache/', root).pathname;
  mkdirSync(cache, { recursive: true });
  const folder = tempFolder('doc-example-', cache);
  const file = join(folder, 'example.mjs');
  writeFileSync(
    file,
    `const __check = (actual, expected, line) => globalThis.__docChecks.push({ actual, expected, line });\n${js}`,
  );
  (globalThis as { __docChecks?: unknown[] }).__docChecks = checks;
  try {
    await import(pathToFileURL(file).href);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  expect(checks.length, `${example.document}:${example.line} has no //=> result`).toBeGreaterThan(
    0,
  );
  for (const { actual, expected, line } of checks) {
    expect(actual, `${example.document}:${example.line} (line ${line} of the block)`).toEqual(
      expected,
    );
  }
}

describe('the documentation', () => {
  const examples = documents.flatMap(examplesOf).filter((example) => example.runs);

  it('PURE-1: the README and every guide have examples', () => {
    expect(examples.filter((example) => example.document === 'README.md').length).toBeGreaterThan(
      5,
    );
  });

  for (const example of examples) {
    it(`TIME-6: ${example.document}:${example.line} shows what the built package returns`, async () => {
      await run(example);
    });
  }
});
