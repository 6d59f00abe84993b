import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runStreaming } from '../_run.ts';
import { basic, DECEMBER, PRICES_WITH_P1M, priceFiles, RESOURCES } from './_prices.ts';
import { file } from './_reconcileFiles.ts';

/** The resources as fetched at the end of November 2026: both renewed in the summer. */
const NOVEMBER = [
  basic('sub-july', 'contoso', 10, '2025-07-01T00:00:00Z', '2027-06-30T00:00:00Z'),
  basic('sub-june', 'fabrikam', 4, '2025-06-30T00:00:00Z', '2027-06-29T00:00:00Z'),
];

/** The resources as fetched at the end of June 2026: one renews on 07-01, one renewed on 06-30. */
const JUNE = [
  RESOURCES[0] as Record<string, unknown>,
  basic('sub-june', 'fabrikam', 4, '2025-06-30T00:00:00Z', '2027-06-29T00:00:00Z'),
];

describe('subscription-rules forecast', () => {
  it('PL-6: July 2026: the renewal on 07-01 bills the new row (10 × 7.35 = 73.50), the June renewal its locked 6.30 (4 × 6.30 = 25.20)', async () => {
    const { prices, resources } = priceFiles(undefined, JUNE);
    const run = await runStreaming([
      'forecast',
      '--subscriptions',
      resources,
      '--prices',
      prices,
      '--market',
      'US',
      '--month',
      '2026-07',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const { lines, summary } = JSON.parse(run.out);
    expect(lines).toEqual([
      expect.objectContaining({
        CustomerId: 'contoso',
        SubscriptionId: 'sub-july',
        ChargeType: 'renew',
        ChargeStartDate: '2026-07-01',
        ChargeEndDate: '2026-07-31',
        UnitPrice: '7.35',
        BillableQuantity: '10',
        Subtotal: '73.50',
        Currency: 'USD',
      }),
      expect.objectContaining({
        CustomerId: 'fabrikam',
        SubscriptionId: 'sub-june',
        ChargeType: 'cycleCharge',
        ChargeStartDate: '2026-07-30',
        UnitPrice: '6.30',
        Subtotal: '25.20',
      }),
    ]);
    expect(summary).toMatchObject({
      month: '2026-07',
      subscriptions: 2,
      lines: 2,
      perCustomer: [
        { customerId: 'contoso', subtotal: ['73.50 USD'] },
        { customerId: 'fabrikam', subtotal: ['25.20 USD'] },
      ],
      total: ['98.70 USD'],
      problems: [],
    });
  });

  it('PL-6: the table groups the lines by customer with a subtotal each, and the total', async () => {
    const { prices, resources } = priceFiles(undefined, JUNE);
    const run = await runStreaming([
      'forecast',
      '--subscriptions',
      resources,
      '--prices',
      prices,
      '--market',
      'US',
      '--month',
      '2026-07',
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /contoso\s+sub-july\s+renew\s+2026-07-01\s+2026-07-31\s+10\s+7\.35 USD\s+73\.50 USD\n\s+subtotal\s+73\.50 USD/,
    );
    expect(run.out).toMatch(/total\s+98\.70 USD/);
  });

  it('PL-6: next month’s forecast, written with --csv, reconciles against itself with nothing at stake', async () => {
    for (const [month, resources] of [
      ['2026-12', NOVEMBER],
      ['2027-01', NOVEMBER],
    ] as const) {
      const { prices, resources: subs } = priceFiles(undefined, resources);
      const out = file('', { name: `forecast-${month}.csv` });
      const forecast = await runStreaming([
        'forecast',
        '--subscriptions',
        subs,
        '--prices',
        prices,
        '--market',
        'US',
        '--month',
        month,
        '--csv',
        '--out',
        out,
      ]);
      expect(forecast.code).toBe(0);
      const text = readFileSync(out, 'utf8');
      expect(
        text.startsWith('\uFEFFCustomerId,CustomerName,SubscriptionId,OrderDate,ChargeType'),
      ).toBe(true);
      expect(text.trimEnd().split('\n')).toHaveLength(3);
      const reconciled = await runStreaming([
        'reconcile',
        '--file',
        out,
        '--subscriptions',
        subs,
        '--prices',
        prices,
        '--market',
        'US',
        '--period',
        month,
        '--json',
      ]);
      const { summary } = JSON.parse(reconciled.out);
      expect(summary).toMatchObject({
        matched: 2,
        different: 0,
        missing: 0,
        unexpected: 0,
        atStake: [],
      });
      expect(reconciled.code).toBe(0);
    }
  });

  it('PL-6: July’s forecast, with its renewal at the new price, reconciles against the resources fetched after the renewal with nothing at stake', async () => {
    const { prices, resources } = priceFiles(undefined, JUNE);
    const out = file('', { name: 'forecast-2026-07.csv' });
    const forecast = await runStreaming([
      'forecast',
      '--subscriptions',
      resources,
      '--prices',
      prices,
      '--market',
      'US',
      '--month',
      '2026-07',
      '--csv',
      '--out',
      out,
    ]);
    expect(forecast.code).toBe(0);
    const reconciled = await runStreaming([
      'reconcile',
      '--file',
      out,
      '--subscriptions',
      file(NOVEMBER, { name: 'resources.json' }),
      '--prices',
      prices,
      '--market',
      'US',
      '--period',
      '2026-07',
      '--json',
    ]);
    expect(JSON.parse(reconciled.out).summary).toMatchObject({
      matched: 2,
      different: 0,
      missing: 0,
      unexpected: 0,
      atStake: [],
    });
    expect(reconciled.code).toBe(0);
  });

  it('PL-6: exit 2 for a bad --month, a missing one, or a file that is not Partner Center’s list', async () => {
    const { prices, resources } = priceFiles();
    const base = ['forecast', '--subscriptions', resources, '--prices', prices, '--market', 'US'];
    const missing = await runStreaming(base);
    expect(missing).toMatchObject({
      code: 2,
      err: 'error: --month: required, the billing month as YYYY-MM (2026-12)\n',
    });
    const bad = await runStreaming([...base, '--month', '2026-13']);
    expect(bad).toMatchObject({
      code: 2,
      err: 'error: --month: expected the billing month as YYYY-MM (2026-10), got "2026-13"\n',
    });
    const own = file('SubscriptionId,UnitPrice,Currency\nsub-july,7.35,USD\n', { name: 'own.csv' });
    const notList = await runStreaming([
      'forecast',
      '--subscriptions',
      resources,
      '--prices',
      own,
      '--month',
      '2026-07',
    ]);
    expect(notList.code).toBe(2);
    expect(notList.err).toMatch(
      /^error: --prices: not Partner Center's price list: line 1, ProductId: expected a column ProductId in the header/,
    );
  });

  it('PL-6: --locale ko writes the reader’s refusal in Korean; the others are still forecast', async () => {
    const { prices, resources } = priceFiles(undefined, [
      ...JUNE,
      basic('sub-bad', 'contoso', 0, '2025-07-01T00:00:00Z', '2026-06-30T00:00:00Z'),
    ]);
    const run = await runStreaming([
      'forecast',
      '--subscriptions',
      resources,
      '--prices',
      prices,
      '--market',
      'US',
      '--month',
      '2026-07',
      '--locale',
      'ko',
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/not priced: sub-bad: .*[\uac00-\ud7a3]/);
    expect(run.out).toMatch(/total\s+98\.70 USD/);
  });
});

describe('subscription-rules forecast of resources fetched before the month (PL-8)', () => {
  it('PL-8: December 2026 from resources fetched in June, before both renewals: each renewed by the list (10 × 7.35 = 73.50, 4 × 6.30 = 25.20), none refused, no library parameter named', async () => {
    for (const fetched of [RESOURCES, JUNE, NOVEMBER]) {
      const { prices, resources } = priceFiles(undefined, fetched);
      const args = ['forecast', '--subscriptions', resources, '--prices', prices];
      const run = await runStreaming([...args, '--market', 'US', '--month', '2026-12', '--json']);
      expect(run.code).toBe(0);
      const { lines, summary } = JSON.parse(run.out);
      expect(
        lines.map((l: Record<string, string>) => [l.SubscriptionId, l.ChargeStartDate, l.Subtotal]),
      ).toEqual([
        ['sub-july', '2026-12-01', '73.50'],
        ['sub-june', '2026-12-30', '25.20'],
      ]);
      expect(summary).toMatchObject({ total: ['98.70 USD'], problems: [] });
      const table = await runStreaming([...args, '--market', 'US', '--month', '2026-12']);
      expect(`${run.out}${run.err}${table.out}${table.err}`).not.toMatch(/options\.|asOf/);
    }
  });
});

describe('subscription-rules forecast: the month’s term ends (PL-8)', () => {
  it('PL-8: December 2026: the Extended Service Term month is billed as an EST line (10 × 8.65 = 86.50, its description on it), and both term ends are listed: the EST entry and the cancellation that stops 25.20 a month', async () => {
    const { prices, resources } = priceFiles(PRICES_WITH_P1M, DECEMBER);
    const args = ['forecast', '--subscriptions', resources, '--prices', prices, '--market', 'US'];
    const run = await runStreaming([...args, '--month', '2026-12', '--json']);
    expect(run.code).toBe(0);
    const { lines, summary } = JSON.parse(run.out);
    expect(lines).toEqual([
      expect.objectContaining({
        CustomerId: 'contoso',
        SubscriptionId: 'sub-est',
        ChargeStartDate: '2026-12-01',
        UnitPrice: '8.40',
        EffectiveUnitPrice: '8.65',
        Subtotal: '86.50',
        TermAndBillingCycle: 'Monthly term, Monthly billing',
        PriceAdjustmentDescription: 'Extended Service Terms 3% Fee Applied',
      }),
    ]);
    expect(summary.total).toEqual(['86.50 USD']);
    expect(summary.termEnds).toEqual([
      {
        subscriptionId: 'sub-est',
        customerId: 'contoso',
        customerName: 'contoso',
        at: '2026-12-01T00:00:00.000Z',
        endOfTerm: 'extended-service-term',
        seats: 10,
        before: '6.30 USD',
        after: '8.65 USD',
        perMonth: '23.50 USD',
      },
      {
        subscriptionId: 'sub-cancel',
        customerId: 'fabrikam',
        customerName: 'fabrikam',
        at: '2026-12-15T00:00:00.000Z',
        endOfTerm: 'cancel',
        seats: 4,
        before: '6.30 USD',
        after: '0.00 USD',
        perMonth: '-25.20 USD',
      },
    ]);
    // every EST month carries the description, the next one too
    const january = JSON.parse((await runStreaming([...args, '--month', '2027-01', '--json'])).out);
    expect(january.lines[0]).toMatchObject({
      SubscriptionId: 'sub-est',
      PriceAdjustmentDescription: 'Extended Service Terms 3% Fee Applied',
    });
    // and is a term end of its own, a one-month term at 8.65 after 8.65 (EST-3, PL-8)
    expect(january.summary.termEnds).toEqual([
      {
        subscriptionId: 'sub-est',
        customerId: 'contoso',
        customerName: 'contoso',
        at: '2027-01-01T00:00:00.000Z',
        endOfTerm: 'extended-service-term',
        seats: 10,
        before: '8.65 USD',
        after: '8.65 USD',
        perMonth: '0.00 USD',
      },
    ]);
    const table = await runStreaming([...args, '--month', '2026-12']);
    expect(table.out).toMatch(
      /Term ends in 2026-12:\n\s+Customer\s+Subscription\s+Ends\s+Then\s+Seats\s+Before\s+After\s+A month\n\s+contoso\s+sub-est\s+2026-12-01\s+Extended Service Term\s+10\s+6\.30 USD\s+8\.65 USD\s+23\.50 USD\n\s+fabrikam\s+sub-cancel\s+2026-12-15\s+cancel\s+4\s+6\.30 USD\s+0\.00 USD\s+-25\.20 USD\n/,
    );
    const korean = await runStreaming([...args, '--month', '2026-12', '--locale', 'ko']);
    expect(korean.out).toMatch(/sub-est\s+2026-12-01\s+연장 서비스 기간\s+10/);
    expect(korean.out).toMatch(/sub-cancel\s+2026-12-15\s+취소\s+4/);
  });
});

describe('subscription-rules forecast of a resource already in its Extended Service Term (EST-5, PL-8)', () => {
  /** Contoso's 10 seats, fetched in January 2027 in their Extended Service Term month from 2027-01-01. */
  const inEst = {
    ...basic('sub-est', 'contoso', 10, '2027-01-01T00:00:00Z', '2027-01-31T00:00:00Z'),
    offerName: 'Microsoft 365 Business Basic Extended Service Term',
    creationDate: '2025-12-01T09:00:00Z',
    termDuration: 'P1M',
    autoRenewEnabled: false,
  };
  const forecastOf = async (month: string) => {
    const { prices, resources } = priceFiles(PRICES_WITH_P1M, [inEst]);
    const run = await runStreaming([
      'forecast',
      ...['--subscriptions', resources, '--prices', prices, '--market', 'US'],
      ...['--month', month, '--json'],
    ]);
    expect(run.code).toBe(0);
    return JSON.parse(run.out);
  };

  it('EST-5, PL-8: its own month and the next are EST lines with the description: UnitPrice the list’s monthly 8.40, EffectiveUnitPrice 8.65, 10 × 8.65 = 86.50', async () => {
    for (const [month, start, end] of [
      ['2027-01', '2027-01-01', '2027-01-31'],
      ['2027-02', '2027-02-01', '2027-02-28'],
    ] as const) {
      const { lines, summary } = await forecastOf(month);
      expect(summary.problems).toEqual([]);
      expect(lines).toEqual([
        expect.objectContaining({
          SubscriptionId: 'sub-est',
          ChargeStartDate: start,
          ChargeEndDate: end,
          UnitPrice: '8.40',
          EffectiveUnitPrice: '8.65',
          BillableQuantity: '10',
          Subtotal: '86.50',
          TermAndBillingCycle: 'Monthly term, Monthly billing',
          PriceAdjustmentDescription: 'Extended Service Terms 3% Fee Applied',
        }),
      ]);
    }
  });
});

describe('subscription-rules forecast → reconcile of a resource moving into its Extended Service Term (PL-3, PL-4, REC-5)', () => {
  it('PL-3, PL-4, REC-5: December 2026’s file as forecast reconciles against the resources fetched in November and the same list: the EST month (the list’s monthly 8.40 + 3 % = 8.65 × 10 = 86.50) matches, nothing at stake', async () => {
    const { prices, resources } = priceFiles(PRICES_WITH_P1M, DECEMBER);
    const out = file('', { name: 'december.csv' });
    const common = ['--subscriptions', resources, '--prices', prices, '--market', 'US'];
    const forecast = await runStreaming([
      'forecast',
      ...common,
      ...['--month', '2026-12', '--csv', '--out', out],
    ]);
    expect(forecast.code).toBe(0);
    const run = await runStreaming([
      'reconcile',
      ...['--file', out, ...common, '--period', '2026-12', '--json'],
    ]);
    const { summary, findings } = JSON.parse(run.out);
    expect(
      findings
        .filter((f: { finding: string }) => f.finding !== 'matched')
        .map((f: { finding: string; message?: string }) => [f.finding, f.message]),
    ).toEqual([]);
    expect(summary.atStake).toEqual([]);
  });
});

describe('subscription-rules forecast --customers', () => {
  it('PL-8: July 2026 priced by each customer’s market: contoso in DE (10 × 5.90 = 59.00 EUR), fabrikam with no country by --market US (4 × 6.30 = 25.20 USD) with a note; names in the table, --json and --csv', async () => {
    const { prices, resources } = priceFiles(undefined, JUNE);
    const customers = file(
      {
        totalCount: 2,
        items: [
          {
            id: 'contoso',
            billingProfile: { companyName: 'Contoso GmbH', defaultAddress: { country: 'de' } },
          },
          { id: 'fabrikam', companyProfile: { companyName: 'Fabrikam Inc.' } },
        ],
      },
      { name: 'customers.json' },
    );
    const args = [
      'forecast',
      '--subscriptions',
      resources,
      '--prices',
      prices,
      '--month',
      '2026-07',
    ];
    const run = await runStreaming([...args, '--customers', customers, '--market', 'US', '--json']);
    expect(run.code).toBe(0);
    const { lines, summary } = JSON.parse(run.out);
    expect(lines).toEqual([
      expect.objectContaining({
        CustomerId: 'contoso',
        CustomerName: 'Contoso GmbH',
        SubscriptionId: 'sub-july',
        ChargeType: 'renew',
        UnitPrice: '5.90',
        Subtotal: '59.00',
        Currency: 'EUR',
      }),
      expect.objectContaining({
        CustomerId: 'fabrikam',
        CustomerName: 'Fabrikam Inc.',
        SubscriptionId: 'sub-june',
        Subtotal: '25.20',
        Currency: 'USD',
      }),
    ]);
    expect(summary.total).toEqual(['59.00 EUR', '25.20 USD']);
    expect(summary.notes).toEqual([
      {
        subscriptionId: 'sub-june',
        message:
          'priced in the market US of --market: its customer fabrikam has no country in --customers',
      },
    ]);
    const table = await runStreaming([...args, '--customers', customers, '--market', 'US']);
    expect(table.out).toMatch(
      /Contoso GmbH\s+sub-july\s+renew\s+2026-07-01\s+\S+\s+10\s+5\.90 EUR\s+59\.00 EUR/,
    );
    expect(table.out).toMatch(/Fabrikam Inc\.\s+sub-june\s/);
    const csv = await runStreaming([...args, '--customers', customers, '--market', 'US', '--csv']);
    expect(csv.out).toMatch(/\ncontoso,Contoso GmbH,sub-july,/);
    expect(`${run.out}${run.err}${table.out}${csv.out}`).not.toMatch(/options\./);
  });
});
