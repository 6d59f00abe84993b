import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { INVOICE_LABELS } from '../../docs/playground/invoiceLabels.js';
import { browserPresent, CHROMIUM, type OpenTab, playgroundSession } from './_playground.ts';

// Only here may a test be skipped: no Chromium on a developer's machine outside CI. In CI it fails.
if (!browserPresent) {
  console.log(`browser test skipped: ${CHROMIUM} is not installed (CI installs Debian's chromium)`);
}

const TAGS = ['en', 'ko', 'zh-Hans', 'zh-Hant'] as const;

describe('the invoice labels', () => {
  it('MSG-1: every label of the Invoice view exists, not empty, in the four languages, with the English placeholders', () => {
    const names = (text: string): string[] =>
      [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
    const keys = Object.keys(INVOICE_LABELS.en).sort();
    for (const tag of TAGS) {
      const labels: Record<string, string> = INVOICE_LABELS[tag];
      expect(Object.keys(labels).sort(), tag).toEqual(keys);
      for (const key of keys) {
        expect((labels[key] ?? '').trim(), `${tag} ${key}`).not.toBe('');
        expect(names(labels[key] ?? ''), `${tag} ${key}`).toEqual(
          names(INVOICE_LABELS.en[key] ?? ''),
        );
      }
    }
  });
});

describe.skipIf(!browserPresent)('the Invoice view in Chromium', () => {
  const page = playgroundSession();
  const open = (): Promise<OpenTab> => page.open('invoice');

  /** The results table's cells, row by row (the detail rows left out). */
  function results(tab: Page): Promise<string[][]> {
    return tab.$$eval('#invoice-results > tbody > tr:not(.detail)', (rows) =>
      rows.map((row) => Array.from(row.children, (cell) => cell.textContent ?? '')),
    );
  }

  it('INV-3: the example ties out per invoice and currency — sum, invoice total, residual, outcome — and the lines behind a sum are a click away', async () => {
    const { tab, errors } = await open();
    expect(await tab.locator('#tab-invoice').getAttribute('aria-selected')).toBe('true');
    await tab.click('#invoice-example');
    await tab.waitForSelector('#invoice-results');
    expect(await results(tab)).toEqual([
      ['G000000001', 'JPY', '901.2 JPY', '¥897', '-4.2 JPY', 'adjustment not in the files'],
      ['G000000777', 'USD', '$0.00', '-$50.00', '-$50.00', 'no lines'],
      ['G000024135', 'USD', '$2,075.89', '$2,075.89', '$0.00', 'tied'],
    ]);
    const behind = tab.locator('#invoice-results tr.detail table.behind').nth(2);
    expect(await behind.isHidden()).toBe(true);
    await tab.locator('#invoice-results button.lines').nth(1).click();
    expect(await behind.isVisible()).toBe(true);
    const lines = await behind
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.children, (cell) => cell.textContent ?? '')),
      );
    expect(lines).toEqual([
      ['G000024135.csv', '1', 'cycleCharge', '1200.00', '96.00', '1296.00'],
      ['G000024135.csv', '2', 'usage', '700.12', '56.01', '756.13'],
      ['G000024135.csv', '3', 'cancelImmediate', '-30.00', '-2.40', '-32.40'],
      ['G000024135.csv', '4', 'new', '52.00', '4.16', '56.16'],
    ]);
    expect(await tab.locator('#invoice-result .not-tied').textContent()).toBe(
      'Not every invoice ties out: see the outcomes.',
    );
    expect(await tab.locator('#invoice-results tr.detail .message').nth(2).textContent()).toContain(
      'amended by G000000777: 2025.89 USD net of them',
    );
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('INV-3, MSG-1: files picked (a gzip among them) tie out, in Korean', async () => {
    const { tab, errors } = await open();
    await tab.selectOption('#locale', 'ko');
    await tab.setInputFiles('#invoice-invoices', {
      name: 'invoice.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"id":"G000024135","invoiceDate":"2026-11-08T00:00:00Z","totalCharges":2075.90,"currencyCode":"USD"}',
      ),
    });
    const header = 'InvoiceNumber,Subtotal,TaxTotal,Total,Currency';
    await tab.setInputFiles('#invoice-files', [
      {
        name: 'a.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          `${header}\nG000024135,1200.00,96.00,1296.00,USD\nG000024135,700.12,56.01,756.13,USD\n`,
        ),
      },
      {
        name: 'b.csv.gz',
        mimeType: 'application/gzip',
        buffer: gzipSync(
          `${header}\nG000024135,-30.00,-2.40,-32.40,USD\nG000024135,52.00,4.16,56.16,USD\n`,
        ),
      },
    ]);
    await tab.waitForSelector('#invoice-results');
    expect(await results(tab)).toEqual([
      ['G000024135', 'USD', 'US$2,075.89', 'US$2,075.90', 'US$0.01', '반올림'],
    ]);
    expect(await tab.locator('#invoice-result .all-tied').textContent()).toBe(
      '모든 청구서가 줄과 일치합니다.',
    );
    expect(await tab.locator('#tab-invoice').textContent()).toBe('청구서');
    expect(errors).toEqual([]);
    await tab.close();
  });
});
