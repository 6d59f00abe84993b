import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { formatMoney, money } from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import * as newCommerce from 'subscription-rules/new-commerce';
import {
  type ReconcileSubscriptionsResult,
  reconcileSubscriptions,
} from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { RECONCILE_LABELS } from '../../docs/playground/reconcileLabels.js';
import { browserPresent, CHROMIUM, type OpenTab, playgroundSession, root } from './_playground.ts';

// Only here may a test be skipped: no Chromium on a developer's machine outside CI. In CI it fails.
if (!browserPresent) {
  console.log(`browser test skipped: ${CHROMIUM} is not installed (CI installs Debian's chromium)`);
}

const example = join(root, 'docs/playground/reconcile-example');
const read = (name: string): string => readFileSync(join(example, name), 'utf8');
const TAGS = ['en', 'ko', 'zh-Hans', 'zh-Hant'] as const;
/** The page's clock: the remedies are worked out at it, as the command line does without --at. */
const NOW = '2026-12-08T09:00:00.000Z';
const LOCALES = { en: undefined, ko, 'zh-Hans': zhHans, 'zh-Hant': zhHant } as const;

/** A label of the view in the language `tag` (the test fails on a missing one). */
function text(tag: (typeof TAGS)[number], key: string): string {
  const value = RECONCILE_LABELS[tag][key];
  if (value === undefined) throw new Error(`no label ${key} in ${tag}`);
  return value;
}

/** CSV text as rows keyed by its header, as the page's parser gives them. */
const rowsOf = (text: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' }).data;

/** What the library finds for the example's files, computed here, in `tag`'s language. */
function expected(tag: (typeof TAGS)[number]): ReconcileSubscriptionsResult {
  const locale = LOCALES[tag];
  return reconcileSubscriptions(
    rowsOf(read('recon.csv')),
    (JSON.parse(read('resources.json')) as { value: unknown[] }).value,
    {
      rules: newCommerce,
      prices: rowsOf(read('prices.csv')),
      at: NOW,
      ...(locale === undefined ? {} : { locale }),
    },
  );
}

describe('the reconciliation labels', () => {
  it('MSG-1: every label of the view exists, not empty, in the four languages, with the English placeholders', () => {
    const names = (text: string): string[] =>
      [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
    const keys = Object.keys(RECONCILE_LABELS.en).sort();
    for (const tag of TAGS) {
      const labels: Record<string, string> = RECONCILE_LABELS[tag];
      expect(Object.keys(labels).sort(), tag).toEqual(keys);
      for (const key of keys) {
        expect((labels[key] ?? '').trim(), `${tag} ${key}`).not.toBe('');
        expect(names(labels[key] ?? ''), `${tag} ${key}`).toEqual(names(text('en', key)));
      }
    }
  });
});

describe.skipIf(!browserPresent)('the reconciliation view in Chromium', () => {
  const page = playgroundSession();
  const open = (width = 1280): Promise<OpenTab> => page.open('reconciliation', { width, now: NOW });

  /** The summary's counts as the view shows them, by name. */
  async function counts(tab: Page): Promise<Record<string, string>> {
    return Object.fromEntries(
      await tab.$$eval('#reconcile-view dd[data-count]', (cells) =>
        cells.map((cell) => [cell.getAttribute('data-count'), cell.textContent ?? '']),
      ),
    );
  }

  /** The cells of the differences table, row by row. */
  function differences(tab: Page): Promise<string[][]> {
    return tab.$$eval('#reconcile-view table[data-findings=differences] tbody tr', (rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent ?? '')),
    );
  }

  const resultState = (tab: Page) => tab.locator('#reconcile-result').getAttribute('data-state');

  it('the server sends papaparse’s browser build and the example’s files', async () => {
    for (const path of [
      '/node_modules/papaparse/papaparse.min.js',
      '/docs/playground/reconcile.js',
      '/docs/playground/reconcileLabels.js',
      '/docs/playground/reconcile-example/recon.csv',
      '/docs/playground/reconcile-example/resources.json',
      '/docs/playground/reconcile-example/prices.csv',
    ]) {
      const response = await fetch(`${page.origin}${path}`);
      expect([path, response.status]).toEqual([path, 200]);
    }
    const script = await fetch(`${page.origin}/node_modules/papaparse/papaparse.min.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('REC-2, REC-3: the example shows the summary the library computes for the same files, and the difference with its sentence', async () => {
    const { tab, errors } = await open();
    expect(await resultState(tab)).toBe('empty');
    await tab.click('#reconcile-example');
    await tab.waitForSelector('#reconcile-result[data-state=done]');
    const found = expected('en');
    expect(found.different.length).toBeGreaterThan(0);
    const [stake] = found.atStake;
    expect(await counts(tab)).toEqual({
      lines: String(found.lines),
      subscriptions: String(found.subscriptions),
      matched: String(found.matched.length),
      different: String(found.different.length),
      missing: String(found.missing.length),
      unexpected: String(found.unexpected.length),
      refused: String(found.refused.length),
      issues: String(found.issues.length),
      'atStake-0': `${formatMoney(money(stake?.amount ?? '', 'USD'))}: billed ${formatMoney(money(stake?.net ?? '', 'USD'))} more than the rules, net`,
    });
    const [first] = found.different;
    expect(await differences(tab)).toEqual([
      [
        first?.subscriptionId,
        first?.chargeType,
        `${first?.chargeStartDate} – ${first?.chargeEndDate}`,
        // the amount and the seats it bills, never "× 5", which reads as a unit price
        `${first?.expected.Subtotal} USD for ${first?.expected.BillableQuantity} seats`,
        `${first?.actual.Subtotal} USD for ${first?.actual.BillableQuantity} seats`,
        `${first?.message} ${first?.rules.join(' ')}`,
        // whose it is (the file and the resource name no customer) and its sheet row
        text('en', 'none'),
        String(first?.rows[0]),
        // what can still be done, worked out at the page's clock as the command line does
        text('en', 'whenNow'),
        text('en', 'none'),
        found.findings[0]?.remedy?.message,
      ],
    ]);
    expect(found.findings[0]?.remedy).toMatchObject({ when: 'now' });
    expect(errors).toEqual([]);
  });

  it('MSG-1: in Korean and both Chinese scripts the headers, summary words and the difference’s sentence change language', async () => {
    const { tab, errors } = await open();
    await tab.click('#reconcile-example');
    await tab.waitForSelector('#reconcile-result[data-state=done]');
    for (const tag of TAGS) {
      await tab.selectOption('#locale', tag);
      const label = (key: string): string => text(tag, key);
      expect(await tab.locator('#reconcile-title').textContent()).toBe(label('title'));
      expect(await tab.locator('#reconcile-example').textContent()).toBe(label('example'));
      expect(
        await tab.$$eval('#reconcile-view dl.summary dt', (cells) =>
          cells.map((cell) => cell.textContent),
        ),
      ).toEqual([
        label('lines'),
        label('days'),
        label('subscriptions'),
        label('pricesFrom'),
        label('matched'),
        label('different'),
        label('missing'),
        label('unexpected'),
        label('refused'),
        label('issues'),
        label('atStake'),
      ]);
      expect(
        await tab.$$eval('#reconcile-view table[data-findings=differences] th', (cells) =>
          cells.map((cell) => cell.textContent),
        ),
      ).toEqual([
        label('colSubscription'),
        label('colChargeType'),
        label('colDays'),
        label('colExpected'),
        label('colBilled'),
        label('colWhy'),
        label('colCustomer'),
        label('colRows'),
        label('colWhen'),
        label('colUntil'),
        label('colRemedy'),
      ]);
      const sentence = expected(tag).different[0]?.message ?? '';
      expect((await differences(tab))[0]?.[5]).toBe(
        `${sentence} ${expected(tag).different[0]?.rules.join(' ')}`,
      );
    }
    expect(expected('ko').different[0]?.message).not.toBe(expected('en').different[0]?.message);
    expect(errors).toEqual([]);
  });

  it('REC-3: files set through the file inputs (gzip too, one resource per file) reconcile as the example does', async () => {
    const { tab, errors } = await open();
    const resources = (JSON.parse(read('resources.json')) as { value: object[] }).value;
    await tab.setInputFiles('#reconcile-file', {
      name: 'recon.csv.gz',
      mimeType: 'application/gzip',
      buffer: gzipSync(read('recon.csv')),
    });
    await expect.poll(() => resultState(tab)).toBe('error'); // the resources are still to come
    await tab.setInputFiles(
      '#reconcile-resources',
      resources.map((resource, i) => ({
        name: `resource-${i}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(resource)),
      })),
    );
    await tab.waitForSelector('#reconcile-result[data-state=done]');
    const found = expected('en');
    const shown = await counts(tab);
    expect([shown.matched, shown.different, shown.subscriptions]).toEqual([
      String(found.matched.length),
      String(found.different.length),
      String(found.subscriptions),
    ]);
    // without a price list each subscription is priced at its own lines' UnitPrice: same findings
    expect((await differences(tab))[0]?.[5]).toBe(
      `${found.different[0]?.message} ${found.different[0]?.rules.join(' ')}`,
    );
    expect(errors).toEqual([]);
  });

  it('REC-3: the three files dropped together go each to its place, told by their content', async () => {
    const { tab, errors } = await open();
    const files: [string, string][] = [
      ['prices.csv', read('prices.csv')],
      ['resources.json', read('resources.json')],
      ['recon.csv', read('recon.csv')],
    ];
    await tab.evaluate((dropped) => {
      const transfer = new DataTransfer();
      for (const [name, content] of dropped) transfer.items.add(new File([content], name));
      const zone = document.querySelector('#reconcile-drop') as HTMLElement;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, files);
    await tab.waitForSelector('#reconcile-result[data-state=done]');
    expect(await tab.inputValue('#reconcile-file-text')).toBe(read('recon.csv'));
    expect(await tab.inputValue('#reconcile-prices-text')).toBe(read('prices.csv'));
    const found = expected('en');
    expect((await counts(tab)).different).toBe(String(found.different.length));
    expect(errors).toEqual([]);
  });

  it('ERR-2: a file that is not a CSV, a CSV without the columns, resources that are not JSON and a price list without its columns each get a clear message, nothing in the console', async () => {
    const { tab, errors } = await open();
    await tab.click('#reconcile-example');
    await tab.waitForSelector('#reconcile-result[data-state=done]');
    const message = () => tab.locator('#reconcile-result .message.error').textContent();
    await tab.setInputFiles('#reconcile-file', {
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    });
    await expect.poll(message).toBe(text('en', 'notCsv').replace('{name}', 'photo.png'));
    await tab.setInputFiles('#reconcile-file', {
      name: 'invoice.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('CustomerName,Total\nContoso,12.50\n'),
    });
    await expect
      .poll(message)
      .toBe(
        text('en', 'missingColumns')
          .replace('{name}', 'invoice.csv')
          .replace(
            '{columns}',
            'ChargeType, ChargeStartDate, ChargeEndDate, BillableQuantity, Subtotal',
          ),
      );
    await tab.setInputFiles('#reconcile-file', {
      name: 'recon.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(read('recon.csv')),
    });
    await expect.poll(() => resultState(tab)).toBe('done');
    await tab.setInputFiles('#reconcile-resources', {
      name: 'resources.json',
      mimeType: 'application/json',
      buffer: Buffer.from('id,quantity\nS1,10\n'),
    });
    await expect.poll(message).toBe(text('en', 'notJson').replace('{name}', 'resources.json'));
    // pasted text is read the same way
    await tab.fill('#reconcile-resources-text', '{"value": "nothing"}');
    await tab.click('#reconcile-run');
    await expect
      .poll(message)
      .toBe(text('en', 'notResources').replace('{name}', text('en', 'pasted')));
    await tab.selectOption('#locale', 'ko');
    await expect
      .poll(message)
      .toBe(text('ko', 'notResources').replace('{name}', text('ko', 'pasted')));
    // a price list without its columns
    await tab.selectOption('#locale', 'en');
    await tab.fill('#reconcile-resources-text', read('resources.json'));
    await tab.setInputFiles('#reconcile-prices', {
      name: 'prices.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Product,Price\nM365,12.50\n'),
    });
    await expect
      .poll(message)
      .toBe(
        text('en', 'pricesMissingColumns')
          .replace('{name}', 'prices.csv')
          .replace('{columns}', 'UnitPrice, Currency, SubscriptionId, ProductId, SkuId'),
      );
    expect(errors).toEqual([]);
  });

  for (const width of [375, 1280])
    it(`no horizontal overflow at ${width} px, in English and in Chinese`, async () => {
      const { tab, errors } = await open(width);
      await tab.click('#reconcile-example');
      await tab.waitForSelector('#reconcile-result[data-state=done]');
      for (const tag of ['en', 'zh-Hant'] as const) {
        await tab.selectOption('#locale', tag);
        const sizes = await tab.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
          view: (document.querySelector('#reconcile-view') as HTMLElement).scrollWidth,
          viewBox: (document.querySelector('#reconcile-view') as HTMLElement).clientWidth,
        }));
        expect(sizes.page, tag).toBeLessThanOrEqual(sizes.viewport);
        expect(sizes.view, tag).toBeLessThanOrEqual(sizes.viewBox);
      }
      expect(errors).toEqual([]);
    });
});
