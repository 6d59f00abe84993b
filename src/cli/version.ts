import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's version, read from the `package.json` above this module (the built `dist/cli.js`
 * or the source), so `--version` always says what is installed.
 */
export function version(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === 'subscription-rules' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // not here: look one folder up
    }
    folder = dirname(folder);
  }
  return 'unknown';
}
