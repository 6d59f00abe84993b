import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runStreaming } from '../_run.ts';
import { basic, PRICES } from './_prices.ts';
import { file } from './_reconcileFiles.ts';

const DAY = 86_400_000;
const WINDOW = ['--from', '2026-01-01T00:00:00Z', '--to', '2027-01-01T00:00:00Z'];
const pricesFile = file(PRICES, { name: 'prices.csv' });

/** A P1Y resource starting `offset` days after 2025-01-01, ending a year later. */
function resource(id: string, customer: string, seats: number, offset: number) {
  const start = Date.UTC(2025, 0, 1) + offset * DAY;
  const end = new Date(start);
  end.setUTCFullYear(end.getUTCFullYear() + 1);
  return basic(
    id,
    customer,
    seats,
    new Date(start).toISOString(),
    new Date(end.getTime() - DAY).toISOString().replace('.000', ''),
  );
}

/** Customers in US, DE or with no country, each with one or two subscriptions. */
const customers = fc
  .array(
    fc.record({
      country: fc.constantFrom('US', 'DE', null),
      subscriptions: fc.array(
        fc.record({
          seats: fc.integer({ min: 1, max: 20 }),
          offset: fc.integer({ min: 0, max: 729 }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((list) =>
    list.map((c, i) => ({
      id: `customer-${i}`,
      country: c.country,
      resources: c.subscriptions.map((s, j) =>
        resource(`sub-${i}-${j}`, `customer-${i}`, s.seats, s.offset),
      ),
    })),
  );

/** A renewal without whose name it is: what its price says. */
const priced = (r: Record<string, unknown>) => [
  r.subscriptionId,
  r.at,
  r.before,
  r.after,
  r.perYear,
];

describe('renewals --customers (PL-8)', () => {
  describe('properties', () => {
    it('pricing by each customer’s country in one run lists the renewals of running each customer apart with --market its country (US for one with none)', async () => {
      await fc.assert(
        fc.asyncProperty(customers, async (list) => {
          const resources = file(
            list.flatMap((c) => c.resources),
            { name: 'resources.json' },
          );
          const items = list.map((c) => ({
            id: c.id,
            billingProfile: { defaultAddress: c.country === null ? {} : { country: c.country } },
          }));
          const together = await runStreaming([
            'renewals',
            ...['--subscriptions', resources, '--prices', pricesFile, ...WINDOW],
            ...[
              '--customers',
              file({ totalCount: items.length, items }, { name: 'customers.json' }),
            ],
            ...['--market', 'US', '--json'],
          ]);
          expect(together.code).toBe(0);
          const all = JSON.parse(together.out).renewals as Record<string, unknown>[];
          for (const c of list) {
            const apart = await runStreaming([
              'renewals',
              ...['--subscriptions', file(c.resources, { name: 'resources.json' })],
              ...['--prices', pricesFile, ...WINDOW, '--market', c.country ?? 'US', '--json'],
            ]);
            expect(apart.code).toBe(0);
            const alone = JSON.parse(apart.out).renewals as Record<string, unknown>[];
            expect(all.filter((r) => r.customerId === c.id).map(priced)).toEqual(alone.map(priced));
          }
        }),
        { numRuns: 30 },
      );
    });
  });
});
