import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { tempFolder } from '../_tempFolder.ts';

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
  const profile = tempFolder('chromium-profile-');
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

/** How {@link PlaygroundSession.open} opens a tab. */
export interface OpenOptions {
  /** The viewport's width in CSS pixels; default 1280 (900 high). */
  readonly width?: number;
  /** The page's clock, fixed at this instant (the remedies are worked out at it). */
  readonly now?: string;
}

/** A fresh tab on the page, and what went wrong in it. */
export interface OpenTab {
  readonly tab: Page;
  /** Page errors, console errors and console warnings, in order. */
  readonly errors: string[];
  /** Every request that left the page's own server (refused: the page works from its files). */
  readonly outside: string[];
}

/** The page's server and a Chromium of its own for one suite. */
export interface PlaygroundSession {
  /** The server's origin, `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** The browser, for a suite that opens its own tabs. */
  readonly browser: BrowserContext;
  /** A fresh tab at the page's `#view` (`usage`, `reconciliation`), ready (`body[data-ready]`). */
  open(view: string, options?: OpenOptions): Promise<OpenTab>;
}

/**
 * The setup every Chromium suite of the page shares: called inside its `describe`, it starts the
 * playground's server and a Chromium (in `timezoneId` when given) before the suite, and stops both
 * after it; in CI a missing Chromium fails the suite.
 */
export function playgroundSession(
  launch: { readonly timezoneId?: string } = {},
): PlaygroundSession {
  let server: Playground | undefined;
  let chromium: { browser: BrowserContext; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is required in CI`).toBe(true);
    server = await startPlayground();
    chromium = await launchChromium(launch);
  });
  afterAll(async () => {
    await chromium?.close();
    server?.process.kill();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the playground is not started: call open in a test');
    return value;
  };
  return {
    get origin() {
      return started(server).origin;
    },
    get browser() {
      return started(chromium).browser;
    },
    async open(view, options = {}) {
      const { origin } = started(server);
      const tab = await started(chromium).browser.newPage();
      if (options.now !== undefined) await tab.clock.setFixedTime(new Date(options.now));
      await tab.setViewportSize({ width: options.width ?? 1280, height: 900 });
      const errors: string[] = [];
      const outside: string[] = [];
      await tab.route('**/*', (route) => {
        const asked = route.request().url();
        if (asked.startsWith(`${origin}/`)) return route.continue();
        outside.push(asked);
        return route.abort('internetdisconnected');
      });
      tab.on('pageerror', (error) => errors.push(error.message));
      tab.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          errors.push(`${message.type()}: ${message.text()}`);
      });
      await tab.goto(`${origin}/docs/playground/index.html#${view}`);
      await tab.waitForSelector('body[data-ready=true]');
      return { tab, errors, outside };
    },
  };
}

/** A table of the page's words: language tag, then key, then text. */
export type Labels = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The inspector's words, as the page loads them (`docs/playground/inspectorLabels.js`). */
export const INSPECTOR_LABELS: Labels = (
  (await import(pathToFileURL(join(root, 'docs/playground/inspectorLabels.js')).href)) as {
    INSPECTOR_LABELS: Labels;
  }
).INSPECTOR_LABELS;

/** The inspector's label `key` in `tag`, its `{name}` placeholders filled from `params`. */
export function inspectorLabel(
  tag: string,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = INSPECTOR_LABELS[tag]?.[key];
  if (template === undefined) throw new Error(`no label ${key} in ${tag}`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * A fresh tab of the session's browser on the inspector's page (`/docs/playground/`), ready
 * (`body[data-ready]`), its clock fixed at `now` and its viewport `width` × 900 when given; its
 * page errors and console errors pushed to `problems`, which the suite asserts empty.
 */
export async function inspectorTab(
  session: PlaygroundSession,
  problems: string[],
  options: OpenOptions = {},
): Promise<Page> {
  const tab = await session.browser.newPage();
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  if (options.now !== undefined) await tab.clock.setFixedTime(options.now);
  if (options.width !== undefined) await tab.setViewportSize({ width: options.width, height: 900 });
  await tab.goto(`${session.origin}/docs/playground/`);
  await tab.waitForSelector('body[data-ready=true]');
  return tab;
}

/**
 * Instants as the page must show them: the language's words in `zone` (the browser's own zone
 * unless given), written by the browser's own Intl (its ICU data is not Node's: Korean's 오전 is
 * AM in some Node builds).
 */
export function shownInstants(
  tab: Page,
  isos: readonly string[],
  tag: string,
  zone?: string,
): Promise<string[]> {
  return tab.evaluate(
    ([instants, language, timeZone]) =>
      instants.map((iso) =>
        new Intl.DateTimeFormat(language, {
          year: 'numeric',
          month: 'short',
          day: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          timeZoneName: 'short',
          timeZone,
        }).format(new Date(iso)),
      ),
    [isos, tag, zone] as const,
  );
}
