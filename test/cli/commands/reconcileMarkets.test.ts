import { describe, expect, it } from 'vitest';
import { runStreaming } from '../_run.ts';
import { basic } from './_prices.ts';
import { csv, file } from './_reconcileFiles.ts';

/** Partner Center's list of Business Basic P1Y billed monthly: DE 5.90, FR 6.00 EUR, US 6.30 USD a month. */
const PRICES = [
  'ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate,Segment',
  'CFQ7TTC0LH18,0001,P1Y,Monthly,DE,EUR,70.80,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,Commercial',
  'CFQ7TTC0LH18,0001,P1Y,Monthly,FR,EUR,72.00,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,Commercial',
  'CFQ7TTC0LH18,0001,P1Y,Monthly,US,USD,75.60,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,Commercial',
].join('\r\n');

const COLUMNS = [
  'CustomerId',
  'CustomerName',
  'CustomerCountry',
  'SubscriptionId',
  'ChargeType',
  'ChargeStartDate',
  'ChargeEndDate',
  'UnitPrice',
  'EffectiveUnitPrice',
  'Quantity',
  'BillableQuantity',
  'Subtotal',
  'Currency',
];

/** October's cycle of a subscription, its customer in `country`. */
const cycle = (id: string, customer: string, country: string, seats: number, price: string) => ({
  CustomerId: customer,
  CustomerName: customer,
  CustomerCountry: country,
  SubscriptionId: id,
  ChargeType: 'cycleCharge',
  ChargeStartDate: '2026-10-01',
  ChargeEndDate: '2026-10-31',
  UnitPrice: price,
  EffectiveUnitPrice: price,
  Quantity: String(seats),
  BillableQuantity: String(seats),
  Subtotal: (Number(price.replace('.', '')) * seats).toString().replace(/(\d\d)$/, '.$1'),
  Currency: 'EUR',
});

const bought = (id: string, customer: string, seats: number) => ({
  ...basic(id, customer, seats, '2026-07-01T00:00:00Z', '2027-06-30T00:00:00Z'),
  creationDate: '2026-07-01T00:00:00Z',
});

/** A distributor's October: contoso in Germany (10 seats), fabrikam in France (4), tailspin's resource without a line. */
const RESOURCES = [
  bought('sub-de', 'contoso', 10),
  bought('sub-fr', 'fabrikam', 4),
  bought('sub-none', 'tailspin', 2),
];
const RECON = csv(
  [cycle('sub-de', 'contoso', 'de', 10, '5.90'), cycle('sub-fr', 'fabrikam', 'FR', 4, '6.00')],
  COLUMNS,
);

async function reconciled(...flags: string[]) {
  const run = await runStreaming([
    'reconcile',
    '--file',
    file(RECON),
    '--subscriptions',
    file(RESOURCES, { name: 'resources.json' }),
    '--prices',
    file(PRICES, { name: 'prices.csv' }),
    '--period',
    '2026-10',
    '--at',
    '2026-11-09T00:00:00Z',
    ...flags,
  ]);
  return run;
}

describe('subscription-rules reconcile: each subscription in its customer’s market (PL-7)', () => {
  it('PL-7: a file of two markets in one currency, priced without --market by each line’s CustomerCountry: both cycles match; the subscription with no line is an issue saying to give --market; the same with --workers, a spilling --memory and DuckDB', async () => {
    const outputs: string[] = [];
    for (const flags of [
      [],
      ['--workers', '2'],
      ['--workers', '1', '--memory', '1K'],
      ['--engine', 'duckdb'],
    ]) {
      const run = await reconciled('--json', ...flags);
      const { findings, summary } = JSON.parse(run.out);
      expect(summary.matched, flags.join(' ')).toBe(2);
      expect(summary.different).toBe(0);
      expect(summary.priceRows).toMatch(
        /markets DE, FR, US, each subscription's by its lines' CustomerCountry/,
      );
      expect(findings).toEqual([
        {
          finding: 'issue',
          subscriptionId: 'sub-none',
          message:
            '--prices holds 3 markets (DE, FR, US) and no line of it names its customer’s country (CustomerCountry): give --market to price it',
          customerId: 'tailspin',
        },
      ]);
      outputs.push(run.out.slice(0, run.out.indexOf('],"summary":')));
    }
    expect(new Set(outputs).size).toBe(1);
  });

  it('PL-7: annual subscriptions billed annually, with nothing due in October and no line, need no market: no issue for them, only tailspin’s monthly cycle asks for --market; the same with --workers and DuckDB', async () => {
    const annual = (id: string, customer: string) => ({
      ...bought(id, customer, 3),
      billingCycle: 'annual',
    });
    const yearlyRows = PRICES.split('\r\n')
      .slice(1)
      .map((line) => line.replace(',Monthly,', ',Annual,'));
    for (const flags of [[], ['--workers', '2'], ['--engine', 'duckdb']]) {
      const run = await runStreaming([
        'reconcile',
        '--file',
        file(RECON),
        '--subscriptions',
        file([...RESOURCES, annual('sub-y1', 'northwind'), annual('sub-y2', 'adatum')], {
          name: 'resources.json',
        }),
        '--prices',
        file([PRICES, ...yearlyRows].join('\r\n'), { name: 'prices.csv' }),
        '--period',
        '2026-10',
        '--at',
        '2026-11-09T00:00:00Z',
        '--json',
        ...flags,
      ]);
      const { findings } = JSON.parse(run.out);
      expect(
        findings.map((f: Record<string, string>) => [f.finding, f.subscriptionId]),
        flags.join(' '),
      ).toEqual([['issue', 'sub-none']]);
    }
  });

  it('PL-7: --market overrides the lines’ country: in FR the German subscription’s 59.00 EUR is 1.00 less than 10 × 6.00, and tailspin’s cycle is missing at 2 × 6.00 = 12.00', async () => {
    const run = await reconciled('--json', '--market', 'fr');
    const { findings } = JSON.parse(run.out);
    expect(
      findings.map((f: Record<string, Record<string, string>>) => [
        f.finding,
        f.subscriptionId,
        f.expected?.Subtotal,
      ]),
    ).toEqual([
      ['different', 'sub-de', '60.00'],
      ['missing', 'sub-none', '12.00'],
    ]);
    const japan = await reconciled('--market', 'JP');
    expect(japan.code).toBe(2);
    expect(japan.err).toMatch(
      /--market: the price list has no row of the market JP; it holds DE, FR, US/,
    );
  });

  it('PL-7: a subscription with no line, its October cycle due and no --market, is priced in the CustomerCountry of its customer’s other lines: fabrikam’s second subscription is missing at 2 × 6.00 = 12.00 EUR (FR), only tailspin asks for --market; the same bytes with --workers, a spilling --memory and DuckDB', async () => {
    const outputs: string[] = [];
    for (const flags of [
      [],
      ['--workers', '2'],
      ['--workers', '1', '--memory', '1K'],
      ['--engine', 'duckdb'],
    ]) {
      const run = await runStreaming([
        'reconcile',
        '--file',
        file(RECON),
        '--subscriptions',
        file([...RESOURCES, bought('sub-fr2', 'fabrikam', 2)], { name: 'resources.json' }),
        '--prices',
        file(PRICES, { name: 'prices.csv' }),
        '--period',
        '2026-10',
        '--at',
        '2026-11-09T00:00:00Z',
        '--json',
        ...flags,
      ]);
      const { findings } = JSON.parse(run.out);
      expect(
        findings.map((f: Record<string, Record<string, string>>) => [
          f.finding,
          f.subscriptionId,
          f.expected?.Subtotal,
        ]),
        flags.join(' '),
      ).toEqual([
        ['issue', 'sub-none', undefined],
        ['missing', 'sub-fr2', '12.00'],
      ]);
      outputs.push(run.out.slice(0, run.out.indexOf('],"summary":')));
    }
    expect(new Set(outputs).size).toBe(1);
  });

  it('PL-7, MSG-1: in Korean the subscription with no line says to give --market', async () => {
    const run = await reconciled('--json', '--locale', 'ko');
    const { findings } = JSON.parse(run.out);
    expect(findings[0]?.message).toBe(
      '--prices에 시장이 3개(DE, FR, US) 있고 이 구독의 어느 줄에도 고객의 국가(CustomerCountry)가 없습니다: 가격을 정하려면 --market을(를) 지정하세요',
    );
  });
});
