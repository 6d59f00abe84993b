// Builds the warehouse bundle (WH-1): dist/warehouse/warehouse.js, one JavaScript expression whose
// value is the API object, and dist/warehouse/warehouse.mjs, the same expression as a module's
// default export (BigQuery's `library` option imports a module; Snowflake's body holds the
// expression as a property of its one object literal). ES2020, minified, no import or require.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * The bundle speaks English (a caller re-renders from `kind`): each other language's table of the
 * usage check and the tie-out is the English one, so the bundle carries one language, not four.
 */
const englishOnly = {
  name: 'english-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]_internal[\\/]texts[\\/](ko|zhHans|zhHant)\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const name = /export const (\w+)/.exec(source)?.[1];
      if (name === undefined) throw new Error(`english-only: no table in ${args.path}`);
      return { contents: `export { enTexts as ${name} } from './en.ts';\n`, loader: 'ts' };
    });
  },
};

const result = await build({
  plugins: [englishOnly],
  stdin: {
    contents: `import { warehouseApi } from './src/warehouse/warehouseApi.ts';\nexport default warehouseApi(${JSON.stringify(version)});\n`,
    resolveDir: root,
    sourcefile: 'warehouse-entry.ts',
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  globalName: '__subscriptionRules',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  write: false,
});
const text = result.outputFiles[0].text.trim();
const prefix = 'var __subscriptionRules=';
if (!text.startsWith(prefix) || !text.endsWith(';'))
  throw new Error(`warehouse bundle: unexpected output ${text.slice(0, 40)}…${text.slice(-40)}`);
// the namespace object's `default`: the API itself, as one expression
const expression = `(${text.slice(prefix.length, -1)}).default`;
const folder = join(root, 'dist', 'warehouse');
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'warehouse.js'), `${expression}\n`);
writeFileSync(join(folder, 'warehouse.mjs'), `export default ${expression};\n`);
