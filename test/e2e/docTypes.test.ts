import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documents, type Example, examplesOf, root } from './_examples.ts';

/**
 * Every ```ts block of README.md and docs/*.md, ```ts no-run ones included, is type-checked as a
 * user would compile it: `tsc --strict` with `module` and `moduleResolution` `nodenext`, against
 * the declarations the package ships (`skipLibCheck: false`). Each block is one module in
 * reports/doc-types/, inside the package's folder, so `'subscription-rules'` and its subpaths
 * resolve by the package's own name through `exports` to dist/, and a guide's other imports
 * (`node:http`, `@electric-sql/pglite`) from node_modules. One tsc run checks every block; each
 * error is reported at its line of the document. Errors inside another package's declarations
 * (node_modules) are not ours to fix and are left out: PGlite's refer to `@types/emscripten`, which
 * it does not depend on. Our own declarations in dist/ are checked like the blocks.
 */
const folder = new URL('reports/doc-types/', root);
const tsc = fileURLToPath(new URL('node_modules/typescript/bin/tsc', root));

/** A file name per block: `docs/time.md` line 11 is `docs-time.md-11.ts`. */
const fileOf = (example: Example): string =>
  `${example.document.replaceAll('/', '-')}-${example.line}.ts`;

const compilerOptions = {
  strict: true,
  target: 'ES2022',
  module: 'nodenext',
  moduleResolution: 'nodenext',
  moduleDetection: 'force',
  isolatedModules: true,
  noEmit: true,
  skipLibCheck: false,
  types: ['node'],
};

/** tsc's errors, each as `document:line: TSnnnn message` (or its own file for a declaration). */
function typeErrors(examples: readonly Example[]): string[] {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const byFile = new Map<string, Example>();
  for (const example of examples) {
    byFile.set(fileOf(example), example);
    writeFileSync(new URL(fileOf(example), folder), `${example.code}\n`);
  }
  writeFileSync(
    new URL('tsconfig.json', folder),
    `${JSON.stringify({ compilerOptions, files: [...byFile.keys()] }, null, 2)}\n`,
  );
  const result = spawnSync(
    process.execPath,
    [tsc, '-p', fileURLToPath(new URL('tsconfig.json', folder)), '--pretty', 'false'],
    { cwd: fileURLToPath(folder), encoding: 'utf8' },
  );
  const output = `${result.stdout}${result.stderr}`;
  if (result.status === 0) return [];
  const errors: { readonly ours: boolean; text: string }[] = [];
  for (const line of output.split('\n')) {
    const error = line.match(/^(.+?)\((\d+),(\d+)\): error (TS\d+: .*)$/);
    if (error === null) {
      const last = errors.at(-1);
      if (last !== undefined && line.startsWith(' ')) last.text += `\n${line}`;
      continue;
    }
    const [, name = '', row = '', column = '', message = ''] = error;
    const example = byFile.get(name);
    const file = relative(fileURLToPath(root), resolve(fileURLToPath(folder), name));
    errors.push({
      ours: !file.split(/[\\/]/).includes('node_modules'),
      text:
        example === undefined
          ? `${file}:${row}:${column}: ${message}`
          : `${example.document}:${example.line + Number(row) - 1}:${column}: ${message}`,
    });
  }
  // A failure tsc did not report against a file (a bad option, a crash) is shown as it is.
  if (errors.length === 0) return [output.trim() || `tsc exited with ${result.status}`];
  return errors.filter((error) => error.ours).map((error) => error.text);
}

describe('the documentation', () => {
  const examples = documents.flatMap(examplesOf);

  it('shows ```ts blocks that tsc --strict (nodenext) accepts against the built declarations', () => {
    expect(examples.some((example) => !example.runs)).toBe(true);
    expect(typeErrors(examples), 'tsc errors, at their line of the document').toEqual([]);
  });
});
