// The type declarations are written once, as the CommonJS build's .d.cts files; each entry's ESM
// .d.ts only re-exports its .d.cts. An ES module may import a CommonJS one in every TypeScript
// module mode (the reverse needs `module: node20`), so both conditions of every entry get the same
// declarations, TSDoc included, and the package carries one copy of them instead of two.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const root = new URL('..', import.meta.url);
const { exports } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

// An entry whose declarations name another package's types keeps its own ESM declarations: a
// CommonJS .d.cts resolves `fast-check` to fast-check's CommonJS types, which an ES module's
// `fast-check` arbitraries are not assignable to.
const ownDeclarations = new Set(['./arbitraries']);
const stubs = new Set();
const kept = [];
for (const [name, target] of Object.entries(exports)) {
  const esm = target?.import?.types;
  const cjs = target?.require?.types;
  if (esm === undefined) continue;
  if (ownDeclarations.has(name)) {
    kept.push(esm.replace(/^\.\//, ''));
    continue;
  }
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

// What the kept declarations import, transitively: those ESM chunks stay.
const needed = new Set(kept);
for (const path of needed) {
  const text = readFileSync(new URL(path, root), 'utf8');
  for (const [, spec] of text.matchAll(/from '(\.\/[^']+)\.js'/g))
    needed.add(`${path.slice(0, path.lastIndexOf('/') + 1)}${spec.slice(2)}.d.ts`);
}

// The ESM copies of the other shared declaration chunks: nothing imports them any more.
for (const file of readdirSync(new URL('dist/', root), { recursive: true })) {
  const path = `dist/${file}`;
  if (path.endsWith('.d.ts') && !stubs.has(path) && !needed.has(path)) rmSync(new URL(path, root));
}
