import { defineConfig } from 'tsup';

/** ESM + CJS + declarations for every public entry, plus the command-line tool (ESM only). */
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      schemas: 'src/schemas/index.ts',
      'new-commerce': 'src/newCommerce/index.ts',
      legacy: 'src/legacy/index.ts',
      arbitraries: 'src/arbitraries/index.ts',
      'locales/en': 'src/locales/en.ts',
      'locales/ko': 'src/locales/ko.ts',
      'locales/zh-Hans': 'src/locales/zh-Hans.ts',
      'locales/zh-Hant': 'src/locales/zh-Hant.ts',
    },
    external: ['fast-check'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    treeshake: true,
    splitting: true,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
