import { describe, expect, it } from 'vitest';
import { basic } from '../cli/commands/_prices.ts';
import { reconcileInto, scratch } from './_cli.ts';

const work = scratch('cli-reconcile-markets-');

/** Partner Center's list of Business Basic P1Y billed monthly: DE 5.90, FR 6.00 EUR, US 6.30 USD a month. */
const PRICES = [
  'ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate,Segment',
  'CFQ7TTC0LH18,0001,P1Y,Monthly,DE,EUR,70.80,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,Commercial',
  'CFQ7TTC0LH18,0001,P1Y,Monthly,FR,EUR,72.00,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,Commercial',
  'CFQ7TTC0LH18,0001,P1Y,Monthly,US,USD,75.60,2/1/2023 12:00:00 AM,11/30/9999 11:59:59 PM,Commercial',
].join('\r\n');

/** Each market's month of a seat, in cents, and its currency. */
const MONTH = {
  DE: [590, 'EUR'],
  FR: [600, 'EUR'],
  US: [630, 'USD'],
} as const;
const MARKETS = ['DE', 'FR', 'US'] as const;

const cents = (amount: number): string =>
  `${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, '0')}`;

/** A subscription bought 2026-07-01, its customer named by its resource's address. */
const bought = (id: string, customer: string, seats: number) => ({
  ...basic(id, customer, seats, '2026-07-01T00:00:00Z', '2027-06-30T00:00:00Z'),
  creationDate: '2026-07-01T00:00:00Z',
});

/**
 * A distributor's October of 60 customers in three markets: each customer one subscription billed
 * its cycle (the line naming its country) and one the file has no line of; the last customer has
 * no line at all.
 */
function distributor(): { recon: string; resources: object[]; expected: unknown[] } {
  const header =
    'CustomerId,CustomerName,CustomerCountry,SubscriptionId,ChargeType,ChargeStartDate,ChargeEndDate,UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,Currency';
  const lines = [header];
  const resources: object[] = [];
  const expected: unknown[] = [];
  for (let i = 0; i < 60; i++) {
    const customer = `customer-${i}`;
    const market = MARKETS[i % 3] as (typeof MARKETS)[number];
    const [month, currency] = MONTH[market];
    const price = cents(month);
    lines.push(
      `${customer.toUpperCase()},${customer},${market},billed-${i},cycleCharge,2026-10-01,2026-10-31,${price},${price},3,3,${cents(month * 3)},${currency}`,
    );
    const seats = (i % 5) + 1;
    resources.push(bought(`billed-${i}`, customer, 3), bought(`unbilled-${i}`, customer, seats));
    expected.push(['missing', `unbilled-${i}`, cents(month * seats), currency]);
  }
  resources.push(bought('alone', 'customer-none', 1));
  expected.push(['issue', 'alone', undefined, undefined]);
  return { recon: `${lines.join('\r\n')}\r\n`, resources, expected };
}

describe('reconcile: a subscription with no line priced in its customer’s market on every engine (PL-7)', () => {
  it('PL-7: 60 customers of three markets, each with a subscription the file has no line of and a charge due: each is missing at its customer’s CustomerCountry price (no --market), the customer with no line is the issue naming --market; the same bytes with 1, 2 and 4 workers and DuckDB', () => {
    const { recon, resources, expected } = distributor();
    const args = [
      '--file',
      work.file(recon, 'october.csv'),
      '--subscriptions',
      work.file(resources, 'resources.json'),
      '--prices',
      work.file(PRICES, 'prices.csv'),
      '--period',
      '2026-10',
    ];
    const runs = [
      ['--workers', '1'],
      ['--workers', '2'],
      ['--workers', '4'],
      ['--engine', 'duckdb', '--workers', '1'],
      ['--engine', 'duckdb', '--workers', '2'],
    ].map((flags) => ({ flags, run: reconcileInto(work, [...args, ...flags]) }));
    for (const { flags, run } of runs) {
      expect(run.code, `${flags.join(' ')}: ${run.err}`).toBe(1);
      const { findings } = JSON.parse(`${run.findings}]}`);
      expect(
        findings.map((f: Record<string, Record<string, string>>) => [
          f.finding,
          f.subscriptionId,
          f.expected?.Subtotal,
          f.expected?.Currency,
        ]),
        flags.join(' '),
      ).toEqual(expected);
      expect(findings.at(-1).message).toMatch(/give --market to price it$/);
      expect(run.findings, flags.join(' ')).toBe(runs[0]?.run.findings);
    }
    expect(runs.map(({ run }) => [run.run.engine, run.run.workers])).toEqual([
      ['default', 1],
      ['default', 2],
      ['default', 4],
      ['duckdb', 1],
      ['duckdb', 2],
    ]);
  });
});
