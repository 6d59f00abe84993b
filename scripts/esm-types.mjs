// The type declarations are written once, as the CommonJS build's .d.cts files; each entry's ESM
// .d.ts only re-exports its .d.cts. An ES module may import a CommonJS one in every TypeScript
// module mode (the reverse needs `module: node20`), so both conditions of every entry get the same
// declarations, TSDoc included, and the package carries one copy of them instead of two.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const root = new URL('..', import.meta.url);
const { exports } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

const stubs = new Set();
for (const target of Object.values(exports)) {
  const esm = target?.import?.types;
  const cjs = target?.require?.types;
  if (esm === undefined) continue;
  if (!esm.endsWith('.d.ts') || cjs !== esm.replace(/\.d\.ts$/, '.d.cts')) {
    throw new Error(`${esm}: expected its CommonJS declarations beside it, as ${cjs}`);
  }
  const path = esm.replace(/^\.\//, '');
  writeFileSync(
    new URL(path, root),
    `export * from './${basename(cjs).replace(/\.d\.cts$/, '.cjs')}';\n`,
  );
  stubs.add(path);
}

// The ESM copies of the shared declaration chunks: nothing imports them any more.
for (const file of readdirSync(new URL('dist/', root), { recursive: true })) {
  const path = `dist/${file}`;
  if (path.endsWith('.d.ts') && !stubs.has(path)) rmSync(new URL(path, root));
}
