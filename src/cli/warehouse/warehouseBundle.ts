import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `warehouse.js`'s text: beside the command line (`dist/warehouse/`), or in the package's
 * `dist/warehouse/` above the module (a run from the sources).
 *
 * @throws Error when the bundle is not built.
 */
export function warehouseBundle(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    for (const path of [
      join(folder, 'warehouse', 'warehouse.js'),
      join(folder, 'dist', 'warehouse', 'warehouse.js'),
    ])
      if (existsSync(path)) return readFileSync(path, 'utf8');
    folder = dirname(folder);
  }
  throw new Error(
    'the warehouse bundle dist/warehouse/warehouse.js is not built: run npm run build',
  );
}
