import { build } from 'esbuild';
import { brotliCompressSync } from 'node:zlib';
const r = await build({ stdin: { contents: `export * from '/work/main/src/schemas/index.ts';`, resolveDir: '/work/main', loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, metafile: true });
const out = r.outputFiles[0].contents;
console.log('total min', out.length, 'brotli', brotliCompressSync(out).length);
const inputs = Object.values(r.metafile.outputs)[0].inputs;
let zod = 0; const zf = [];
for (const [k, v] of Object.entries(inputs)) if (k.includes('node_modules/zod')) { zod += v.bytesInOutput; zf.push([v.bytesInOutput, k.replace(/.*zod\//,'')]); }
console.log('zod min bytes', zod);
zf.sort((a,b)=>b[0]-a[0]); for (const x of zf.slice(0,15)) console.log(x[0], x[1]);
