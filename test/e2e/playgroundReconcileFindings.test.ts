import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { formatMoney, money } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { RECONCILE_LABELS } from '../../docs/playground/reconcileLabels.js';
import { tempFolder } from '../_tempFolder.ts';
import { octoberFile } from '../cli/commands/_october.ts';
import { browserPresent, CHROMIUM, playgroundSession, root } from './_playground.ts';

// Only here may a test be skipped: no Chromium on a developer's machine outside CI. In CI it fails.
if (!browserPresent) {
  console.log(`browser test skipped: ${CHROMIUM} is not installed (CI installs Debian's chromium)`);
}

/** The instant the page and the command line work the remedies out at. */
const NOW = '2026-11-03T09:00:00.000Z';
const october = octoberFile(20261031);
const dir = tempFolder('playground-findings-');
const reconPath = join(dir, 'october.csv.gz');
const resourcesPath = join(dir, 'resources.json');
writeFileSync(reconPath, october.gzip);
writeFileSync(resourcesPath, JSON.stringify(october.resources));

/** The built command line over the newcomer's October, at {@link NOW}: its standard output, as bytes. */
function cli(...flags: string[]): Buffer {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'dist/cli.js'),
      'reconcile',
      '--file',
      reconPath,
      '--subscriptions',
      resourcesPath,
      '--at',
      NOW,
      ...flags,
    ],
    { maxBuffer: 1 << 26 },
  );
  expect(result.status, result.stderr.toString()).toBe(1);
  return result.stdout;
}

/** What `reconcile --json` says, for the same flags. */
function cliJson(...flags: string[]): {
  findings: { finding: string; remedy?: { when: string; until?: string; message: string } }[];
  summary: {
    customers: {
      customerId: string | null;
      customerName: string | null;
      atStake: { amount: string; currency: string }[];
    }[];
  };
} {
  return JSON.parse(cli('--json', ...flags).toString('utf8'));
}

describe.skipIf(!browserPresent)(
  'the reconciliation view’s findings, as the command line gives them',
  () => {
    const page = playgroundSession();

    /** The page with the newcomer's October given through its inputs, its clock at {@link NOW}. */
    async function opened(period: string, tag = 'en'): Promise<{ tab: Page; errors: string[] }> {
      const { tab, errors } = await page.open('reconciliation', { now: NOW });
      if (tag !== 'en') await tab.selectOption('#locale', tag);
      await tab.fill('#reconcile-period', period);
      await tab.setInputFiles('#reconcile-resources', {
        name: 'resources.json',
        mimeType: 'application/json',
        buffer: readFileSync(resourcesPath),
      });
      await tab.setInputFiles('#reconcile-file', {
        name: 'october.csv.gz',
        mimeType: 'application/gzip',
        buffer: october.gzip,
      });
      await tab.waitForSelector('#reconcile-result[data-state=done]');
      return { tab, errors };
    }

    /** The summary's rows as the view shows them: [term, value]. */
    const summary = (tab: Page): Promise<[string, string][]> =>
      tab.$$eval('#reconcile-view dl.summary dd', (cells) =>
        cells.map((cell) => [
          cell.previousElementSibling?.textContent ?? '',
          cell.textContent ?? '',
        ]),
      );

    /** The bytes of the findings CSV the view's download link gives. */
    async function downloaded(tab: Page): Promise<Buffer> {
      const [download] = await Promise.all([
        tab.waitForEvent('download'),
        tab.click('#reconcile-download'),
      ]);
      expect(download.suggestedFilename()).toBe('findings.csv');
      return readFileSync(await download.path());
    }

    it('REC-3: the downloaded findings CSV is byte for byte what reconcile --csv writes (byte-order mark, Row, customer, invoice and product columns, remedies), with the billing month', async () => {
      const { tab, errors } = await opened('2026-10');
      const bytes = await downloaded(tab);
      const expected = cli('--csv', '--period', '2026-10');
      expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(bytes.toString('utf8')).toBe(expected.toString('utf8'));
      expect(bytes.equals(expected)).toBe(true);
      expect(bytes.toString('utf8')).toMatch(/^\uFEFFRow,CustomerId,CustomerName,InvoiceNumber,/);
      const rows = summary(tab);
      expect(await rows).toContainEqual([
        RECONCILE_LABELS.en.days,
        '2026-10-01 to 2026-10-31: the billing month 2026-10',
      ]);
      expect(errors).toEqual([]);
    });

    it('REC-3: without a billing month the view says which days it assumed, and its CSV is the command’s without --period', async () => {
      const { tab, errors } = await opened('');
      const [first, last] =
        (await summary(tab))
          .find(([term]) => term === RECONCILE_LABELS.en.days)?.[1]
          .match(/\d{4}-\d\d-\d\d/g) ?? [];
      expect((await summary(tab)).find(([term]) => term === RECONCILE_LABELS.en.days)?.[1]).toBe(
        `${first} to ${last}: the file's first and last days, assumed (no billing month given)`,
      );
      expect((await downloaded(tab)).equals(cli('--csv'))).toBe(true);
      expect(errors).toEqual([]);
    });

    it('REC-3: the money at stake per customer and the remedy of every finding are the command’s', async () => {
      const { tab, errors } = await opened('2026-10');
      const json = cliJson('--period', '2026-10');
      expect(json.summary.customers.length).toBeGreaterThan(0);
      const shown = (await summary(tab)).slice(
        (await summary(tab)).findIndex(([term]) => term === RECONCILE_LABELS.en.perCustomer),
      );
      const expected = json.summary.customers.flatMap((customer) =>
        customer.atStake.map(
          (stake) =>
            `${customer.customerName} (${customer.customerId?.slice(0, 8)}): ${formatMoney(money(stake.amount, stake.currency as 'USD'))}`,
        ),
      );
      expect(shown.map(([, value]) => value)).toEqual(expected);
      const byKind: Record<string, string> = {
        different: 'differences',
        missing: 'missingTitle',
        unexpected: 'unexpectedTitle',
        refused: 'refusedTitle',
      };
      // every finding table's last columns are the remedy's when, until (the instant, in UTC) and
      // sentence, in the order the command writes the findings
      const remedies = await tab.$$eval(
        Object.values(byKind)
          .map((name) => `#reconcile-view table[data-findings=${name}]`)
          .join(', '),
        (tables) =>
          tables.flatMap((table) =>
            Array.from(table.querySelectorAll('tbody tr'), (row) => {
              const cells = Array.from(row.querySelectorAll('td'));
              return [
                table.getAttribute('data-findings') ?? '',
                cells.at(-3)?.textContent ?? '',
                cells.at(-2)?.querySelector('time')?.getAttribute('datetime') ?? '',
                cells.at(-1)?.textContent ?? '',
              ];
            }),
          ),
      );
      const WHEN: Record<string, string | undefined> = {
        now: RECONCILE_LABELS.en.whenNow,
        'at-renewal': RECONCILE_LABELS.en.whenAtRenewal,
        never: RECONCILE_LABELS.en.whenNever,
      };
      expect(Object.values(WHEN).every((word) => word !== undefined && word !== '')).toBe(true);
      const listed = json.findings
        .filter((f) => f.finding in byKind)
        .map((f) => [
          byKind[f.finding],
          WHEN[f.remedy?.when ?? ''],
          f.remedy?.until === undefined ? '' : new Date(f.remedy.until).toISOString(),
          f.remedy?.message,
        ]);
      expect(remedies.sort()).toEqual(listed.sort());
      expect(remedies.length).toBeGreaterThan(0);
      expect(
        await tab.$$eval(
          '#reconcile-view table[data-findings=differences] th:last-child',
          (cells) => cells.map((cell) => cell.textContent),
        ),
      ).toEqual([RECONCILE_LABELS.en.colRemedy]);
      expect(errors).toEqual([]);
    });

    it('MSG-1, REC-3: in Korean the remedies, the month’s words and the downloaded CSV are the command’s with --locale ko', async () => {
      const { tab, errors } = await opened('2026-10', 'ko');
      expect(
        (await downloaded(tab)).equals(cli('--csv', '--period', '2026-10', '--locale', 'ko')),
      ).toBe(true);
      expect(await summary(tab)).toContainEqual([
        RECONCILE_LABELS.ko.days,
        '2026-10-01부터 2026-10-31까지: 청구 월 2026-10',
      ]);
      expect(errors).toEqual([]);
    });

    it('ERR-2: a billing month that is not YYYY-MM is said in the view’s words, nothing in the console', async () => {
      const { tab, errors } = await opened('');
      // the month is read when it changes: a bad one replaces the result with its message
      await tab.fill('#reconcile-period', '10/2026');
      await tab.locator('#reconcile-period').dispatchEvent('change');
      await expect
        .poll(() => tab.locator('#reconcile-result .message.error').textContent())
        .toBe('The billing month 10/2026 is not a month: expected YYYY-MM, such as 2026-10.');
      expect(errors).toEqual([]);
    });
  },
);
