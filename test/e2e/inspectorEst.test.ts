import type { Page } from 'playwright-core';
import { formatMoney } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { licence } from '../_licence.ts';
import {
  browserPresent,
  inspectorTab,
  inspectorLabel as label,
  playgroundSession,
} from './_playground.ts';

/** The reader's zone: 1969-12-31 in the Americas is 1970-01-01 here, the Korean date. */
const ZONE = 'Asia/Seoul';
const NOW = '2026-11-25T12:00:00.000Z';
const AS_OF = '2026-11-25T00:00:00Z';

/** Ten seats in their Extended Service Term (since when unknown), this month 11-09 to 12-09. */
const inEst = {
  ...licence({ offerName: 'Microsoft 365 Business Basic Extended Service Term', quantity: 10 }),
  creationDate: '2025-11-09T10:00:00Z',
  effectiveStartDate: '2026-11-09T00:00:00Z',
  commitmentEndDate: '2026-12-08T00:00:00Z',
  termDuration: 'P1M',
  autoRenewEnabled: false,
  refundOptions: null,
};
/** Ten seats of a P1Y term ending 2026-12-09 with auto-renew off: it continues into one. */
const intoEst = {
  ...licence({ offerName: 'Microsoft 365 Business Basic', quantity: 10 }),
  creationDate: '2025-12-09T10:00:00Z',
  effectiveStartDate: '2025-12-09T10:00:00Z',
  commitmentEndDate: '2026-12-08T00:00:00Z',
  autoRenewEnabled: false,
  refundOptions: null,
};

/** What a support person reads must never show these (the screenshots). */
const RAW = [
  /1969|1970/,
  /T\d{2}:\d{2}:\d{2}(\.\d+)?Z/,
  /\b(deadline|field|action|window|charge|outcome|effect|status|product|since|estPrice|next|endOfTerm)\.[a-zA-Z-]+/,
];

describe.skipIf(!browserPresent)('the inspector on an Extended Service Term in Chromium', () => {
  const session = playgroundSession({ timezoneId: ZONE });
  const problems: string[] = [];

  async function read(tag: string, resource: unknown, price: string, base: string): Promise<Page> {
    const tab = await inspectorTab(session, problems, { now: NOW, width: 1280 });
    await tab.selectOption('#locale', tag);
    await tab.fill('#inspector-form textarea[name=resource]', JSON.stringify(resource, null, 2));
    await tab.fill('#inspector-form input[name=price]', price);
    await tab.fill('#inspector-form input[name=currency]', 'USD');
    await tab.fill('#inspector-form input[name=estBase]', base);
    await tab.fill('#inspector-form input[name=asOf]', AS_OF);
    await tab.click('#inspector-form button[name=read]');
    await tab.waitForSelector('#inspector-result[data-state=read]');
    return tab;
  }

  /** The visible text of the inspector: what a person reads, not the hover titles. */
  const visible = (tab: Page): Promise<string> => tab.innerText('#inspector');

  for (const tag of ['en', 'ko'])
    it(`EST-3, EST-7, MSG-1, PCR-1: in ${tag}, a subscription in its Extended Service Term shows since when as unknown, the EST price from the base typed on the page (28.00 → 28.84 a seat), no seat-reduction window, no raw key and no ISO instant`, async () => {
      const tab = await read(tag, inEst, '28.00', '28.00');
      const field = (name: string) =>
        tab.locator(`#inspector-summary [data-field=${name}] dd`).innerText();
      expect(await field('extendedServiceTerm')).toBe(label(tag, 'since.unknown'));
      const seat = formatMoney({ amount: 2884, currency: 'USD' }, tag);
      expect(await field('estPrice')).toContain(seat);
      expect(await field('estPrice')).toContain(
        formatMoney({ amount: 28_840, currency: 'USD' }, tag),
      );
      // the unit price typed (the list's P1M price) is the base, not the month's price (EST-7)
      expect(await field('price')).toBe(seat);
      expect(await tab.locator('#inspector-windows tr[data-window=batch]').count()).toBe(0);
      expect(await tab.locator('#inspector-windows tr[data-window=reducible]').count()).toBe(0);
      const text = await visible(tab);
      for (const raw of RAW) expect(text).not.toMatch(raw);
      await tab.screenshot({ path: `/tmp/inspector-est-${tag}.png`, fullPage: true });
      await tab.close();
      expect(problems).toEqual([]);
    });

  for (const tag of ['en', 'ko'])
    it(`EST-3, EST-7, MSG-1: in ${tag}, a term that continues into the Extended Service Term says so in "What happens next" in words, and its price from the base typed (28.84 a seat from 28.00)`, async () => {
      const tab = await read(tag, intoEst, '', '28.00');
      const next = await tab
        .locator('#inspector-next li[data-deadline=extended-service-term] strong')
        .innerText();
      expect(next).toBe(label(tag, 'deadline.extended-service-term'));
      const price = await tab.locator('#inspector-summary [data-field=estPrice] dd').innerText();
      expect(price).toContain(formatMoney({ amount: 2884, currency: 'USD' }, tag));
      const text = await visible(tab);
      for (const raw of RAW) expect(text).not.toMatch(raw);
      // without a base the page says the price is not known and what to type
      await tab.fill('#inspector-form input[name=estBase]', '');
      await tab.locator('#inspector-form input[name=estBase]').blur();
      await expect
        .poll(() => tab.locator('#inspector-summary [data-field=estPrice] dd').innerText())
        .toBe(label(tag, 'estPrice.none'));
      await tab.close();
      expect(problems).toEqual([]);
    });
});
