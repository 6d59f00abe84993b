import { buildSync } from 'esbuild';

/**
 * Every source module an entry loads at run time (type-only imports are erased first, as every
 * bundler and Node's type stripping do): esbuild's metafile of a bundle of `entry`, tree-shaking
 * off, so a module is listed when it is imported at all, used or not.
 */
export function modulesLoadedBy(entry: string): string[] {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    treeShaking: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'error',
  });
  return Object.keys(result.metafile.inputs);
}
