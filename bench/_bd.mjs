import { build } from 'esbuild';

const [entry, names] = [process.argv[2], process.argv[3]];
const result = await build({
  stdin: {
    contents: `export { ${names} } from './${entry}';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  metafile: true,
  logLevel: 'error',
});
const output = Object.values(result.metafile.outputs)[0];
const rows = Object.entries(output.inputs)
  .map(([m, { bytesInOutput }]) => [m, bytesInOutput])
  .filter((r) => r[1] > 0)
  .sort((a, b) => b[1] - a[1]);
let total = 0;
for (const r of rows) total += r[1];
console.log('total minified', total);
for (const [m, b] of rows.slice(0, +(process.argv[4] ?? 40))) console.log(String(b).padStart(6), m);
const { brotliCompressSync, constants } = await import('node:zlib');
console.log(
  'brotli',
  brotliCompressSync(result.outputFiles[0].contents, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length,
);
