import fc from 'fast-check';
import type { Money, NewCommerceSubscription, PartnerCenterSubscription } from 'subscription-rules';
import {
  advance,
  chargesBetween,
  fromPartnerCenterSubscription,
  priceAt,
  readPriceList,
} from 'subscription-rules';
import { partnerCenterSubscription } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { runStreaming } from '../_run.ts';
import { file } from './_reconcileFiles.ts';

const DAY = 86_400_000;
const HEAD =
  'ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate,Segment';
/** Every plan a licence is sold in (NCE-2), each with a price change on 2026-07-01. */
const PLANS = [
  ['P1M', 'Monthly', '7.20', '8.40'],
  ['P1Y', 'Monthly', '75.60', '88.20'],
  ['P1Y', 'Annual', '72.00', '84.00'],
  ['P3Y', 'Monthly', '216.00', '252.00'],
  ['P3Y', 'Annual', '216.00', '252.00'],
  ['P3Y', 'Triennial', '216.00', '252.00'],
] as const;
const PRICES = [
  HEAD,
  ...PLANS.flatMap(([term, plan, before, after]) => [
    `CFQ7TTC0LH18,0001,${term},${plan},US,USD,${before},1/1/2020 0:00,6/30/2026 11:59 PM,Commercial`,
    `CFQ7TTC0LH18,0001,${term},${plan},US,USD,${after},7/1/2026 0:00,11/30/9999 11:59 PM,Commercial`,
  ]),
].join('\n');
const priceList = readPriceList(PRICES);
const priceKey = {
  ProductId: 'CFQ7TTC0LH18',
  SkuId: '0001',
  Market: 'US',
  Currency: 'USD',
  Segment: 'Commercial',
};
const pricesFile = file(PRICES, { name: 'prices.csv' });

/** A licence's resource of the arbitraries, active and renewing, named and linked to a customer. */
const licences = partnerCenterSubscription({ program: 'new-commerce' })
  .filter((r) => r.isMicrosoftProduct === true && r.productType?.id === 'OnlineServicesNCE')
  .map((r): PartnerCenterSubscription => {
    const { scheduledNextTermInstructions: _, ...rest } = r as PartnerCenterSubscription &
      Record<string, unknown>;
    return {
      ...rest,
      status: 'active',
      autoRenewEnabled: true,
      offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K5RF',
      links: { self: { uri: `/customers/contoso/subscriptions/${r.id}` } },
    } as PartnerCenterSubscription;
  });

const termEndOf = (r: PartnerCenterSubscription): number =>
  Date.parse(`${String(r.commitmentEndDate).slice(0, 10)}T00:00:00Z`) + DAY;

/** The state of a resource's first term at its start, priced by the list's row then (the lock). */
function truthOf(r: PartnerCenterSubscription): NewCommerceSubscription {
  const start = Date.parse(r.effectiveStartDate);
  const plan = String(r.billingCycle).toLowerCase();
  const found = priceAt(
    priceList,
    {
      ...priceKey,
      TermDuration: r.termDuration as string,
      BillingPlan: `${plan.charAt(0).toUpperCase()}${plan.slice(1)}`,
    },
    new Date(start).toISOString(),
  );
  if (!found.ok) throw new Error(found.message);
  return fromPartnerCenterSubscription(r, {
    asOf: new Date(start).toISOString(),
    price: found.price,
    priceKey,
  }).subscription as NewCommerceSubscription;
}

/**
 * The resource as Partner Center returns it at `fetchedMs`: its first term's, or, after renewals,
 * the term holding that instant (its end date moved on, the first term's windows gone).
 */
function fetchedAt(r: PartnerCenterSubscription, fetchedMs: number): PartnerCenterSubscription {
  if (fetchedMs < termEndOf(r)) return r;
  const { refundableQuantity: _, refundOptions: __, ...rest } = r;
  const state = advance(truthOf(r), new Date(fetchedMs).toISOString(), { priceList }).subscription;
  const last = new Date(Date.parse(state.termEnd as string) - DAY).toISOString().slice(0, 10);
  return { ...rest, commitmentEndDate: `${last}T00:00:00Z`, cancellationAllowedUntilDate: null };
}

/** A month after the resource's start, and a fetch instant 0 to 20 days before it opens. */
const cases = licences.chain((r) =>
  fc.record({
    r: fc.constant(r),
    months: fc.integer({ min: 1, max: 30 }),
    before: fc.integer({ min: 0, max: 20 * DAY }),
  }),
);

function monthOf(r: PartnerCenterSubscription, months: number): { first: number; month: string } {
  const start = new Date(r.effectiveStartDate);
  const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1);
  return { first, month: new Date(first).toISOString().slice(0, 7) };
}

const total = (amounts: readonly Money[]): number => amounts.reduce((a, m) => a + m.amount, 0);

describe('forecast and renewals whatever the fetch day (PL-8)', () => {
  describe('properties', () => {
    it('forecast’s total for a month equals chargesBetween over the month, for a resource fetched any instant from 20 days before the month to its start', async () => {
      await fc.assert(
        fc.asyncProperty(cases, async ({ r, months, before }) => {
          const { first, month } = monthOf(r, months);
          const fetched = fetchedAt(r, Math.max(Date.parse(r.effectiveStartDate), first - before));
          const next = Date.UTC(
            new Date(first).getUTCFullYear(),
            new Date(first).getUTCMonth() + 1,
          );
          const truth = truthOf(r);
          const from = advance(truth, new Date(first - 1).toISOString(), {
            priceList,
          }).subscription;
          const expected = chargesBetween(from, from.asOf, new Date(next - 1).toISOString(), {
            priceList,
          }).map((c) => c.amount);
          const run = await runStreaming([
            'forecast',
            '--subscriptions',
            file([fetched], { name: 'resources.json' }),
            '--prices',
            pricesFile,
            '--month',
            month,
            '--json',
          ]);
          expect(run.code).toBe(0);
          const { summary } = JSON.parse(run.out);
          expect(summary.problems).toEqual([]);
          const cents = (summary.total as string[]).map((t) =>
            Math.round(Number(t.split(' ')[0]) * 100),
          );
          expect(cents.reduce((a, b) => a + b, 0)).toBe(total(expected));
        }),
      );
    });

    it('renewals lists exactly chargesBetween’s renewals in the window, at their prices, for a resource fetched any instant from 20 days before the window to its start', async () => {
      await fc.assert(
        fc.asyncProperty(cases, async ({ r, months, before }) => {
          const { first } = monthOf(r, months);
          const to = first + 400 * DAY;
          const fetched = fetchedAt(r, Math.max(Date.parse(r.effectiveStartDate), first - before));
          const from = advance(truthOf(r), new Date(first - 1).toISOString(), {
            priceList,
          }).subscription;
          const expected = chargesBetween(from, from.asOf, new Date(to - 1).toISOString(), {
            priceList,
          })
            .filter((c) => c.kind === 'renewal')
            .map((c) => [c.at, c.quantity, c.unitPrice.amount]);
          const run = await runStreaming([
            'renewals',
            '--subscriptions',
            file([fetched], { name: 'resources.json' }),
            '--prices',
            pricesFile,
            '--from',
            new Date(first).toISOString(),
            '--to',
            new Date(to).toISOString(),
            '--json',
          ]);
          expect(run.code).toBe(0);
          const { renewals, summary } = JSON.parse(run.out);
          expect(summary.problems).toEqual([]);
          expect(
            renewals.map((e: { at: string; seats: number; after: Money }) => [
              e.at,
              e.seats,
              e.after.amount,
            ]),
          ).toEqual(expected);
        }),
      );
    });
  });
});
