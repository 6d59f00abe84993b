import { build } from 'esbuild';
import { brotliCompressSync } from 'node:zlib';
const r = await build({ stdin: { contents: `export { ${process.argv[2]} } from './dist/index.js';`, resolveDir: '/work/main', loader: 'js' }, bundle: true, minify: true, format: 'esm', write: false });
const out = r.outputFiles[0].text;
console.log(out.length, brotliCompressSync(Buffer.from(out)).length);
if (process.argv[3]) console.log(out);
