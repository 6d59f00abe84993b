// Removes the vitest JSON reports of an earlier run, so the totals count this run only.
import { rmSync } from 'node:fs';

rmSync(new URL('../reports', import.meta.url), { recursive: true, force: true });
