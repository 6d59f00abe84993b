import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { ko } from 'subscription-rules/locales/ko';
import * as newCommerce from 'subscription-rules/new-commerce';
import { reconcileSubscriptions } from 'subscription-rules/reconciliation';
import { parsePromotion } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { RECONCILE_LABELS } from '../../docs/playground/reconcileLabels.js';
import { browserPresent, CHROMIUM, playgroundSession } from './_playground.ts';

// Only here may a test be skipped: no Chromium on a developer's machine outside CI. In CI it fails.
if (!browserPresent) {
  console.log(`browser test skipped: ${CHROMIUM} is not installed (CI installs Debian's chromium)`);
}

/** The page's clock: 9 days after October, when the resources were fetched. */
const NOW = '2026-11-09T09:00:00.000Z';

/** A label of the view in the language `tag` (the test fails on a missing one). */
function label(tag: 'en' | 'ko', key: string): string {
  const value = RECONCILE_LABELS[tag][key];
  if (value === undefined) throw new Error(`no label ${key} in ${tag}`);
  return value;
}

/**
 * A month-to-month subscription bought on 2026-08-05, fetched on 2026-11-09: its term as fetched
 * began on 2026-11-05, so October's renewal (2026-10-05) is a term rebuilt back (REC-5).
 */
const P1M = {
  id: 'sub-p1m',
  offerId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0K5RF',
  offerName: 'Microsoft 365 Business Standard',
  quantity: 10,
  unitType: 'Licenses',
  productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
  creationDate: '2026-08-05T09:30:00Z',
  effectiveStartDate: '2026-11-05T00:00:00Z',
  commitmentEndDate: '2026-12-04T00:00:00Z',
  status: 'active',
  autoRenewEnabled: true,
  billingType: 'license',
  billingCycle: 'monthly',
  termDuration: 'P1M',
  isMicrosoftProduct: true,
  links: { self: { uri: '/customers/c0ffee00-1111-2222-3333-444455556666/subscriptions/sub-p1m' } },
};

/** October's renewal of it, as Partner Center bills it: 15.00 × 10 = 150.00 USD. */
const RENEWAL = {
  SubscriptionId: 'sub-p1m',
  InvoiceNumber: 'G012345678',
  ChargeType: 'renew',
  ChargeStartDate: '2026-10-05',
  ChargeEndDate: '2026-11-04',
  UnitPrice: '15.00',
  EffectiveUnitPrice: '15.00',
  Quantity: '10',
  BillableQuantity: '10',
  Subtotal: '150.00',
  TaxTotal: '0',
  Currency: 'USD',
};

/** An Azure plan: billed by its usage, left out of the replay with one line. */
const AZURE = {
  id: 'azure-plan-1',
  offerId: 'DZH318Z0BPS6:0001',
  offerName: 'Azure plan',
  quantity: 1,
  productType: { id: 'Azure', displayName: 'Azure' },
  status: 'active',
  billingType: 'usage',
  termDuration: '',
  effectiveStartDate: '2026-01-01T00:00:00Z',
  commitmentEndDate: '2099-01-01T00:00:00Z',
};

const PROMOTION_ID = '39NFJQT1PJQB:0001:39NFJQT1Q5KN';
/** 5 % off Visio Plan 1, a year billed monthly, bought from 2026-09-23 to 2026-10-14. */
const PROMOTION = {
  id: PROMOTION_ID,
  name: 'Visio Plan 1',
  startDate: '2026-09-23T00:00:00+00:00',
  endDate: '2026-10-14T23:59:59+00:00',
  properties: { isAutoApplicable: true },
  requiredProducts: [
    {
      productId: 'CFQ7TTC0HD33',
      skuId: '0003',
      term: { duration: 'P1Y', billingCycle: 'Monthly' },
      pricingPolicies: [{ policyType: 'PercentDiscount', value: '0.05' }],
    },
  ],
};
/** Visio Plan 1 at 1800.00 USD a year billed monthly: 150.00 a seat a month. */
const VISIO_PRICES = [
  'ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate,Segment',
  'CFQ7TTC0HD33,0003,P1Y,Monthly,US,USD,1800.00,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,Commercial',
].join('\n');
/** 10 seats bought on 2026-10-01 naming the promotion. */
const VISIO = {
  ...P1M,
  id: 'sub-visio',
  offerId: 'CFQ7TTC0HD33:0003:CFQ7TTC0HD32',
  offerName: 'Visio Plan 1',
  creationDate: '2026-10-01T00:00:00Z',
  effectiveStartDate: '2026-10-01T00:00:00Z',
  commitmentEndDate: '2027-09-30T00:00:00Z',
  termDuration: 'P1Y',
  promotionId: PROMOTION_ID,
  links: { self: { uri: '/customers/contoso/subscriptions/sub-visio' } },
};
/** Its purchase billed at 142.50 a seat, 5 % off 150.00: 1425.00 USD. */
const PROMOTED = {
  SubscriptionId: 'sub-visio',
  InvoiceNumber: 'G012345678',
  ChargeType: 'new',
  ChargeStartDate: '2026-10-01',
  ChargeEndDate: '2026-10-31',
  UnitPrice: '150.00',
  EffectiveUnitPrice: '142.50',
  Quantity: '10',
  BillableQuantity: '10',
  Subtotal: '1425.00',
  TaxTotal: '0',
  Currency: 'USD',
  PromotionId: PROMOTION_ID,
};

const csvOf = (rows: readonly object[]): string => Papa.unparse(rows as object[]);

describe.skipIf(!browserPresent)(
  'the reconciliation view reads the resources at the billing month and names who acts',
  () => {
    // west of UTC, where a day read in local time would be the day before: the page reads UTC
    const page = playgroundSession({ timezoneId: 'America/Los_Angeles' });

    /** The page with the inputs pasted, for October, its clock at {@link NOW}. */
    async function reconciled(
      inputs: {
        readonly file: readonly object[];
        readonly resources: readonly object[];
        readonly prices?: string;
        readonly promotions?: string;
      },
      tag = 'en',
    ): Promise<{ tab: Page; errors: string[] }> {
      const { tab, errors } = await page.open('reconciliation', { now: NOW });
      if (tag !== 'en') await tab.selectOption('#locale', tag);
      await tab.fill('#reconcile-period', '2026-10');
      await tab.fill('#reconcile-file-text', csvOf(inputs.file));
      await tab.fill(
        '#reconcile-resources-text',
        JSON.stringify({ totalCount: inputs.resources.length, items: inputs.resources }),
      );
      await tab.fill('#reconcile-prices-text', inputs.prices ?? '');
      await tab.fill('#reconcile-promotions-text', inputs.promotions ?? '');
      await tab.click('#reconcile-run');
      await tab.waitForSelector('#reconcile-result:is([data-state=done], [data-state=error])');
      return { tab, errors };
    }

    /** The summary's counts, by name. */
    const counts = async (tab: Page): Promise<Record<string, string>> =>
      Object.fromEntries(
        await tab.$$eval('#reconcile-view dd[data-count]', (cells) =>
          cells.map((cell) => [cell.getAttribute('data-count'), cell.textContent ?? '']),
        ),
      );

    /** A findings table's rows, each cell keyed by its column's heading. */
    const tableRows = (tab: Page, name: string): Promise<Record<string, string>[]> =>
      tab.$$eval(`#reconcile-view table[data-findings=${name}] tbody tr`, (rows) =>
        rows.map((row) =>
          Object.fromEntries(
            Array.from(row.querySelectorAll('td'), (cell) => [
              cell.getAttribute('data-label') ?? '',
              cell.textContent ?? '',
            ]),
          ),
        ),
      );

    /** A row of the terms panel, in English. */
    const termRow = (
      read: string,
      start: string,
      seatPrice: string,
      charge: string,
      priceFrom: string,
    ): Record<string, string> => ({
      [label('en', 'colSubscription')]: 'sub-p1m',
      [label('en', 'colTermRead')]: label('en', read),
      [label('en', 'colTermStart')]: start,
      [label('en', 'colTermKind')]: label('en', 'termRenewal'),
      [label('en', 'colTermSeats')]: '10',
      [label('en', 'colTermPrice')]: seatPrice,
      [label('en', 'colTermCharge')]: charge,
      [label('en', 'colPriceFrom')]: label('en', priceFrom),
    });

    it('REC-5: a resource fetched 9 days after October, its term begun 2026-11-05, shows October’s renewal matched (no missing and unexpected pair) and the terms the library rebuilt back in the terms panel, with their prices’ sources', async () => {
      const { tab, errors } = await reconciled({ file: [RENEWAL], resources: [P1M] });
      const shown = await counts(tab);
      expect([shown.matched, shown.different, shown.missing, shown.unexpected]).toEqual([
        '1',
        '0',
        '0',
        '0',
      ]);
      const found = reconcileSubscriptions([RENEWAL], [P1M], {
        rules: newCommerce,
        period: '2026-10',
        at: NOW,
      });
      // the page shows the library's own terms, one row each
      const panel = await tableRows(tab, 'terms');
      expect(panel.map((row) => row[label('en', 'colTermStart')])).toEqual(
        found.terms.flatMap((one) => one.terms.map((term) => term.start.slice(0, 10))),
      );
      expect(panel[1]).toEqual(
        termRow(
          'termRebuilt',
          '2026-10-05',
          '$15.00',
          'renew 2026-10-05 – 2026-11-04: 150.00 USD for 10 seats',
          'priceFromFile',
        ),
      );
      expect(errors).toEqual([]);
    });

    it('REC-5: a rebuilt term holding the month’s start that bills no line is listed', async () => {
      const { tab, errors } = await reconciled({ file: [RENEWAL], resources: [P1M] });
      // 2026-09-05 to 2026-10-05 holds October's first four days: no line of the file bills it,
      // and it is priced as the resource's own term is
      expect((await tableRows(tab, 'terms'))[0]).toEqual(
        termRow('termRebuilt', '2026-09-05', '$15.00', label('en', 'none'), 'priceFromResource'),
      );
      expect(errors).toEqual([]);
    });

    it('REC-5: a purchase whose own term holds the whole month is the term as read: the panel lists no subscription whose month holds only its own term', async () => {
      const { tab, errors } = await reconciled({
        file: [PROMOTED],
        resources: [VISIO],
        prices: VISIO_PRICES,
        promotions: JSON.stringify({ totalCount: 1, items: [PROMOTION] }),
      });
      expect((await counts(tab)).matched).toBe('1');
      expect(await tableRows(tab, 'terms')).toEqual([]);
      expect(errors).toEqual([]);
    });

    it('REC-5: an Azure plan among the resources is left out of the replay with the one line that says what reads its usage, and is no issue', async () => {
      const { tab, errors } = await reconciled({ file: [RENEWAL], resources: [P1M, AZURE] });
      const found = reconcileSubscriptions([RENEWAL], [P1M, AZURE], {
        rules: newCommerce,
        period: '2026-10',
        at: NOW,
      });
      const note = found.replayNotes.find((n) => n.subscriptionId === AZURE.id);
      expect(note?.message).toMatch(/usage/);
      expect(
        await tab.$$eval('#reconcile-view dd[data-count^=replay-]', (cells) =>
          cells.map((cell) => cell.textContent),
        ),
      ).toEqual([`${AZURE.id}: ${note?.message}`]);
      expect((await counts(tab)).issues).toBe('0');
      expect(errors).toEqual([]);
    });

    it('REC-6: an over-billed renewal shows its remedy — now, raise it with Microsoft naming the invoice and sheet row 2 — its customer from the resource’s links.self.uri and its row as the sheet numbers it', async () => {
      const billed = { ...RENEWAL, Subtotal: '160.00' };
      const { tab, errors } = await reconciled({ file: [billed], resources: [P1M] });
      const found = reconcileSubscriptions([billed], [P1M], {
        rules: newCommerce,
        period: '2026-10',
        at: NOW,
      });
      const [finding] = found.findings;
      expect(finding?.remedy?.message).toBe(
        'raise it with Microsoft: invoice G012345678, row 2, billed 160.00 USD where the rules give 150.00 USD: 10.00 USD more',
      );
      const [row] = await tableRows(tab, 'differences');
      expect(row).toMatchObject({
        [label('en', 'colCustomer')]: 'c0ffee00-1111-2222-3333-444455556666',
        [label('en', 'colRows')]: '2',
        [label('en', 'colWhen')]: label('en', 'whenNow'),
        [label('en', 'colUntil')]: label('en', 'none'),
        [label('en', 'colRemedy')]: finding?.remedy?.message,
      });
      expect(errors).toEqual([]);
    });

    it('REC-6, MSG-1: the Korean page shows the remedy in Korean, its when in Korean', async () => {
      const billed = { ...RENEWAL, Subtotal: '160.00' };
      const { tab, errors } = await reconciled({ file: [billed], resources: [P1M] }, 'ko');
      const found = reconcileSubscriptions([billed], [P1M], {
        rules: newCommerce,
        period: '2026-10',
        at: NOW,
        locale: ko,
      });
      const message = found.findings[0]?.remedy?.message ?? '';
      expect(message).toMatch(/[가-힣]/);
      expect(message).toContain('G012345678');
      const [row] = await tableRows(tab, 'differences');
      expect(row).toMatchObject({
        [label('ko', 'colWhen')]: label('ko', 'whenNow'),
        [label('ko', 'colRemedy')]: message,
      });
      expect(errors).toEqual([]);
    });

    it('PL-5: a purchase naming a promotion and billed 5 % off matches with the promotions given; without them the price and PromotionId differ', async () => {
      const inputs = { file: [PROMOTED], resources: [VISIO], prices: VISIO_PRICES };
      const promoted = await reconciled({
        ...inputs,
        promotions: JSON.stringify({ totalCount: 1, items: [PROMOTION] }),
      });
      expect(await counts(promoted.tab)).toMatchObject({ matched: '1', different: '0' });
      expect(promoted.errors).toEqual([]);
      const plain = await reconciled(inputs);
      expect(await counts(plain.tab)).toMatchObject({ matched: '0', different: '1' });
      const [row] = await tableRows(plain.tab, 'differences');
      expect(row?.[label('en', 'colExpected')]).toBe('1500.00 USD for 10 seats');
      expect(row?.[label('en', 'colBilled')]).toBe('1425.00 USD for 10 seats');
      expect(plain.errors).toEqual([]);
    });

    it('PL-5: a promotions file dropped with the others goes to the promotions input, told by its content, and the promoted purchase matches', async () => {
      const { tab, errors } = await reconciled({ file: [], resources: [] });
      const files: [string, string][] = [
        ['promotions.json', JSON.stringify({ totalCount: 1, items: [PROMOTION] })],
        ['resources.json', JSON.stringify({ totalCount: 1, items: [VISIO] })],
        ['prices.csv', VISIO_PRICES],
        ['recon.csv', csvOf([PROMOTED])],
      ];
      await tab.evaluate((dropped) => {
        const transfer = new DataTransfer();
        for (const [name, content] of dropped) transfer.items.add(new File([content], name));
        const zone = document.querySelector('#reconcile-drop') as HTMLElement;
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
      }, files);
      await expect.poll(() => tab.inputValue('#reconcile-promotions-text')).toContain(PROMOTION_ID);
      await tab.waitForSelector('#reconcile-result[data-state=done]');
      expect(JSON.parse(await tab.inputValue('#reconcile-resources-text'))).toEqual([VISIO]);
      expect(await counts(tab)).toMatchObject({ matched: '1', different: '0' });
      expect(errors).toEqual([]);
    });

    it('PL-5, ERR-2: a bad promotion is an input problem naming the promotion and its field, nothing in the console; two with one id too', async () => {
      const inputs = { file: [PROMOTED], resources: [VISIO], prices: VISIO_PRICES };
      const bad = {
        ...PROMOTION,
        requiredProducts: [
          {
            ...PROMOTION.requiredProducts[0],
            pricingPolicies: [{ policyType: 'PercentDiscount', value: 'five' }],
          },
        ],
      };
      const { tab, errors } = await reconciled({
        ...inputs,
        promotions: JSON.stringify({ items: [bad] }),
      });
      const read = parsePromotion(bad);
      expect(read.ok).toBe(false);
      const problems = read.ok ? '' : read.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
      expect(problems).toMatch(/^requiredProducts\.0\.pricingPolicies\.0\.value: /);
      expect(await tab.locator('#reconcile-result .message.error').textContent()).toBe(
        label('en', 'promotionBad')
          .replace('{name}', label('en', 'pasted'))
          .replace('{promotion}', PROMOTION_ID)
          .replace('{problems}', problems),
      );
      const twice = await reconciled({
        ...inputs,
        promotions: JSON.stringify([PROMOTION, PROMOTION]),
      });
      expect(await twice.tab.locator('#reconcile-result .message.error').textContent()).toBe(
        label('en', 'promotionTwice')
          .replace('{name}', label('en', 'pasted'))
          .replace('{promotion}', PROMOTION_ID)
          .replace('{first}', '0')
          .replace('{path}', '1'),
      );
      const notJson = await reconciled({ ...inputs, promotions: '{ not json' });
      expect(await notJson.tab.locator('#reconcile-result .message.error').textContent()).toBe(
        label('en', 'promotionsNotJson').replace('{name}', label('en', 'pasted')),
      );
      expect([...errors, ...twice.errors, ...notJson.errors]).toEqual([]);
    });
  },
);
