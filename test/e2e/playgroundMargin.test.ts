import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MARGIN_LABELS } from '../../docs/playground/marginLabels.js';
import { browserPresent, CHROMIUM, type OpenTab, playgroundSession } from './_playground.ts';

// Only here may a test be skipped: no Chromium on a developer's machine outside CI. In CI it fails.
if (!browserPresent) {
  console.log(`browser test skipped: ${CHROMIUM} is not installed (CI installs Debian's chromium)`);
}

const TAGS = ['en', 'ko', 'zh-Hans', 'zh-Hant'] as const;

describe('the margin labels', () => {
  it('MSG-1: every label of the Margin view exists, not empty, in the four languages, with the English placeholders', () => {
    const names = (text: string): string[] =>
      [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
    const keys = Object.keys(MARGIN_LABELS.en).sort();
    for (const tag of TAGS) {
      const labels: Record<string, string> = MARGIN_LABELS[tag];
      expect(Object.keys(labels).sort(), tag).toEqual(keys);
      for (const key of keys) {
        expect((labels[key] ?? '').trim(), `${tag} ${key}`).not.toBe('');
        expect(names(labels[key] ?? ''), `${tag} ${key}`).toEqual(
          names(MARGIN_LABELS.en[key] ?? ''),
        );
      }
    }
  });
});

describe.skipIf(!browserPresent)('the Margin view in Chromium', () => {
  const page = playgroundSession();
  const open = (): Promise<OpenTab> => page.open('margin');

  /** The customers table's cells, row by row (the bar and the detail rows left out). */
  function customers(tab: Page): Promise<string[][]> {
    return tab.$$eval('#margin-customers > tbody > tr:not(.detail)', (rows) =>
      rows.map((row) =>
        Array.from(row.children, (cell) => cell.textContent ?? '').filter((_, i) => i !== 6),
      ),
    );
  }

  it('RSL-7, RSL-9: the example shows each customer’s month — cost, billed, margin, a bar — and its findings a click away', async () => {
    const { tab, errors } = await open();
    expect(await tab.locator('#tab-margin').getAttribute('aria-selected')).toBe('true');
    await tab.click('#margin-example');
    await tab.waitForSelector('#margin-customers');
    expect(await customers(tab)).toEqual([
      ['Contoso', '2026-11', '$595.40', '$661.50', '$66.10', '9.99 %', '5 findings'],
    ]);
    const cost = await tab
      .locator('#margin-customers .bar .cost')
      .evaluate((e) => (e as HTMLElement).style.width);
    expect(Number.parseFloat(cost)).toBeCloseTo((59540 / 66150) * 100, 3);
    const detail = tab.locator('#margin-customers tr.detail');
    expect(await detail.isHidden()).toBe(true);
    await tab.click('#margin-customers button.findings');
    expect(await detail.isVisible()).toBe(true);
    const kinds = await detail
      .locator('li')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.kind));
    expect(kinds).toEqual([
      'unbilled-seats',
      'ghost',
      'term-mismatch',
      'unused-seats',
      'margin-below-floor',
    ]);
    expect(await detail.locator('li').first().textContent()).toContain(
      '→ now: Bill 2 more seats of BP-Y-M from 2026-11',
    );
    expect(await tab.locator('#margin-result .leaks').textContent()).toBe(
      '5 findings, at stake a month: $214.05',
    );
    expect(await tab.locator('#margin-result .unmapped').textContent()).toBe(
      'Not Microsoft resale (codes not in the map): $360.00, lines: 1',
    );
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('RSL-9, MSG-1: the three files and the map dropped (a gzip among them) are told apart and judged, in Korean', async () => {
    const { tab, errors } = await open();
    await tab.selectOption('#locale', 'ko');
    const cost = [
      'CustomerId,CustomerName,ProductId,SkuId,ChargeType,ChargeStartDate,ChargeEndDate,BillableQuantity,Subtotal,Currency,TermAndBillingCycle',
      'c1,Contoso,CFQ7TTC0LCHC,0002,cycleCharge,2026-11-01,2026-11-30,12,264.00,USD,"Annual term, Monthly billing"',
    ].join('\n');
    const billed = 'Client,Code,Qty,Net,Month\nContoso,BP,12,312.00,2026-11-01\n';
    const map = {
      billed: {
        customer: 'Client',
        product: 'Code',
        quantity: 'Qty',
        amount: 'Net',
        date: 'Month',
        defaultCurrency: 'USD',
      },
      products: [
        { code: 'BP', productId: 'CFQ7TTC0LCHC', skuId: '0002', term: 'P1Y', billing: 'monthly' },
      ],
    };
    const drop = await tab.evaluateHandle(
      ([files]) => {
        const transfer = new DataTransfer();
        for (const [name, base64] of files as unknown as [string, string][]) {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          transfer.items.add(new File([bytes], name));
        }
        return transfer;
      },
      [
        [
          ['recon.csv.gz', gzipSync(cost).toString('base64')],
          ['psa.csv', Buffer.from(billed).toString('base64')],
          ['map.json', Buffer.from(JSON.stringify(map)).toString('base64')],
        ],
      ] as const,
    );
    await tab.dispatchEvent('#margin-drop', 'drop', { dataTransfer: drop });
    await tab.waitForSelector('#margin-customers');
    expect(await customers(tab)).toEqual([
      ['Contoso', '2026-11', 'US$264.00', 'US$312.00', 'US$48.00', '15.38 %', '없음'],
    ]);
    expect(await tab.locator('#margin-result .all-good').textContent()).toBe(
      '누수 없음: 모든 고객에게 비용만큼 청구됨.',
    );
    expect(await tab.locator('#tab-margin').textContent()).toBe('마진');
    expect(errors).toEqual([]);
    await tab.close();
  });
});
