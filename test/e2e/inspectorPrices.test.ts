import { describe, expect, it } from 'vitest';
import { browserPresent, inspectorTab, playgroundSession, shownInstants } from './_playground.ts';

/** Partner Center's layout (illustrative rows): Business Basic 60.00 → 72.00 USD a year on 2022-01-01, and a German row. */
const PRICES = [
  'ProductTitle,ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate,Segment',
  'Microsoft 365 Business Basic,CFQ7TTC0LH18,0001,P1Y,Monthly,DE,EUR,56.40,2/1/2019 12:00:00 AM,11/30/9999 11:59:59 PM,Commercial',
  'Microsoft 365 Business Basic,CFQ7TTC0LH18,0001,P1Y,Monthly,US,USD,60.00,2/1/2019 12:00:00 AM,12/31/2021 11:59:59 PM,Commercial',
  'Microsoft 365 Business Basic,CFQ7TTC0LH18,0001,P1Y,Monthly,US,USD,72.00,1/1/2022 12:00:00 AM,11/30/9999 11:59:59 PM,Commercial',
].join('\r\n');

describe.skipIf(!browserPresent)('the inspector’s renewal price in Chromium', () => {
  const session = playgroundSession();
  const problems: string[] = [];

  it('PL-6: a price list dropped in shows the sample’s renewal: 5.00 → 6.00 USD a month (20.00 %), 120.00 USD a year for 10 seats, in English and Korean', async () => {
    const tab = await inspectorTab(session, problems);
    await tab.selectOption('#inspector-form select[name=sample]', 'm365');
    await tab.setInputFiles('#inspector-prices input[name=priceList]', {
      name: 'prices.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(PRICES),
    });
    await tab.waitForSelector('#inspector-prices select[name=market] option[value=US]', {
      state: 'attached',
    });
    await tab.selectOption('#inspector-prices select[name=market]', 'US');
    const text = () => tab.textContent('#inspector-renewal');
    // the renewal's instant as the page's localised date, in the browser's own zone and Intl
    const [renews] = await shownInstants(tab, ['2022-01-14T00:00:00.000Z'], 'en');
    await expect.poll(text).toContain(renews);
    expect(await text()).not.toMatch(/T\d{2}:\d{2}/);
    expect(await text()).toMatch(/\$5\.00 → \$6\.00 .*\(20\.00 %\), \$120\.00 a year for 10 seats/);
    expect(await tab.textContent('#inspector-prices')).toContain('3 rows read (0 unread)');
    await tab.selectOption('#locale', 'ko');
    await expect.poll(text).toContain('갱신');
    expect(await text()).toContain('(20.00 %)');
    // the other market's row is in euros: the inspector's currency (USD) has no row there
    await tab.selectOption('#locale', 'en');
    await tab.selectOption('#inspector-prices select[name=market]', 'DE');
    await expect.poll(text).toMatch(/^Not priced: /);
    expect(problems).toEqual([]);
    await tab.close();
  }, 60_000);
});
