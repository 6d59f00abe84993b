import { gzipSync } from 'node:zlib';
import { fc } from '@fast-check/vitest';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USAGE_LABELS } from '../../docs/playground/usageLabels.js';
import { recordsOf } from '../../docs/playground/usageRead.js';
import {
  browserPresent,
  CHROMIUM,
  launchChromium,
  type OpenTab,
  playgroundSession,
} from './_playground.ts';

// Only here may a test be skipped: no Chromium on a developer's machine outside CI. In CI it fails.
if (!browserPresent) {
  console.log(`browser test skipped: ${CHROMIUM} is not installed (CI installs Debian's chromium)`);
}

const TAGS = ['en', 'ko', 'zh-Hans', 'zh-Hant'] as const;

const HEADER = [
  'CustomerId',
  'CustomerName',
  'InvoiceNumber',
  'SubscriptionId',
  'EntitlementId',
  'UsageDate',
  'ProductId',
  'SkuId',
  'AvailabilityId',
  'MeterId',
  'MeterName',
  'PublisherName',
  'Quantity',
  'UnitPrice',
  'EffectiveUnitPrice',
  'PCToBCExchangeRate',
  'BillingPreTaxTotal',
  'BillingCurrency',
  'PartnerEarnedCreditPercentage',
  'CreditPercentage',
] as const;

type Cells = Partial<Record<(typeof HEADER)[number] | 'CreditType', string>>;

/** A usage line: USG-3's VM meter, 24 h at 0.20 USD with PEC 15 (4.08), unless `cells` say otherwise. */
function line(cells: Cells): Cells {
  return {
    CustomerId: 'c-1',
    CustomerName: 'Contoso',
    InvoiceNumber: 'G000000001',
    SubscriptionId: 'plan-1',
    EntitlementId: 'azure-1',
    ProductId: 'DZH318Z0BQ3Q',
    SkuId: '0001',
    AvailabilityId: 'DZH318Z0BQ3Q0001',
    MeterId: 'vm-d2s',
    MeterName: 'D2s v5',
    PublisherName: 'Microsoft',
    Quantity: '24',
    UnitPrice: '0.20',
    EffectiveUnitPrice: '0.17',
    PCToBCExchangeRate: '1',
    BillingPreTaxTotal: '4.08',
    BillingCurrency: 'USD',
    PartnerEarnedCreditPercentage: '15',
    CreditPercentage: '0',
    ...cells,
  };
}

/** The lines as a CSV file's text. */
function csv(lines: readonly Cells[], header: readonly string[] = HEADER): string {
  return `${[header.join(','), ...lines.map((l) => header.map((c) => l[c as keyof Cells] ?? '').join(','))].join('\n')}\n`;
}

/** November 2026's days `from` … `to` of the VM, PEC lost on `lost`. */
function month(from: number, to: number, lost: readonly number[] = []): Cells[] {
  const lines: Cells[] = [];
  for (let d = from; d <= to; d++) {
    const off = lost.includes(d);
    lines.push(
      line({
        UsageDate: `2026-11-${String(d).padStart(2, '0')}`,
        PartnerEarnedCreditPercentage: off ? '0' : '15',
        EffectiveUnitPrice: off ? '0.20' : '0.17',
        BillingPreTaxTotal: off ? '4.80' : '4.08',
      }),
    );
  }
  return lines;
}

describe('the usage labels', () => {
  it('MSG-1: every label of the Usage tab exists, not empty, in the four languages, with the English placeholders', () => {
    const names = (text: string): string[] =>
      [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
    const keys = Object.keys(USAGE_LABELS.en).sort();
    for (const tag of TAGS) {
      const labels: Record<string, string> = USAGE_LABELS[tag];
      expect(Object.keys(labels).sort(), tag).toEqual(keys);
      for (const key of keys) {
        expect((labels[key] ?? '').trim(), `${tag} ${key}`).not.toBe('');
        expect(names(labels[key] ?? ''), `${tag} ${key}`).toEqual(
          names(USAGE_LABELS.en[key] ?? ''),
        );
      }
    }
  });
});

/** A file of `bytes` whose stream gives them in pieces cut at `cuts`, as a browser's File would. */
function pieces(name: string, bytes: Uint8Array, cuts: readonly number[]) {
  const at = [...new Set([0, ...cuts.map((c) => c % (bytes.length + 1)), bytes.length])].sort(
    (a, b) => a - b,
  );
  return {
    name,
    slice: (start: number, end: number) => ({
      arrayBuffer: async () => bytes.slice(start, end).buffer,
    }),
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 1; i < at.length; i++)
            controller.enqueue(bytes.slice(at[i - 1], at[i] as number));
          controller.close();
        },
      }),
  };
}

async function all(file: Parameters<typeof recordsOf>[0]): Promise<unknown[]> {
  const records: unknown[] = [];
  for await (const record of recordsOf(file)) records.push(record);
  return records;
}

describe('reading a usage file a piece at a time', () => {
  const page = globalThis as { window?: unknown };
  beforeAll(() => {
    page.window = { Papa };
  });
  afterAll(() => {
    delete page.window;
  });

  const cellText = fc.oneof(
    fc.constantFrom('D2s v5', 'a, "b"', 'two\nlines', 'two\r\nlines', '東京 €', '', '0.085'),
    fc.string({ maxLength: 6 }),
  );
  const quote = (cell: string) =>
    /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;

  it('USG-1: reading a CSV file in any pieces, gzip or not, gives the rows of reading it whole (quoted commas, quotes and line breaks, CRLF, multi-byte characters cut anywhere)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cellText, cellText), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (rows, eol, gzip, cuts) => {
          const text = ['MeterName,Quantity', ...rows.map((r) => r.map(quote).join(','))].join(eol);
          const whole = Papa.parse<string[]>(text, {
            delimiter: ',',
            skipEmptyLines: 'greedy',
          }).data.slice(1);
          const expected = whole.map((cells) => ({
            MeterName: cells[0],
            Quantity: cells[1] ?? '',
          }));
          const bytes = gzip ? gzipSync(text) : new TextEncoder().encode(text);
          expect(await all(pieces('dru.csv', new Uint8Array(bytes), cuts))).toEqual(expected);
        },
      ),
    );
  });

  it("USG-1: reading the export's JSON lines in any pieces gives each line's text, its numbers as written", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cellText, fc.constantFrom('0.100000000000000012', '1e2', '24')), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (rows, cuts) => {
          const lines = rows.map(
            ([name, q]) => `{"MeterName":${JSON.stringify(name)},"Quantity":${q}}`,
          );
          const bytes = gzipSync(`${lines.join('\n')}\n`);
          expect(await all(pieces('part.json.gz', new Uint8Array(bytes), cuts))).toEqual(lines);
        },
      ),
    );
  });
});

describe.skipIf(!browserPresent)('the Usage tab in Chromium', () => {
  const page = playgroundSession();
  const open = (): Promise<OpenTab> => page.open('usage');

  /** Picks the usage files (and the invoice file) and waits for the result. */
  async function pick(
    tab: Page,
    files: readonly { name: string; buffer: Buffer }[],
    invoice?: { name: string; buffer: Buffer },
  ): Promise<void> {
    if (invoice !== undefined)
      await tab.setInputFiles('#usage-invoice', { ...invoice, mimeType: 'text/csv' });
    await tab.setInputFiles(
      '#usage-files',
      files.map((f) => ({ ...f, mimeType: 'application/octet-stream' })),
    );
    await tab.waitForSelector('#usage-result [data-done=true]');
  }

  /** The state and accessible text of one day's cell of one meter. */
  function cell(tab: Page, meter: string, day: string): Promise<[string, string]> {
    return tab
      .locator(`#usage-result [data-meter="${meter}"] [data-day="${day}"]`)
      .evaluate((li) => [li.getAttribute('data-state') ?? '', li.getAttribute('aria-label') ?? '']);
  }

  it('USG-3: a month with PEC lost on the 10th to the 12th shows those three days lost, the days around them earned, and 3 × 0.72 = 2.16 USD of PEC lost with the remedy for that Azure subscription', async () => {
    const { tab, errors, outside } = await open();
    expect(await tab.locator('#tab-usage').getAttribute('aria-selected')).toBe('true');
    await pick(tab, [{ name: 'dru.csv', buffer: Buffer.from(csv(month(1, 30, [10, 11, 12]))) }]);
    expect(await cell(tab, 'vm-d2s', '2026-11-09')).toEqual([
      'earned',
      'November 9, 2026: PEC earned — cost: $4.08 · PEC earned: $0.72',
    ]);
    for (const day of ['10', '11', '12'])
      expect(await cell(tab, 'vm-d2s', `2026-11-${day}`)).toEqual([
        'lost',
        `November ${day}, 2026: PEC lost — cost: $4.80 · PEC lost: $0.72`,
      ]);
    expect(await cell(tab, 'vm-d2s', '2026-11-13')).toEqual([
      'earned',
      'November 13, 2026: PEC earned — cost: $4.08 · PEC earned: $0.72',
    ]);
    const states = await tab
      .locator('#usage-result [data-meter="vm-d2s"] [data-day]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-state')));
    expect(states.length).toBe(30);
    expect(states.filter((s) => s === 'lost').length).toBe(3);
    // one tab stop per strip; the arrow keys walk its days and the day in focus is read out
    const strip = '#usage-result [data-meter="vm-d2s"]';
    await tab.focus(`${strip} [data-day="2026-11-01"]`);
    for (let i = 0; i < 9; i++) await tab.keyboard.press('ArrowRight');
    expect(await tab.evaluate(() => (document.activeElement as HTMLElement).dataset.day)).toBe(
      '2026-11-10',
    );
    expect(await tab.locator(`${strip} .day-note`).textContent()).toBe(
      'November 10, 2026: PEC lost — cost: $4.80 · PEC lost: $0.72',
    );
    expect(await tab.locator(`${strip} [tabindex="0"]`).count()).toBe(1);
    expect(await tab.locator('#usage-result [data-meter="vm-d2s"] .at-stake').textContent()).toBe(
      '$2.16',
    );
    expect(await tab.locator('#usage-totals li').allTextContents()).toEqual([
      'USD: at stake $2.16; PEC lost $2.16; Azure credit used $0.00',
    ]);
    const finding = await tab
      .locator('#usage-result [data-entitlement="azure-1"] .findings li')
      .textContent();
    expect(finding).toContain('2026-11-10, 2026-11-11, 2026-11-12');
    expect(finding).toContain('2.16 USD');
    expect(finding).toContain('Do now');
    expect(finding).toContain('AOBO');
    expect(finding).toContain('on Azure subscription azure-1');
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await tab.close();
  });

  it('USG-3, USG-5: a Spot meter given PEC shows its day excluded with 0.72 USD at stake; a day paid by Azure credit shows credit with 0.51 USD used; a day without usage shows none — from a gzip file and a JSON-lines blob', async () => {
    const { tab, errors } = await open();
    const spot = line({
      UsageDate: '2026-11-01',
      SkuId: '0002',
      MeterId: 'vm-d2s-spot',
      MeterName: 'D2s v5 Spot',
    });
    const storage = {
      CustomerId: 'c-1',
      InvoiceNumber: 'G000000001',
      SubscriptionId: 'plan-1',
      EntitlementId: 'azure-1',
      UsageDate: '2026-11-05',
      ProductId: 'DZH317F1HKN0',
      SkuId: '0003',
      MeterId: 'storage-lrs',
      MeterName: 'LRS Data Stored',
      PublisherName: 'Microsoft',
      Quantity: 30,
      UnitPrice: 0.02,
      EffectiveUnitPrice: 0,
      PCToBCExchangeRate: 1,
      BillingPreTaxTotal: 0.0,
      BillingCurrency: 'USD',
      PartnerEarnedCreditPercentage: 15,
      CreditPercentage: 100,
      CreditType: 'Azure Credit Applied',
    };
    await pick(tab, [
      { name: 'dru.csv.gz', buffer: gzipSync(csv([...month(1, 4), spot])) },
      { name: 'part-0001.json.gz', buffer: gzipSync(`${JSON.stringify(storage)}\n`) },
    ]);
    expect(await cell(tab, 'vm-d2s-spot', '2026-11-01')).toEqual([
      'excluded',
      'November 1, 2026: no PEC on this meter — cost: $4.08 · PEC given on a meter that earns none: $0.72',
    ]);
    expect(await cell(tab, 'vm-d2s-spot', '2026-11-02')).toEqual([
      'none',
      'November 2, 2026: no usage',
    ]);
    expect(
      await tab.locator('#usage-result [data-meter="vm-d2s-spot"] .at-stake').textContent(),
    ).toBe('$0.72');
    expect(await cell(tab, 'storage-lrs', '2026-11-05')).toEqual([
      'credit',
      'November 5, 2026: paid by Azure credit — cost: $0.00 · Azure credit used: $0.51',
    ]);
    expect(await cell(tab, 'vm-d2s', '2026-11-05')).toEqual(['none', 'November 5, 2026: no usage']);
    expect(await tab.locator('#usage-totals li').allTextContents()).toEqual([
      'USD: at stake $0.72; PEC lost $0.00; Azure credit used $0.51',
    ]);
    expect(await tab.locator('#usage-notes li').allTextContents()).toContain(
      'Azure credit used on 2026-11-05: 0.51 USD',
    );
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('USG-5: a month whose every line says CreditType Credit Not Applied (or leaves it empty) is drawn earned and lost, never paid by Azure credit, with no credit used — as the library judges it', async () => {
    const { tab, errors } = await open();
    const lines = month(1, 30, [10]).map((l, i) => ({
      ...l,
      CreditType: i === 2 ? '' : 'Credit Not Applied',
    }));
    await pick(tab, [
      { name: 'dru.csv', buffer: Buffer.from(csv(lines, [...HEADER, 'CreditType'])) },
    ]);
    expect(await cell(tab, 'vm-d2s', '2026-11-09')).toEqual([
      'earned',
      'November 9, 2026: PEC earned — cost: $4.08 · PEC earned: $0.72',
    ]);
    expect(await cell(tab, 'vm-d2s', '2026-11-10')).toEqual([
      'lost',
      'November 10, 2026: PEC lost — cost: $4.80 · PEC lost: $0.72',
    ]);
    expect((await cell(tab, 'vm-d2s', '2026-11-03'))[0]).toBe('earned');
    const states = await tab
      .locator('#usage-result [data-meter="vm-d2s"] [data-day]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-state')));
    expect(states.filter((state) => state === 'earned').length).toBe(29);
    expect(states.filter((state) => state === 'lost').length).toBe(1);
    expect(await tab.locator('#usage-totals li').allTextContents()).toEqual([
      'USD: at stake $0.72; PEC lost $0.72; Azure credit used $0.00',
    ]);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('USG-1: an invoice reconciliation file or a price list picked as a daily usage file is told by its header and read as what it is, saying so in the page’s language; the usage file picked next is checked against them', async () => {
    const { tab, errors } = await open();
    const invoice = [
      'InvoiceNumber,SubscriptionId,ProductId,SkuId,AvailabilityId,MeterDescription,EffectiveUnitPrice,BillableQuantity,Subtotal,Currency',
      'G000000001,plan-1,DZH318Z0BQ3Q,0001,DZH318Z0BQ3Q0001,D2s v5,0.17,48,8.16,USD',
    ].join('\n');
    const prices = ['MeterId,MeterName,UnitPrice,Tags', 'vm-d2s,D2s v5,0.20,'].join('\n');
    await tab.setInputFiles('#usage-files', [
      { name: 'recon.csv', mimeType: 'text/csv', buffer: Buffer.from(invoice) },
      { name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(prices) },
    ]);
    await tab.waitForSelector('#usage-routed li');
    expect(await tab.locator('#usage-routed li').allTextContents()).toEqual([
      'recon.csv is not a daily usage file (its header has Subtotal and no UsageDate): it is read as the invoice reconciliation file.',
      'list.csv is not a daily usage file (its header has MeterId or Tags and no UsageDate): it is read as the Azure price list.',
    ]);
    expect(await tab.locator('#usage-result .message').textContent()).toBe(
      'Give at least one daily usage file.',
    );
    expect(await tab.inputValue('#usage-prices-text')).toBe(prices);
    await tab.selectOption('#locale', 'ko');
    expect(await tab.locator('#usage-routed li').first().textContent()).toBe(
      'recon.csv은(는) 일별 사용량 파일이 아닙니다(머리글에 Subtotal이 있고 UsageDate가 없음): 청구서 대사 파일로 읽습니다.',
    );
    await tab.selectOption('#locale', 'en');
    await pick(tab, [{ name: 'dru.csv', buffer: Buffer.from(csv(month(1, 2))) }]);
    expect(await tab.locator('#usage-routed li').count()).toBe(0);
    expect(await tab.locator('#usage-matches tbody tr').evaluateAll((trs) => trs.length)).toBe(1);
    expect(await tab.locator('#usage-matches tbody tr td').nth(5).textContent()).toBe('$0.00');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('REC-6: a finding Microsoft answers says “Microsoft’s to answer” once, on the page as on the command line', async () => {
    const { tab, errors } = await open();
    const wrong = line({
      UsageDate: '2026-11-01',
      EffectiveUnitPrice: '0.18',
      BillingPreTaxTotal: '4.32',
    });
    await pick(tab, [{ name: 'dru.csv', buffer: Buffer.from(csv([wrong])) }]);
    const finding = await tab.locator('#usage-findings li').first().textContent();
    expect(finding).toMatch(/Microsoft’s to answer: ask about it with the rows named$/);
    expect(finding?.split('to answer').length).toBe(2);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('USG-4: with the invoice file, three days of 0.79 against an invoice line of 2.39 are matched with their rounding, +0.02 USD inside the band [−0.01, 0.02]', async () => {
    const { tab, errors } = await open();
    const days = ['01', '02', '03'].map((d) =>
      line({
        UsageDate: `2026-11-${d}`,
        MeterId: 'bandwidth',
        MeterName: 'Data Transfer Out',
        SkuId: '0004',
        AvailabilityId: 'A1',
        Quantity: '9.4',
        UnitPrice: '0.10',
        EffectiveUnitPrice: '0.085',
        BillingPreTaxTotal: '0.79',
      }),
    );
    const invoice = [
      'InvoiceNumber,SubscriptionId,ProductId,SkuId,AvailabilityId,MeterDescription,EffectiveUnitPrice,BillableQuantity,Subtotal,Currency',
      'G000000001,plan-1,DZH318Z0BQ3Q,0004,A1,Data Transfer Out,0.085,28.2,2.39,USD',
    ].join('\n');
    await pick(tab, [{ name: 'dru.csv', buffer: Buffer.from(csv(days)) }], {
      name: 'recon.csv',
      buffer: Buffer.from(invoice),
    });
    const rows = await tab
      .locator('#usage-matches tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.children, (c) => c.textContent ?? '').slice(0, 6)),
      );
    expect(rows).toEqual([
      ['G000000001', 'DZH318Z0BQ3Q / 0004', '0.085', '$2.37', '$2.39', '+$0.02'],
    ]);
    expect(await tab.locator('#usage-matches tbody tr td').last().textContent()).toBe(
      'invoice 2.39 USD, 3 daily lines 2.37 USD: rounding 0.02 USD, within [-0.01 USD, 0.02 USD]',
    );
    expect(await tab.locator('#usage-findings').count()).toBe(0);
    // dropped together under names that say nothing, the invoice file is told by its header
    await tab.reload();
    await tab.waitForSelector('body[data-ready=true]');
    await tab.evaluate(
      ([usage, recon]) => {
        const files = new DataTransfer();
        files.items.add(new File([recon as string], 'b.csv'));
        files.items.add(new File([usage as string], 'a.csv'));
        const drop = document.querySelector('#usage-drop') as HTMLElement;
        drop.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true }));
      },
      [csv(days), invoice],
    );
    await tab.waitForSelector('#usage-result [data-done=true]');
    expect(await tab.locator('#usage-matches tbody tr td').nth(5).textContent()).toBe('+$0.02');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('USG-1: a bad row and an unknown column are input problems naming the file, the row and the field; the other rows are still drawn', async () => {
    const { tab, errors } = await open();
    const header = [...HEADER, 'Surprise'];
    const lines = [...month(1, 2), line({ UsageDate: '2026-11-03', BillingPreTaxTotal: 'four' })];
    await pick(tab, [{ name: 'dru.csv', buffer: Buffer.from(csv(lines, header)) }]);
    expect(await tab.locator('#usage-issues li').allTextContents()).toEqual([
      'dru.csv, row 3, BillingPreTaxTotal: expected a number',
    ]);
    expect(await tab.locator('#usage-other-columns').textContent()).toBe(
      'Columns not read: Surprise',
    );
    expect((await cell(tab, 'vm-d2s', '2026-11-02'))[0]).toBe('earned');
    expect((await cell(tab, 'vm-d2s', '2026-11-03'))[0]).toBe('none');
    await tab.fill('#usage-rate', '150');
    await tab.click('#usage-run');
    expect(await tab.locator('#usage-result .message.error').textContent()).toBe(
      'PEC rate: “150” is not a percentage from 0 to 100.',
    );
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('USG-1: a file of 12,000 lines, read a piece at a time, is read line for line — a quoted meter name with a comma and a line break kept whole across the pieces', async () => {
    const { tab, errors } = await open();
    const lines: Cells[] = [];
    for (let d = 1; d <= 30; d++)
      for (let n = 0; n < 400; n++)
        lines.push(
          line({
            UsageDate: `2026-11-${String(d).padStart(2, '0')}`,
            MeterName: '"D2s v5, ""west""\nEurope"',
            Quantity: '1',
            BillingPreTaxTotal: '0.17',
          }),
        );
    const text = csv(lines);
    expect(text.length).toBeGreaterThan(1_500_000);
    await pick(tab, [{ name: 'dru.csv', buffer: Buffer.from(text) }]);
    expect(await tab.locator('#usage-result [data-done=true] > p').first().textContent()).toBe(
      'Lines: 12000 · days: 30 · Azure subscriptions: 1 · days without PEC: 0',
    );
    expect(await tab.locator('#usage-issues').count()).toBe(0);
    expect(
      await tab.locator('#usage-result [data-meter="vm-d2s"] > td').first().textContent(),
    ).toContain('D2s v5, "west"\nEurope');
    const states = await tab
      .locator('#usage-result [data-meter="vm-d2s"] [data-day]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-state')));
    expect(states).toEqual(Array.from({ length: 30 }, () => 'earned'));
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('USG-1, USG-3: a file exported without PartnerEarnedCreditPercentage shows its days as PEC not checked, and says why', async () => {
    const { tab, errors } = await open();
    const header = HEADER.filter((c) => c !== 'PartnerEarnedCreditPercentage');
    await pick(tab, [{ name: 'basic.csv', buffer: Buffer.from(csv(month(1, 2, [2]), header)) }]);
    expect(await cell(tab, 'vm-d2s', '2026-11-01')).toEqual([
      'unchecked',
      'November 1, 2026: PEC not checked — cost: $4.08',
    ]);
    expect((await cell(tab, 'vm-d2s', '2026-11-02'))[0]).toBe('unchecked');
    expect(await tab.locator('#usage-not-checked li').allTextContents()).toContain(
      'PEC not checked: the file has no PartnerEarnedCreditPercentage (export with attributeSet full)',
    );
    expect(errors).toEqual([]);
    await tab.close();
  });

  it("USG-3: each cell names the file's own day whatever the browser's time zone (America/Los_Angeles, UTC−8 in November)", async () => {
    const own = await launchChromium({ timezoneId: 'America/Los_Angeles' });
    try {
      const tab = await own.browser.newPage();
      await tab.goto(`${page.origin}/docs/playground/index.html#usage`);
      await tab.waitForSelector('body[data-ready=true]');
      await pick(tab, [{ name: 'dru.csv', buffer: Buffer.from(csv(month(1, 1))) }]);
      expect(await cell(tab, 'vm-d2s', '2026-11-01')).toEqual([
        'earned',
        'November 1, 2026: PEC earned — cost: $4.08 · PEC earned: $0.72',
      ]);
      expect(await tab.locator('#usage-result table.strips th').nth(1).textContent()).toBe(
        'Days of November 2026',
      );
      const days = await tab
        .locator('#usage-result [data-meter="vm-d2s"] [data-day]')
        .evaluateAll((cells) => cells.map((c) => c.textContent));
      expect(days.length).toBe(30);
      expect(days[0]).toBe('1✓');
      expect(days[29]).toBe('30');
    } finally {
      await own.close();
    }
  });

  it('USG-3, MSG-1: the Korean page says its labels, dates and findings in Korean, and the example draws the worked month', async () => {
    const { tab, errors } = await open();
    await tab.selectOption('#locale', 'ko');
    await tab.click('#usage-example');
    await tab.waitForSelector('#usage-result [data-done=true]');
    expect(await tab.locator('#tab-usage').textContent()).toBe('사용량');
    expect(await tab.locator('#usage-view h2').textContent()).toBe(USAGE_LABELS.ko.title);
    const [state, label] = await cell(tab, 'vm-d2s', '2026-11-10');
    expect(state).toBe('lost');
    expect(label).toBe('2026년 11월 10일: PEC 손실 — 비용: US$4.80 · PEC 손실: US$0.72');
    expect(await tab.locator('#usage-legend li').allTextContents()).toEqual(
      ['earned', 'lost', 'excluded', 'credit', 'unchecked', 'none'].map(
        (key) => expect.stringContaining(USAGE_LABELS.ko[key] ?? '?') as unknown as string,
      ),
    );
    const finding = await tab
      .locator('#usage-result [data-entitlement="azure-1"] .findings li')
      .first()
      .textContent();
    expect(finding).toContain('지금 할 일');
    expect(finding).toContain('Azure 구독 azure-1');
    expect(await tab.locator('#usage-matches tbody tr').count()).toBe(5);
    // a phone's width: the strips wrap, nothing scrolls sideways
    await tab.setViewportSize({ width: 360, height: 800 });
    expect(
      await tab.evaluate(() => document.scrollingElement?.scrollWidth ?? 0),
    ).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
