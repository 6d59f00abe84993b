import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run, scratch } from './_cli.ts';

const { dir, file, path } = scratch('cli-prices-');

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
    // sub-june, fetched after its renewal of 2026-06-30, is read back to the term before (PL-8)
    expect(json.summary).toMatchObject({ renewals: 2, perYear: ['126.00 USD'], problems: [] });
    expect(found.out).toMatch(
      /fabrikam\s+sub-june\s+2026-06-30\s+4\s+6\.30 USD\s+6\.30 USD\s+0\.00 %\s+0\.00 USD/,
    );
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
      'contoso,contoso,sub-july,2026-12-01,cycleCharge,2026-12-01,2026-12-31,7.35,7.35,10,10,73.50,USD,"Annual term, Monthly billing",,',
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

describe('subscription-rules renewals and forecast of resources fetched any day, built (PL-8)', () => {
  /** The list with Business Basic's monthly-term rows: 7.20 until 2026-06-30, 8.40 from 2026-07-01. */
  const WITH_P1M = file(
    [
      readFileSync(PRICES, 'utf8'),
      'Microsoft 365 Business Basic,CFQ7TTC0LH18,0001,Microsoft 365 Business Basic,Microsoft Corporation,,,P1M,Monthly,US,USD,7.20,,,2/1/2023 12:00:00 AM,6/30/2026 11:59:59 PM,License,9,Commercial',
      'Microsoft 365 Business Basic,CFQ7TTC0LH18,0001,Microsoft 365 Business Basic,Microsoft Corporation,,,P1M,Monthly,US,USD,8.40,,,7/1/2026 12:00:00 AM,11/30/9999 11:59:59 PM,License,10,Commercial',
    ].join('\r\n'),
    'prices-p1m.csv',
  );
  /** Fetched in November: one enters its Extended Service Term on 12-01, one is cancelled on 12-15. */
  const DECEMBER = file(
    [
      {
        ...basic('sub-est', 'contoso', 10, '2025-12-01T00:00:00Z', '2026-11-30T00:00:00Z'),
        autoRenewEnabled: false,
        scheduledActions: [{ scheduleType: 'TermEnd', actionType: 'RenewToExtendedServiceTerm' }],
      },
      {
        ...basic('sub-cancel', 'fabrikam', 4, '2025-12-15T00:00:00Z', '2026-12-14T00:00:00Z'),
        autoRenewEnabled: false,
        scheduledActions: [{ scheduleType: 'TermEnd', actionType: 'Cancel' }],
      },
    ],
    'december.json',
  );
  const common = ['--prices', WITH_P1M, '--market', 'US'];

  it('PL-8: renewals and forecast of resources fetched in June read them forward to December: nothing refused, no library parameter named, in English and Korean', () => {
    for (const locale of [[], ['--locale', 'ko']]) {
      const renewals = run([
        'renewals',
        '--subscriptions',
        JUNE,
        ...common,
        '--from',
        '2026-12-01T00:00:00Z',
        '--to',
        '2027-12-01T00:00:00Z',
        ...locale,
      ]);
      expect(renewals.code).toBe(0);
      expect(renewals.out).toMatch(/sub-june\s+2027-06-30\s+4\s+6\.30 USD\s+7\.35 USD/);
      expect(renewals.out).not.toMatch(/not priced|options\.|asOf/);
      const forecast = run([
        'forecast',
        '--subscriptions',
        JUNE,
        ...common,
        '--month',
        '2026-12',
        ...locale,
      ]);
      expect(forecast.code).toBe(0);
      expect(forecast.out).toMatch(/total\s+98\.70 USD/);
      expect(forecast.out).not.toMatch(/not priced|options\.|asOf/);
    }
  });

  it('PL-8: a renewal on 2026-12-01 before the resource was fetched is listed with its old price read back (6.30 → 7.35) and billed as a renewal, in English and Korean', () => {
    const renewed = file(
      [basic('sub-dec', 'contoso', 10, '2025-12-01T00:00:00Z', '2027-11-30T00:00:00Z')],
      'renewed.json',
    );
    for (const locale of [[], ['--locale', 'ko']]) {
      const window = ['--from', '2026-12-01T00:00:00Z', '--to', '2027-01-01T00:00:00Z'];
      const renewals = run([
        'renewals',
        '--subscriptions',
        renewed,
        ...common,
        ...window,
        ...locale,
      ]);
      expect(renewals.code).toBe(0);
      expect(renewals.out).toMatch(
        /contoso\s+sub-dec\s+2026-12-01\s+10\s+6\.30 USD\s+7\.35 USD\s+16\.67 %\s+126\.00 USD\s+(renew|갱신)\n/,
      );
      expect(renewals.out).not.toMatch(/not priced|options\.|asOf/);
      const month = ['--month', '2026-12'];
      const forecast = run([
        'forecast',
        '--subscriptions',
        renewed,
        ...common,
        ...month,
        ...locale,
      ]);
      expect(forecast.out).toMatch(/contoso\s+sub-dec\s+renew\s+2026-12-01\s+2026-12-31\s+10/);
      expect(forecast.out).not.toMatch(/not priced|options\.|asOf/);
    }
  });

  it('PL-8: December’s term ends: renewals’ Then column and --csv EndOfTerm, forecast’s EST line and its term ends, in English and Korean', () => {
    const window = ['--from', '2026-12-01T00:00:00Z', '--to', '2027-01-01T00:00:00Z'];
    const renewals = run(['renewals', '--subscriptions', DECEMBER, ...common, ...window]);
    expect(renewals.code).toBe(0);
    expect(renewals.out).toMatch(
      /contoso\s+sub-est\s+2026-12-01\s+10\s+6\.30 USD\s+8\.65 USD\s+37\.30 %\s+282\.00 USD\n\s+Extended Service Term\n/,
    );
    expect(renewals.out).toMatch(
      /sub-cancel\s+2026-12-15\s+4\s+6\.30 USD\s+0\.00 USD.*\n\s+cancel\n/,
    );
    const korean = run([
      'renewals',
      '--subscriptions',
      DECEMBER,
      ...common,
      ...window,
      '--locale',
      'ko',
    ]);
    expect(korean.out).toMatch(/sub-est\s+2026-12-01 .*\n\s+연장 서비스 기간\n/);
    expect(korean.out).toMatch(/sub-cancel\s+2026-12-15 .*\n\s+취소\n/);
    const csv = path('december.csv');
    run(['renewals', '--subscriptions', DECEMBER, ...common, ...window, '--csv', '--out', csv]);
    const rows = readFileSync(csv, 'utf8').trimEnd().split('\n');
    expect(rows[0]?.endsWith(',Rule,EndOfTerm')).toBe(true);
    expect(rows.slice(1).map((row) => row.split(',').at(-1))).toEqual([
      'extended-service-term',
      'cancel',
    ]);
    const month = ['--month', '2026-12'];
    const forecast = run(['forecast', '--subscriptions', DECEMBER, ...common, ...month, '--json']);
    const { lines, summary } = JSON.parse(forecast.out);
    expect(lines).toEqual([
      expect.objectContaining({
        SubscriptionId: 'sub-est',
        EffectiveUnitPrice: '8.65',
        Subtotal: '86.50',
        PriceAdjustmentDescription: 'Extended Service Terms 3% Fee Applied',
      }),
    ]);
    expect(summary.termEnds.map((end: { endOfTerm: string }) => end.endOfTerm)).toEqual([
      'extended-service-term',
      'cancel',
    ]);
    const table = run(['forecast', '--subscriptions', DECEMBER, ...common, ...month]);
    expect(table.out).toMatch(
      /Term ends in 2026-12:\n.*\n\s+contoso\s+sub-est\s+2026-12-01\s+Extended Service Term\s+10\s+6\.30 USD\s+8\.65 USD\s+23\.50 USD\n\s+fabrikam\s+sub-cancel\s+2026-12-15\s+cancel\s+4\s+6\.30 USD\s+0\.00 USD\s+-25\.20 USD\n/,
    );
    const tableKo = run([
      'forecast',
      '--subscriptions',
      DECEMBER,
      ...common,
      ...month,
      '--locale',
      'ko',
    ]);
    expect(tableKo.out).toMatch(/sub-est\s+2026-12-01\s+연장 서비스 기간\s+10/);
    expect(tableKo.out).toMatch(/sub-cancel\s+2026-12-15\s+취소\s+4/);
  });

  it('PL-8: --customers prices each customer by its own market in one run (contoso in KR, fabrikam in US), one without country by --market with a note; names in the table, --csv and --json, in English and Korean', () => {
    const row = readFileSync(PRICES, 'utf8').split('\r\n');
    const twoMarkets = file(
      [
        ...row.slice(0, 3),
        (row[1] as string)
          .replace(',US,USD,75.60,', ',KR,KRW,100800,')
          .replace('6/30/2026 11:59:59 PM', '11/30/9999 11:59:59 PM'),
      ].join('\r\n'),
      'prices-us-kr.csv',
    );
    const resources = file(
      [
        basic('sub-july', 'contoso', 10, '2025-07-01T00:00:00Z', '2026-06-30T00:00:00Z'),
        basic('sub-june', 'fabrikam', 4, '2025-06-30T00:00:00Z', '2026-06-29T00:00:00Z'),
        basic('sub-north', 'northwind', 2, '2025-07-15T00:00:00Z', '2026-07-14T00:00:00Z'),
      ],
      'resources.json',
    );
    const customers = file(
      {
        totalCount: 3,
        items: [
          {
            id: 'contoso',
            companyProfile: { companyName: 'Contoso Korea' },
            billingProfile: { defaultAddress: { country: 'KR' } },
          },
          {
            id: 'fabrikam',
            billingProfile: { companyName: 'Fabrikam Inc.', defaultAddress: { country: 'US' } },
          },
          { id: 'northwind', companyProfile: { companyName: 'Northwind Traders' } },
        ],
      },
      'customers.json',
    );
    const args = [
      'renewals',
      ...['--subscriptions', resources, '--prices', twoMarkets, '--customers', customers],
      ...['--market', 'US', '--from', '2026-06-01T00:00:00Z', '--to', '2026-08-01T00:00:00Z'],
    ];
    for (const locale of [[], ['--locale', 'ko']]) {
      const table = run([...args, ...locale]);
      expect(table.err).toBe('');
      expect(table.code).toBe(0);
      expect(table.out).toMatch(
        /Fabrikam Inc\.\s+sub-june\s+2026-06-30\s+4\s+6\.30 USD\s+6\.30 USD/,
      );
      expect(table.out).toMatch(/Contoso Korea\s+sub-july\s+2026-07-01\s+10\s+8400 KRW\s+8400 KRW/);
      expect(table.out).toMatch(
        /Northwind Traders\s+sub-north\s+2026-07-15\s+2\s+6\.30 USD\s+7\.35 USD/,
      );
      expect(table.out).toContain(
        'note: sub-north: priced in the market US of --market: its customer northwind has no country in --customers',
      );
      expect(table.out).not.toMatch(/options\./);
      const json = JSON.parse(run([...args, ...locale, '--json']).out);
      expect(
        json.renewals.map((r: { customerId: string; customerName: string; after: unknown }) => [
          r.customerId,
          r.customerName,
          r.after,
        ]),
      ).toEqual([
        ['fabrikam', 'Fabrikam Inc.', { amount: 630, currency: 'USD' }],
        ['contoso', 'Contoso Korea', { amount: 8400, currency: 'KRW' }],
        ['northwind', 'Northwind Traders', { amount: 735, currency: 'USD' }],
      ]);
      const csv = run([...args, ...locale, '--csv']).out.split('\n');
      expect(csv[0]).toMatch(/^\uFEFFCustomerId,CustomerName,SubscriptionId,/);
      expect(csv[2]).toMatch(/^contoso,Contoso Korea,sub-july,.*,KRW,8400,8400,/);
      const month = ['--month', '2026-07', '--json'];
      const forecast = JSON.parse(run(['forecast', ...args.slice(1, 9), ...month, ...locale]).out);
      expect(
        forecast.lines.map((l: Record<string, string>) => [
          l.CustomerName,
          l.SubscriptionId,
          l.Subtotal,
          l.Currency,
        ]),
      ).toEqual([
        ['Contoso Korea', 'sub-july', '84000', 'KRW'],
        ['Fabrikam Inc.', 'sub-june', '25.20', 'USD'],
        ['Northwind Traders', 'sub-north', '14.70', 'USD'],
      ]);
    }
  });
});
