import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserPresent,
  CHROMIUM,
  type OpenTab,
  type Playground,
  playgroundSession,
  root,
  startPlayground,
} from './_playground.ts';

// Only here may a test be skipped: no Chromium on a developer's machine outside CI. In CI it fails.
if (!browserPresent) {
  console.log(`browser test skipped: ${CHROMIUM} is not installed (CI installs Debian's chromium)`);
}

const DOCS = 'https://github.com/subscription-rules/subscription-rules/blob/main/';

type Labels = Readonly<Record<string, Readonly<Record<string, string>>>>;
// The words of the page and of its Timeline & decisions forms, by language (the page's own table).
const { FORMS_LABELS } = (await import(
  pathToFileURL(join(root, 'docs/playground/formsLabels.js')).href
)) as { FORMS_LABELS: Labels };

/** The forms' label `key` in `tag`, placeholders filled; a missing key fails the test. */
function formLabel(tag: string, key: string, params: Record<string, string | number> = {}): string {
  const template = FORMS_LABELS[tag]?.[key];
  if (template === undefined) throw new Error(`no label ${key} in ${tag}`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A GET with the path sent exactly as written (fetch would resolve `..` first). */
function rawGet(origin: string, path: string): Promise<{ status: number; type: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'] ?? '' });
    })
      .on('error', reject)
      .end();
  });
}

describe('npm run playground', () => {
  let server: Playground;
  beforeAll(async () => {
    server = await startPlayground();
  });
  afterAll(() => {
    server?.process.kill();
  });

  it('serves the page, its scripts, the built library and zod with their content types', async () => {
    const cases: [string, string][] = [
      ['/docs/playground/index.html', 'text/html; charset=utf-8'],
      ['/docs/playground/', 'text/html; charset=utf-8'],
      ['/docs/playground/playground.js', 'text/javascript; charset=utf-8'],
      ['/dist/index.js', 'text/javascript; charset=utf-8'],
      ['/node_modules/zod/mini/index.js', 'text/javascript; charset=utf-8'],
      ['/dist/json-schema/event.json', 'application/json; charset=utf-8'],
    ];
    for (const [path, type] of cases) {
      const response = await fetch(`${server.origin}${path}`);
      expect([path, response.status, response.headers.get('content-type')]).toEqual([
        path,
        200,
        type,
      ]);
    }
    const page = await (await fetch(`${server.origin}/docs/playground/index.html`)).text();
    expect(page).toBe(readFileSync(join(root, 'docs/playground/index.html'), 'utf8'));
  });

  it('refuses paths outside the project folder, and answers 404 for a missing file', async () => {
    expect((await rawGet(server.origin, '/../package.json')).status).toBe(403);
    expect((await rawGet(server.origin, '/docs/../../etc/passwd')).status).toBe(403);
    expect((await rawGet(server.origin, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(403);
    expect((await rawGet(server.origin, '/docs/playground/missing.js')).status).toBe(404);
  });

  it('sends / and a folder without its slash to the page', async () => {
    const home = await fetch(`${server.origin}/`, { redirect: 'manual' });
    expect([home.status, home.headers.get('location')]).toEqual([302, '/docs/playground/']);
    const folder = await fetch(`${server.origin}/docs/playground`, { redirect: 'manual' });
    expect([folder.status, folder.headers.get('location')]).toEqual([301, '/docs/playground/']);
  });
});

describe.skipIf(!browserPresent)('the playground in Chromium', () => {
  // the timeline and decision forms are the playground's view (the inspector is the first)
  const page = playgroundSession();
  const open = (): Promise<OpenTab> => page.open('playground');

  /** The timeline's rows: instant, event, status after, effect, next deadline. */
  function timelineRows(tab: Page): Promise<string[][]> {
    return tab.$$eval('#timeline-result tbody tr', (rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent ?? '')),
    );
  }

  it('LC-6, LC-7, LC-11, REF-2: the default timeline shows a refusal while suspended, the renewal the reactivation caught up, and the cancellation at the term end', async () => {
    const { tab, errors } = await open();
    expect(await timelineRows(tab)).toEqual([
      [
        '2026-01-05T09:00:00.000Z',
        'created',
        'active',
        '2 licenses (LC-1)',
        'renewed 2026-02-05T09:00:00.000Z',
      ],
      [
        '2026-01-20T00:00:00.000Z',
        'suspend',
        'suspended',
        '(LC-6)',
        'data-deleted 2026-04-20T00:00:00.000Z',
      ],
      [
        '2026-01-25T00:00:00.000Z',
        'change-quantity',
        'refused NOT_ALLOWED',
        'The subscription is suspended: reactivate it before change-quantity.',
        'data-deleted 2026-04-20T00:00:00.000Z',
      ],
      [
        '2026-02-10T12:00:00.000Z',
        'reactivate',
        'active',
        '(LC-7)',
        'renewed 2026-03-10T12:00:00.000Z',
      ],
      [
        '2026-02-10T12:00:00.000Z',
        'renewed (time)',
        'active',
        'caught up at the reactivation (LC-7)',
        'renewed 2026-03-10T12:00:00.000Z',
      ],
      [
        '2026-02-11T08:00:00.000Z',
        'cancel',
        'active',
        'cancellation scheduled for 2026-03-10T12:00:00.000Z (REF-2)',
        'cancelled 2026-03-10T12:00:00.000Z',
      ],
      ['2026-03-10T12:00:00.000Z', 'cancelled (time)', 'cancelled', '(LC-3)', 'none'],
    ]);
    expect(await tab.locator('#timeline-final').textContent()).toBe(
      'As of 2026-06-01T00:00:00.000Z: cancelled, 2 licenses; next deadline: none.',
    );
    expect(await tab.locator('#timeline-result tr.refused').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('REF-1, REF-6, LC-3: a cancellation on the first day credits price × quantity, and a later reactivation is refused with its message', async () => {
    const { tab } = await open();
    // 'Cancelled within 24 hours: full credit'
    await tab.selectOption('select[name=scenario]', { index: 1 });
    const rows = await timelineRows(tab);
    expect(rows[1]).toEqual([
      '2026-01-05T15:00:00.000Z',
      'cancel',
      'cancelled',
      'full-credit, credit A$25.00 (REF-1)',
      'none',
    ]);
    expect(rows[2]?.slice(0, 3)).toEqual([
      '2026-01-06T00:00:00.000Z',
      'reactivate',
      'refused TERMINAL',
    ]);
    expect(rows[2]?.[3]).toMatch(/cancelled/);
    expect(rows).toHaveLength(3);
  });

  it('REF-5, REF-6, PRICE-6: a software subscription cancelled on day 11 credits 354 of 365 days of 5 licenses (the day of the cancellation counts as used)', async () => {
    const { tab } = await open();
    await tab.selectOption('select[name=scenario]', { index: 2 });
    expect((await timelineRows(tab))[1]?.slice(2, 4)).toEqual([
      'cancelled',
      'prorated-credit, credit $1,770.00 (REF-5)',
    ]);
  });

  it('NCE-6, NCE-7, NCE-11: the New Commerce preset shows its fields, credits 32.49 for 3 of 10 seats reduced on day 4, and refuses a reduction after the window', async () => {
    const { tab, errors } = await open();
    // 'New Commerce: seats reduced in their window, then refused after it'
    await tab.selectOption('select[name=scenario]', { index: 4 });
    for (const name of ['term', 'billingFrequency'])
      expect(await tab.locator(`#timeline select[name=${name}]`).isVisible()).toBe(true);
    for (const name of [
      'select[name=billing]',
      'input[name=accountOpened]',
      'input[name=firstBilling]',
    ])
      expect(await tab.locator(`#timeline ${name}`).isVisible()).toBe(false);
    const next = 'renewed 2027-11-20T00:00:00.000Z';
    expect(await timelineRows(tab)).toEqual([
      ['2026-11-20T10:00:00.000Z', 'created', 'active', '10 seats (NCE-1)', next],
      [
        '2026-11-23T09:00:00.000Z',
        'change-quantity',
        'active',
        'prorated-credit, credit $32.49 (NCE-6)',
        next,
      ],
      [
        '2026-12-05T00:00:00.000Z',
        'change-quantity',
        'refused REDUCTION_NOT_ALLOWED',
        'No seats can be removed now (each batch can be reduced only in its first days): schedule 5 seats for the renewal on 2027-11-20T00:00:00.000Z.',
        next,
      ],
    ]);
    expect(await tab.locator('#timeline-final').textContent()).toBe(
      `As of 2026-12-31T00:00:00.000Z: active, 7 seats; next deadline: ${next}.`,
    );
    // Back to a legacy preset: the legacy fields return.
    await tab.selectOption('select[name=scenario]', { index: 0 });
    expect(await tab.locator('#timeline select[name=billing]').isVisible()).toBe(true);
    expect(await tab.locator('#timeline select[name=term]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('NCE-7, NCE-8: a scheduled renewal renews with its seats; with auto-renew off the subscription expires, is disabled, then deleted', async () => {
    const { tab, errors } = await open();
    // 'New Commerce: a renewal with fewer seats, then auto-renew off until deletion' (a term of
    // 2024, before the Extended Service Term)
    await tab.selectOption('select[name=scenario]', { index: 5 });
    const rows = [
      [
        '2024-11-20T10:00:00.000Z',
        'created',
        'active',
        '10 seats (NCE-1)',
        'renewed 2024-12-20T00:00:00.000Z',
      ],
      [
        '2024-12-01T00:00:00.000Z',
        'schedule-renewal',
        'active',
        '10 seats, 5 from the renewal (NCE-7)',
        'renewed 2024-12-20T00:00:00.000Z',
      ],
      [
        '2024-12-20T00:00:00.000Z',
        'renewed (time)',
        'active',
        '5 seats (NCE-8)',
        'renewed 2025-01-20T00:00:00.000Z',
      ],
      [
        '2024-12-25T00:00:00.000Z',
        'set-auto-renew',
        'active',
        '5 seats (NCE-7)',
        'expired 2025-01-20T00:00:00.000Z',
      ],
      [
        '2025-01-20T00:00:00.000Z',
        'expired (time)',
        'expired',
        '5 seats (NCE-8)',
        'disabled 2025-02-19T00:00:00.000Z',
      ],
      [
        '2025-02-19T00:00:00.000Z',
        'disabled (time)',
        'disabled',
        '5 seats (NCE-8)',
        'data-deleted 2025-05-20T00:00:00.000Z',
      ],
      ['2025-05-20T00:00:00.000Z', 'data-deleted (time)', 'deleted', '5 seats (NCE-8)', 'none'],
    ];
    expect(await timelineRows(tab)).toEqual(rows);
    expect(await tab.locator('#timeline-final').textContent()).toBe(
      'As of 2025-06-01T00:00:00.000Z: deleted, 5 seats; next deadline: none.',
    );
    // The same change as a JSON event plays the same.
    await tab.fill(
      '#timeline textarea[name=events]',
      JSON.stringify([
        { type: 'schedule-renewal', at: '2024-12-01T00:00:00Z', quantity: 5 },
        { type: 'set-auto-renew', at: '2024-12-25T00:00:00Z', enabled: false },
      ]),
    );
    await tab.click('#timeline button');
    expect(await timelineRows(tab)).toEqual(rows);
    expect(errors).toEqual([]);
  });

  it('MID-1, MID-2: a longer term now shows its credit and charge; a billing frequency change waits, then applies at its period (time)', async () => {
    const { tab, errors } = await open();
    // 'New Commerce: a longer term now, then annual billing from the next period'
    await tab.selectOption('select[name=scenario]', { index: 6 });
    // 10 seats of a month at 15.00 from 2024-06-10: 11 of 30 days used, r(500·1.1)·10 = 55.00
    expect(await timelineRows(tab)).toEqual([
      [
        '2024-06-10T10:00:00.000Z',
        'created',
        'active',
        '10 seats (NCE-1)',
        'renewed 2024-07-10T00:00:00.000Z',
      ],
      [
        '2024-06-20T00:00:00.000Z',
        'change-term',
        'active',
        'prorated-credit, credit $95.00 (MID-1); term-change $110.00 (MID-1)',
        'renewed 2027-06-20T00:00:00.000Z',
      ],
      [
        '2024-08-01T00:00:00.000Z',
        'change-billing-frequency',
        'active',
        '10 seats, billed annual from 2024-08-20T00:00:00.000Z (MID-2)',
        'billing-frequency-changed 2024-08-20T00:00:00.000Z',
      ],
      [
        '2024-08-20T00:00:00.000Z',
        'billing-frequency-changed (time)',
        'active',
        '10 seats (MID-2)',
        'renewed 2027-06-20T00:00:00.000Z',
      ],
    ]);
    expect(errors).toEqual([]);
  });

  it('LC-10, LC-11: events typed as JSON play like lines; a bad event names its line and field, and one out of order stops the timeline there', async () => {
    const { tab } = await open();
    await tab.fill('textarea[name=events]', '[{ "type": "cancel", "at": "2026-01-05T10:00:00Z" }]');
    await tab.click('#timeline button');
    expect((await timelineRows(tab))[1]?.[3]).toBe('full-credit, credit A$25.00 (REF-1)');
    await tab.fill(
      'textarea[name=events]',
      '2026-01-20T00:00:00Z suspend\n2026-01-21T00:00:00Z pause',
    );
    await tab.click('#timeline button');
    const output = tab.locator('#timeline-final');
    expect(await output.textContent()).toMatch(/^line 1: reason: /);
    expect(await output.getAttribute('class')).toBe('error');
    expect(await tab.locator('#timeline-result tr').count()).toBe(0);
    await tab.fill(
      'textarea[name=events]',
      '2026-01-20T00:00:00Z suspend nonpayment\n2026-01-10T00:00:00Z cancel',
    );
    await tab.click('#timeline button');
    expect(await output.textContent()).toMatch(
      /^OUT_OF_ORDER: event 2 \(cancel\): expected an instant at or after/,
    );
    expect((await timelineRows(tab)).map((row) => row[1])).toEqual(['created', 'suspend']);
  });

  it('REF-1: a monthly SaaS order cancelled 23 hours later shows full credit for its price and the window end', async () => {
    const { tab, errors } = await open();
    await tab.selectOption('#refund select[name=product]', 'marketplace-saas');
    await tab.selectOption('#refund select[name=billing]', 'monthly');
    await tab.fill('#refund input[name=price]', '12.50');
    await tab.fill('#refund input[name=currency]', 'AUD');
    await tab.fill('#refund input[name=ordered]', '2026-11-20T10:00:00Z');
    await tab.fill('#refund input[name=at]', '2026-11-21T09:00:00Z');
    await tab.click('#refund button');
    const text = await tab.locator('#decision').textContent();
    expect(text).toContain('full-credit (REF-1, partner-center-2021-03)\ncredit A$12.50\n');
    expect(text).toContain('window ends 2026-11-21T10:00:00.000Z');
    expect(await tab.locator('#decision a').first().getAttribute('href')).toBe(
      `${DOCS}docs/rules.md#ref-1`,
    );
    await tab.fill('#refund input[name=at]', '2026-11-21T10:00:00Z');
    await tab.click('#refund button');
    const later = await tab.locator('#decision').textContent();
    expect(later).toContain('cancel-at-renewal (REF-2');
    expect(later).not.toContain('credit A$');
    expect(errors).toEqual([]);
  });

  it('MSG-1: the language picker writes the decision in Korean, Simplified or Traditional Chinese, and back in English', async () => {
    const { tab, errors } = await open();
    await tab.selectOption('#refund select[name=product]', 'marketplace-saas');
    await tab.selectOption('#refund select[name=billing]', 'monthly');
    await tab.fill('#refund input[name=ordered]', '2026-11-20T10:00:00Z');
    await tab.fill('#refund input[name=at]', '2026-11-21T09:00:00Z');
    const decisionIn = async (tag: string): Promise<string> => {
      await tab.selectOption('#locale', tag);
      await tab.click('#refund button');
      return (await tab.locator('#decision').textContent()) ?? '';
    };
    expect(await decisionIn('ko')).toContain('주문 후 24시간 이내에 취소됨');
    expect(await tab.getAttribute('html', 'lang')).toBe('ko');
    expect(await decisionIn('zh-Hans')).toContain('全额信用额度');
    expect(await decisionIn('zh-Hant')).toContain('全額信用額度');
    expect(await decisionIn('en')).toContain(
      'Cancelled within 24 hours of the order: full credit on the next invoice (window ends 2026-11-21T10:00:00.000Z).',
    );
    expect(errors).toEqual([]);
  });

  it('NCE-4, NCE-5: New Commerce on the refund form: its fields appear, 10 seats at 12.50 USD get 108.30 back', async () => {
    const { tab, errors } = await open();
    expect(await tab.locator('#refund select[name=term]').isVisible()).toBe(false);
    await tab.selectOption('#refund select[name=program]', 'new-commerce');
    expect(await tab.locator('#refund select[name=term]').isVisible()).toBe(true);
    expect(await tab.locator('#refund select[name=billing]').isVisible()).toBe(false);
    await tab.selectOption('#refund select[name=product]', 'license-based');
    await tab.selectOption('#refund select[name=term]', 'P1Y');
    await tab.selectOption('#refund select[name=billingFrequency]', 'monthly');
    await tab.fill('#refund input[name=quantity]', '10');
    await tab.fill('#refund input[name=price]', '12.50');
    await tab.fill('#refund input[name=currency]', 'USD');
    await tab.fill('#refund input[name=ordered]', '2026-11-20T10:00:00Z');
    await tab.fill('#refund input[name=at]', '2026-11-23T09:00:00Z');
    await tab.click('#refund button');
    const text = await tab.locator('#decision').textContent();
    expect(text).toContain(
      'prorated-credit (NCE-4, partner-center-nce-2025-04)\ncredit $108.30\nwindow ends 2026-11-28T00:00:00.000Z',
    );
    expect(errors).toEqual([]);
  });

  it("RES-1, RES-2: the reservation form opens on Microsoft's example — 2 400 USD cancelled, 47 600 USD of the limit left — and an earlier refund in the last 365 days makes it over-limit", async () => {
    const { tab, errors } = await open();
    await tab.click('#reservation button');
    const text = await tab.locator('#reservation-decision').textContent();
    expect(text).toContain(
      'refund (RES-1, partner-center-2021-03)\nrefund $80.65\ncancelled commitment $2,400.00\nlimit left $47,600.00\nthis refund comes back at 2027-12-20T00:00:00.000Z\n',
    );
    expect(text).toContain('exchange: allowed (RES-2)');
    expect(await tab.locator('#reservation-decision a').first().getAttribute('href')).toBe(
      `${DOCS}docs/rules.md#res-1`,
    );
    await tab.fill(
      '#reservation textarea[name=refunds]',
      '2026-06-01T00:00:00Z 40000.00 USD\n2026-07-01T00:00:00Z 7000.00 EUR 1.1',
    );
    await tab.click('#reservation button');
    const over = await tab.locator('#reservation-decision').textContent();
    expect(over).toContain('over-limit (RES-1, partner-center-2021-03)');
    expect(over).toContain('limit left $2,300.00');
    expect(over).toContain('$40,000.00 comes back at 2027-06-01T00:00:00.000Z');
    await tab.fill('#reservation input[name=purchased]', '2027-02-01T00:00:00Z');
    await tab.fill('#reservation input[name=at]', '2027-03-01T00:00:00Z');
    await tab.fill('#reservation textarea[name=refunds]', '');
    await tab.selectOption('#locale', 'ko');
    await tab.click('#reservation button');
    const korean = await tab.locator('#reservation-decision').textContent();
    expect(korean).toContain(
      formLabel('ko', 'reservation.exchange', {
        outcome: formLabel('ko', 'decision.not-exchangeable'),
      }),
    );
    expect(korean).toContain('절약 플랜이 적용되는 서비스(virtual-machines)');
    await tab.fill('#reservation input[name=at]', '2030-03-01T00:00:00Z');
    await tab.click('#reservation button');
    expect(await tab.locator('#reservation-decision').textContent()).toMatch(/^OUT_OF_ORDER: at: /);
    expect(errors).toEqual([]);
  });

  it('MKT-3, PRICE-2, PRICE-4: the quote opens on Australia, where 10.99 AUD includes 1.00 of GST; Swaziland is unavailable', async () => {
    const { tab } = await open();
    await tab.click('#market button');
    const text = await tab.locator('#availability').textContent();
    expect(text).toContain('Australia (AU): Azure reservations available');
    expect(text).toContain('net A$9.99, tax A$1.00, gross A$10.99 (the list price includes tax');
    await tab.fill('#market input[name=market]', 'Swaziland');
    await tab.click('#market button');
    expect(await tab.locator('#availability').textContent()).toContain(
      'Eswatini (SZ): Azure reservations unavailable',
    );
  });

  it('ERR-1: a bad instant shows the RuleError with its code and field, not a crash', async () => {
    const { tab } = await open();
    await tab.fill('#refund input[name=ordered]', 'not a date');
    await tab.click('#refund button');
    const output = tab.locator('#decision');
    expect(await output.textContent()).toMatch(/^INVALID_INSTANT: purchase\.orderedAt: /);
    expect(await output.getAttribute('class')).toBe('error');
  });

  it('MSG-1: in Korean and Traditional Chinese the page heading, links, and every legend, label, button, hint, table header and answer of the Timeline & decisions forms come from their table; back in English they read as before', async () => {
    const { tab, errors } = await open();
    const COLUMNS = ['column.at', 'column.event', 'column.status', 'column.effect', 'column.next'];
    const LEGENDS = ['timeline.legend', 'refund.legend', 'reservation.legend', 'market.legend'];
    /**
     * Every element of the page that names a label of the forms' table, and its text (the language
     * picker's label, the tabs and the inspector are the inspector's table, checked by its test).
     */
    const keyed = async (): Promise<[string, string][]> =>
      (
        await tab.$$eval('[data-label-key]', (nodes) =>
          nodes.map((n): [string, string] => [
            (n as HTMLElement).dataset.labelKey ?? '',
            n.textContent ?? '',
          ]),
        )
      ).filter(([key]) => key in (FORMS_LABELS.en ?? {}));
    const headers = (): Promise<string[]> =>
      tab.$$eval('#timeline-result th', (cells) => cells.map((cell) => cell.textContent ?? ''));
    const cellLabels = (): Promise<string[]> =>
      tab.$$eval('#timeline-result tbody tr:first-child td', (cells) =>
        cells.map((cell) => (cell as HTMLElement).dataset.label ?? ''),
      );
    for (const form of ['#refund', '#reservation', '#market']) await tab.click(`${form} button`);
    await tab.waitForSelector('#availability:not(:empty)');
    await tab.setViewportSize({ width: 375, height: 800 });
    for (const tag of ['ko', 'zh-Hant']) {
      await tab.selectOption('#locale', tag);
      expect(await tab.locator('h1').textContent()).toBe(formLabel(tag, 'page.title'));
      // the longer words still fit a phone
      expect(await tab.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(
        375,
      );
      const found = await keyed();
      // the heading, introduction, links, glossary line, every legend, label, option, button and
      // hint of the four forms, and the scenarios' names
      expect(found.length).toBeGreaterThan(90);
      for (const [key, text] of found) expect([key, text]).toEqual([key, formLabel(tag, key)]);
      const keys = new Set(found.map(([key]) => key));
      for (const key of [...LEGENDS, 'page.intro', 'nav.rules', 'page.glossary.link'])
        expect([key, keys.has(key)]).toEqual([key, true]);
      expect(await tab.locator('#playground legend').allTextContents()).toEqual(
        LEGENDS.map((key) => formLabel(tag, key)),
      );
      expect(await tab.locator('#timeline label:has(input[name=until]) span').textContent()).toBe(
        formLabel(tag, 'timeline.until'),
      );
      // the table, built by the page, is built again in the language chosen
      const columns = COLUMNS.map((key) => formLabel(tag, key));
      expect(await headers()).toEqual(columns);
      expect(await cellLabels()).toEqual(columns);
      const refused = await tab.$$eval('#timeline-result tr.refused td', (cells) =>
        cells.map((cell) => cell.textContent ?? ''),
      );
      expect(refused.slice(1, 3)).toEqual([
        formLabel(tag, 'event.change-quantity'),
        formLabel(tag, 'row.refused', { code: formLabel(tag, 'code.NOT_ALLOWED') }),
      ]);
      expect(await tab.locator('#timeline-final').textContent()).toBe(
        formLabel(tag, 'final.licenses', {
          at: '2026-06-01T00:00:00.000Z',
          status: formLabel(tag, 'state.cancelled'),
          quantity: 2,
          next: formLabel(tag, 'row.none'),
        }),
      );
      // the answers shown are given again in the language: outcomes in words, not codes
      expect((await tab.locator('#decision').textContent())?.split('\n')[0]).toBe(
        formLabel(tag, 'refund.decision', {
          outcome: formLabel(tag, 'decision.full-credit'),
          rule: 'REF-1',
          policy: 'partner-center-2021-03',
        }),
      );
      expect(await tab.locator('#reservation-decision').textContent()).toContain(
        formLabel(tag, 'reservation.exchange', { outcome: formLabel(tag, 'decision.allowed') }),
      );
      expect((await tab.locator('#availability').textContent())?.split('\n')[0]).toBe(
        formLabel(tag, 'market.available', {
          // the browser's own name of the market in the language (its ICU data, not Node's)
          market: await tab.evaluate(
            (locale) => new Intl.DisplayNames([locale], { type: 'region' }).of('AU') ?? '',
            tag,
          ),
          code: 'AU',
        }),
      );
    }
    await tab.selectOption('#locale', 'en');
    expect(await tab.locator('h1').textContent()).toBe('subscription-rules playground');
    for (const [key, text] of await keyed())
      expect([key, text]).toEqual([key, formLabel('en', key)]);
    expect(await headers()).toEqual([
      'Instant',
      'Event',
      'Status after',
      'Effect',
      'Next deadline',
    ]);
    expect((await timelineRows(tab))[2]?.slice(1, 3)).toEqual([
      'change-quantity',
      'refused NOT_ALLOWED',
    ]);
    expect(await tab.locator('#timeline-final').textContent()).toBe(
      'As of 2026-06-01T00:00:00.000Z: cancelled, 2 licenses; next deadline: none.',
    );
    expect(await tab.locator('#availability').textContent()).toContain(
      'Australia (AU): Azure reservations available',
    );
    // an event out of order: its place and type in words, the library's reason in the language
    await tab.selectOption('#locale', 'ko');
    await tab.fill(
      'textarea[name=events]',
      '2026-01-20T00:00:00Z suspend nonpayment\n2026-01-10T00:00:00Z cancel',
    );
    await tab.click('#timeline button');
    const where = formLabel('ko', 'where.eventType', {
      n: 2,
      type: formLabel('ko', 'event.cancel'),
    });
    const failure = (await tab.locator('#timeline-final').textContent()) ?? '';
    expect(failure.startsWith(`OUT_OF_ORDER: ${where}: `)).toBe(true);
    expect(failure).not.toContain('expected an instant');
    expect(errors).toEqual([]);
  });

  it('fits a 375 px phone: a viewport meta and no sideways scrolling', async () => {
    const { tab } = await open();
    expect(await tab.locator('meta[name=viewport]').getAttribute('content')).toBe(
      'width=device-width, initial-scale=1',
    );
    await tab.setViewportSize({ width: 375, height: 800 });
    for (const form of ['#timeline', '#refund', '#reservation', '#market'])
      await tab.click(`${form} button`);
    await tab.waitForSelector('#availability:not(:empty)');
    expect(await tab.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    // The New Commerce fields of the refund form fit too.
    await tab.selectOption('#refund select[name=program]', 'new-commerce');
    await tab.selectOption('#refund select[name=product]', 'license-based');
    await tab.click('#refund button');
    expect(await tab.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    // And a New Commerce timeline, its term and frequency fields and its refusal's long message.
    await tab.selectOption('select[name=scenario]', { index: 4 });
    await tab.waitForSelector('#timeline-result tr.refused');
    expect(await tab.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
  });

  it('links to the guides by absolute address, and every rule link to a heading of docs/rules.md', async () => {
    const { tab } = await open();
    await tab.click('#refund button');
    await tab.click('#reservation button');
    await tab.click('#market button');
    const hrefs = await tab.$$eval('a', (links) =>
      links.map((link) => link.getAttribute('href') ?? ''),
    );
    const guides = hrefs.filter((href) => !href.includes('#'));
    expect(guides).toContain(`${DOCS}README.md`);
    expect(guides).toContain(`${DOCS}docs/rules.md`);
    expect(guides).toContain(`${DOCS}docs/lifecycle.md`);
    for (const href of hrefs)
      expect(href).toMatch(
        /^https:\/\/github\.com\/subscription-rules\/subscription-rules\/blob\/main\//,
      );
    const headings = new Set(
      [...readFileSync(join(root, 'docs/rules.md'), 'utf8').matchAll(/^### (\S+)$/gm)].map((m) =>
        (m[1] ?? '').toLowerCase(),
      ),
    );
    const anchors = hrefs.filter((href) => href.includes('#')).map((href) => href.split('#')[1]);
    expect(anchors.length).toBeGreaterThan(10);
    for (const anchor of anchors) expect(headings).toContain(anchor);
  });
});
