import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'cli-prices-'));
let files = 0;

/** A file holding the text (or JSON of the value), under a fresh name. */
function file(value: unknown, name: string): string {
  const path = join(dir, `${files++}-${name}`);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

/** The built command line run as a child process. */
function run(args: readonly string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Partner Center's layout (illustrative rows): Business Basic 75.60 → 88.20 USD a year on 2026-07-01, and a German row. */
const PRICES = file(
  [
    '\uFEFFProductTitle,ProductId,SkuId,SkuTitle,Publisher,SkuDescription,UnitOfMeasure,TermDuration,BillingPlan,Market,Currency,UnitPrice,PricingTierRangeMin,PricingTierRangeMax,EffectiveStartDate,EffectiveEndDate,Tags,ERP Price,Segment',
    'Microsoft 365 Business Basic,CFQ7TTC0LH18,0001,Microsoft 365 Business Basic,Microsoft Corporation,"Best for businesses that need professional email, cloud file storage, and...",,P1Y,Monthly,US,USD,75.60,,,2/1/2023 12:00:00 AM,6/30/2026 11:59:59 PM,License,90,Commercial',
    'Microsoft 365 Business Basic,CFQ7TTC0LH18,0001,Microsoft 365 Business Basic,Microsoft Corporation,"Best for businesses that need professional email, cloud file storage, and...",,P1Y,Monthly,US,USD,88.20,,,7/1/2026 12:00:00 AM,11/30/9999 11:59:59 PM,License,105,Commercial',
    'Microsoft 365 Business Basic,CFQ7TTC0LH18,0001,Microsoft 365 Business Basic,Microsoft Corporation,"Best for businesses that need professional email, cloud file storage, and...",,P1Y,Monthly,DE,EUR,70.80,,,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,License,85,Commercial',
  ].join('\r\n'),
  'prices.csv',
);

/** A Business Basic subscription of a customer, as the API returns it. */
function basic(id: string, customer: string, quantity: number, start: string, end: string) {
  return {
    id,
    offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K5RF',
    offerName: 'Microsoft 365 Business Basic',
    quantity,
    productType: { id: 'OnlineServicesNCE' },
    effectiveStartDate: start,
    commitmentEndDate: end,
    status: 'active',
    autoRenewEnabled: true,
    billingType: 'license',
    billingCycle: 'monthly',
    termDuration: 'P1Y',
    isMicrosoftProduct: true,
    links: { self: { uri: `/customers/${customer}/subscriptions/${id}` } },
  };
}

const JUNE = file(
  [
    basic('sub-july', 'contoso', 10, '2025-07-01T00:00:00Z', '2026-06-30T00:00:00Z'),
    basic('sub-june', 'fabrikam', 4, '2025-06-30T00:00:00Z', '2027-06-29T00:00:00Z'),
  ],
  'resources.json',
);
const NOVEMBER = file(
  [
    basic('sub-july', 'contoso', 10, '2025-07-01T00:00:00Z', '2027-06-30T00:00:00Z'),
    basic('sub-june', 'fabrikam', 4, '2025-06-30T00:00:00Z', '2027-06-29T00:00:00Z'),
  ],
  'resources.json',
);

describe('subscription-rules renewals and forecast, built', () => {
  it('PL-6: renewals prints each renewal with its old and new price, per customer and in total', () => {
    const found = run([
      'renewals',
      '--subscriptions',
      JUNE,
      '--prices',
      PRICES,
      '--market',
      'US',
      '--from',
      '2026-06-01T00:00:00Z',
      '--to',
      '2026-08-01T00:00:00Z',
    ]);
    expect(found.err).toBe('');
    expect(found.code).toBe(0);
    expect(found.out).toMatch(
      /contoso\s+sub-july\s+2026-07-01\s+10\s+6\.30 USD\s+7\.35 USD\s+16\.67 %\s+126\.00 USD/,
    );
    expect(found.out).toMatch(/total\s+126\.00 USD a year/);
    const json = JSON.parse(
      run([
        'renewals',
        '--subscriptions',
        JUNE,
        '--prices',
        PRICES,
        '--market',
        'US',
        '--from',
        '2026-06-01T00:00:00Z',
        '--json',
      ]).out,
    );
    expect(json.summary).toMatchObject({ renewals: 1, perYear: ['126.00 USD'] });
  });

  it('PL-6: renewals --locale ko: the reader’s refusal in Korean; exit 2 without --market for a list of two markets', () => {
    const bad = file(
      [basic('sub-bad', 'contoso', 0, '2025-07-01T00:00:00Z', '2026-06-30T00:00:00Z')],
      'bad.json',
    );
    const ko = run([
      'renewals',
      '--subscriptions',
      JUNE,
      '--subscriptions',
      bad,
      '--prices',
      PRICES,
      '--market',
      'US',
      '--locale',
      'ko',
    ]);
    expect(ko.code).toBe(0);
    expect(ko.out).toMatch(/not priced: sub-bad: .*[\uac00-\ud7a3]/);
    const unsaid = run(['renewals', '--subscriptions', JUNE, '--prices', PRICES]);
    expect(unsaid).toMatchObject({
      code: 2,
      err: 'error: --market: required, the price list holds 2 markets: DE, US\n',
    });
  });

  it('PL-6: forecast --csv of next month is a reconciliation file that reconcile matches with nothing at stake', () => {
    const out = join(dir, 'december.csv');
    const forecast = run([
      'forecast',
      '--subscriptions',
      NOVEMBER,
      '--prices',
      PRICES,
      '--market',
      'US',
      '--month',
      '2026-12',
      '--csv',
      '--out',
      out,
    ]);
    expect(forecast.code).toBe(0);
    expect(forecast.out).toMatch(/per customer\s+contoso\s+73\.50 USD/);
    expect(forecast.out).toMatch(/total\s+98\.70 USD/);
    const [header, first] = readFileSync(out, 'utf8').split('\n');
    // the last two columns, PriceAdjustmentDescription and PromotionId, are empty: no fee, no promotion
    expect(header?.endsWith(',PriceAdjustmentDescription,PromotionId')).toBe(true);
    expect(first).toBe(
      'contoso,sub-july,2026-12-01,cycleCharge,2026-12-01,2026-12-31,7.35,7.35,10,10,73.50,USD,"Annual term, Monthly billing",,',
    );
    const reconciled = run([
      'reconcile',
      '--file',
      out,
      '--subscriptions',
      NOVEMBER,
      '--prices',
      PRICES,
      '--market',
      'US',
      '--period',
      '2026-12',
    ]);
    expect(reconciled.err).toBe('');
    expect(reconciled.code).toBe(0);
    expect(reconciled.out).toMatch(
      /price rows\s+market US \(of DE, US\), segment Commercial \(of Commercial\)/,
    );
    expect(reconciled.out).toMatch(/at stake\s+nothing/);
  });
});
