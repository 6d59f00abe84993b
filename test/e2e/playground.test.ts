import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
// Only here may a test be skipped: no Chromium on a developer's machine outside CI. In CI it fails.
if (!present && process.env.CI === undefined) {
  console.log(`browser test skipped: ${CHROMIUM} is not installed (CI installs Debian's chromium)`);
}

const root = new URL('../../', import.meta.url).pathname;
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

/** Serves the project folder on 127.0.0.1, so the page can import dist/index.js. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(
      decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname),
    ).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!present && process.env.CI === undefined)('the playground in Chromium', () => {
  let server: Server;
  let browser: BrowserContext;
  let profile: string;
  let page: URL;

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is required in CI`).toBe(true);
    server = await serve();
    page = new URL(
      `http://127.0.0.1:${(server.address() as AddressInfo).port}/docs/playground/index.html`,
    );
    profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
    // A fresh profile directory each run (Playwright passes it to Chromium as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
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
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  });

  it('REF-1: a monthly SaaS order cancelled 23 hours later shows full credit and the window end', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(page.href);
    await tab.waitForSelector('body[data-ready=true]');
    await tab.selectOption('select[name=product]', 'marketplace-saas');
    await tab.selectOption('select[name=billing]', 'monthly');
    await tab.fill('input[name=ordered]', '2026-11-20T10:00:00Z');
    await tab.fill('input[name=at]', '2026-11-21T09:00:00Z');
    await tab.click('#refund button');
    const text = await tab.locator('#decision').textContent();
    expect(text).toContain('full-credit (REF-1, partner-center-2021-03)');
    expect(text).toContain('window ends 2026-11-21T10:00:00.000Z');
    await tab.fill('input[name=at]', '2026-11-21T10:00:00Z');
    await tab.click('#refund button');
    expect(await tab.locator('#decision').textContent()).toContain('cancel-at-renewal (REF-2');
    expect(errors).toEqual([]);
  });

  it('MKT-3, PRICE-4: Swaziland is unavailable for Azure reservations, and 10.99 AUD in Australia holds 1.00 of tax', async () => {
    const tab = await browser.newPage();
    await tab.goto(page.href);
    await tab.waitForSelector('body[data-ready=true]');
    await tab.click('#market button');
    expect(await tab.locator('#availability').textContent()).toContain(
      'Eswatini (SZ): Azure reservations unavailable',
    );
    await tab.fill('input[name=market]', 'Australia');
    await tab.click('#market button');
    const text = await tab.locator('#availability').textContent();
    expect(text).toContain('Australia (AU): Azure reservations available');
    expect(text).toContain('net A$9.99, tax A$1.00, gross A$10.99 (the list price includes tax)');
  });

  it('ERR-1: a bad instant shows the RuleError with its code and field, not a crash', async () => {
    const tab = await browser.newPage();
    await tab.goto(page.href);
    await tab.waitForSelector('body[data-ready=true]');
    await tab.fill('input[name=ordered]', 'not a date');
    await tab.click('#refund button');
    const output = tab.locator('#decision');
    expect(await output.textContent()).toMatch(/^INVALID_INSTANT: purchase\.orderedAt: /);
    expect(await output.getAttribute('class')).toBe('error');
  });
});
