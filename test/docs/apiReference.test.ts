import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  readonly name: string;
  readonly exports: Readonly<Record<string, unknown>>;
};
const typedoc = JSON.parse(read('typedoc.json')) as {
  readonly entryPoints: readonly string[];
  readonly out: string;
};

/** Every import specifier of code the package exports: `subscription-rules/new-commerce`, … */
const specifiers: readonly string[] = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target !== null)
  .map(([key]) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));

/**
 * The name TypeDoc gives an entry point: the `@module` tag of its file's first comment, which must
 * come before any code (TypeDoc reads only that one as the file's), or `undefined`.
 */
function moduleName(path: string): string | undefined {
  const first = /^\s*\/\*\*([\s\S]*?)\*\//.exec(read(path));
  return first?.[1] && /^\s*\*\s*@module\s+(\S+)\s*$/m.exec(first[1])?.[1];
}

describe('the API reference (typedoc.json, npm run docs)', () => {
  it('documents every entry the package exports, each module named by its import specifier', () => {
    expect(specifiers).toContain('subscription-rules/new-commerce');
    const named = typedoc.entryPoints.map((path) => ({ path, name: moduleName(path) }));
    expect(named.filter(({ name }) => name === undefined).map(({ path }) => path)).toEqual([]);
    expect(named.map(({ name }) => name).sort()).toEqual([...specifiers].sort());
  });

  it('is where the README says, and how it is built', () => {
    const readme = read('README.md');
    expect(readme).toContain(`\`${typedoc.out}/\``);
    expect(readme).toContain('`npm run docs`');
    expect(read('package.json')).toMatch(/"docs": "typedoc\b/);
  });
});
