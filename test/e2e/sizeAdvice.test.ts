import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const exportsMap = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports as Record<
  string,
  { import?: { default?: string } }
>;

/** `subscription-rules…` resolved through the package's own `exports` to the built ESM files. */
const ownPackage: Plugin = {
  name: 'own-package',
  setup(b) {
    b.onResolve({ filter: /^subscription-rules(\/.*)?$/ }, (args) => {
      const specifier = `.${args.path.slice('subscription-rules'.length)}`;
      const target = exportsMap[specifier]?.import?.default;
      if (target === undefined) return { errors: [{ text: `no export ${args.path}` }] };
      return { path: join(root, target) };
    });
  },
};

/** Minified bytes of a module that imports what `source`'s import lines name, as a front end does. */
async function bundled(imports: string): Promise<number> {
  const names = [...imports.matchAll(/import \{([^}]*)\}/g)].flatMap((m) =>
    (m[1] as string).split(',').map((n) => n.trim()),
  );
  const result = await build({
    stdin: {
      contents: `${imports}\nglobalThis.page = [${names.join(', ')}];\n`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    plugins: [ownPackage],
    logLevel: 'silent',
  });
  return (result.outputFiles[0] as { contents: Uint8Array }).contents.length;
}

/** The import lines of the README's first TypeScript example: the support page it shows. */
const supportPage = (/```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '')
  .split('\n')
  .filter((line) => line.startsWith('import '))
  .join('\n');

/** The functions `subscription-rules/new-commerce` exports, read from its built entry. */
const newCommerceNames = new Set(
  [
    ...readFileSync(join(root, 'dist/new-commerce.js'), 'utf8').matchAll(/export \{([^}]*)\}/g),
  ].flatMap((m) => (m[1] as string).split(',').map((n) => n.trim().split(' as ').pop() as string)),
);

/**
 * The same page written with the program's entry: every name the entry exports taken from it, the
 * rest (`money`) from the root, the schemas as they were.
 */
function programForm(page: string): string {
  return page
    .split('\n')
    .flatMap((line) => {
      const match = /^import \{([^}]*)\} from 'subscription-rules';$/.exec(line);
      if (match === null) return [line];
      const names = (match[1] as string).split(',').map((n) => n.trim());
      const program = names.filter((n) => newCommerceNames.has(n));
      const rest = names.filter((n) => !newCommerceNames.has(n));
      return [
        ...(program.length > 0
          ? [`import { ${program.join(', ')} } from 'subscription-rules/new-commerce';`]
          : []),
        ...(rest.length > 0 ? [`import { ${rest.join(', ')} } from 'subscription-rules';`] : []),
      ];
    })
    .join('\n');
}

describe('the size advice of the docs, measured on the built package', () => {
  it('PCR details: the README’s support page imports the root and the schemas', () => {
    expect(supportPage).toContain("from 'subscription-rules';");
    expect(supportPage).toContain("from 'subscription-rules/schemas';");
    expect(programForm(supportPage)).toContain("from 'subscription-rules/new-commerce';");
  });

  it('PCR details: the support page with subscription-rules/new-commerce and /schemas is never larger than with the root and /schemas (one copy of the shared core across entries)', async () => {
    const [withRoot, withProgram] = await Promise.all([
      bundled(supportPage),
      bundled(programForm(supportPage)),
    ]);
    expect(withRoot).toBeGreaterThan(50_000);
    expect(withProgram).toBeLessThanOrEqual(withRoot);
  });
});
