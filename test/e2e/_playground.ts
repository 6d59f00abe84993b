import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium, which playwright-core drives. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser tests run: Chromium is there, or CI says it must be (and then its absence
 * fails). Only these tests may be skipped: no Chromium on a developer's machine outside CI.
 */
export const browserPresent: boolean = existsSync(CHROMIUM) || process.env.CI !== undefined;

/** The package's folder. */
export const root: string = new URL('../../', import.meta.url).pathname;

/** The playground's server: its origin and its process. */
export interface Playground {
  readonly origin: string;
  readonly process: ChildProcess;
}

/** Starts `scripts/playground.mjs` (what `npm run playground` runs) on a free port. */
export function startPlayground(): Promise<Playground> {
  const child = spawn(process.execPath, [join(root, 'scripts/playground.mjs')], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let printed = '';
    child.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const url = /playground: (http:\/\/127\.0\.0\.1:\d+)\/docs\/playground\//.exec(printed);
      if (url?.[1] !== undefined) resolve({ origin: url[1], process: child });
    });
    child.stderr.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())));
    child.on('exit', (code) => reject(new Error(`the playground server exited with ${code}`)));
  });
}

/** A Chromium of its own, headless, with a fresh profile; `close` also removes the profile. */
export async function launchChromium(
  options: { readonly timezoneId?: string } = {},
): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  // A fresh profile directory each run (Playwright passes it to Chromium as --user-data-dir).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ...options,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
