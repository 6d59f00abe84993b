import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import * as newCommerce from 'subscription-rules/new-commerce';
import {
  type ReconcileSubscriptionsResult,
  type ReconcileTerm,
  reconcileSubscriptions,
} from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { fetchedFiles } from '../reconciliation/_fetchedFiles.ts';

/** A row of the Reconciliation tab's terms panel: a library term with the charges opening it. */
interface PanelTerm extends ReconcileTerm {
  readonly subscriptionId: string;
  readonly charges: readonly { readonly chargeType: string; readonly chargeStartDate: string }[];
}

// The page's modules are plain browser JavaScript; this one is pure, so Node loads it.
const { termRows } = (await import(
  pathToFileURL(join(import.meta.dirname, '../../docs/playground/reconcileTerms.js')).href
)) as {
  termRows: (
    found: Pick<ReconcileSubscriptionsResult, 'matched' | 'different' | 'missing' | 'terms'>,
  ) => PanelTerm[];
};

const DAY = 86_400_000;

/** A month-to-month resource bought on 2026-08-05, its term as fetched from `start`. */
const resource = (start: string, end: string) => ({
  id: 'sub-p1m',
  offerId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0K5RF',
  offerName: 'Microsoft 365 Business Standard',
  quantity: 10,
  productType: { id: 'OnlineServicesNCE' },
  creationDate: '2026-08-05T09:30:00Z',
  effectiveStartDate: start,
  commitmentEndDate: end,
  status: 'active',
  autoRenewEnabled: true,
  billingType: 'license',
  billingCycle: 'monthly',
  termDuration: 'P1M',
  isMicrosoftProduct: true,
});

/** October's renewal of it: 15.00 × 10 = 150.00 USD. */
const RENEWAL = {
  SubscriptionId: 'sub-p1m',
  ChargeType: 'renew',
  ChargeStartDate: '2026-10-05',
  ChargeEndDate: '2026-11-04',
  UnitPrice: '15.00',
  EffectiveUnitPrice: '15.00',
  BillableQuantity: '10',
  Subtotal: '150.00',
  Currency: 'USD',
};

describe('the terms panel (REC-5)', () => {
  it('REC-5: the panel lists the library’s terms as it returns them — the rebuilt term holding the month’s start, which bills no line in it, and the renewal’s, with its charge — nothing worked out again', () => {
    const found = reconcileSubscriptions(
      [RENEWAL],
      [resource('2026-11-05T00:00:00Z', '2026-12-04T00:00:00Z')],
      { rules: newCommerce, period: '2026-10' },
    );
    const rows = termRows(found);
    expect(rows.map(({ charges, ...term }) => term)).toEqual(
      found.terms.flatMap(({ subscriptionId, terms }) =>
        terms.map((term) => ({ subscriptionId, ...term })),
      ),
    );
    expect(
      rows.map((row) => [row.reading, row.start, row.charges.map((c) => c.chargeStartDate)]),
    ).toEqual([
      ['rebuilt', '2026-09-05T00:00:00.000Z', []],
      ['rebuilt', '2026-10-05T00:00:00.000Z', ['2026-10-05']],
    ]);
  });

  it('REC-5: a subscription whose month holds its own term only is not listed, as --explain prints no terms for it', () => {
    const found = reconcileSubscriptions(
      [RENEWAL],
      [resource('2026-10-05T00:00:00Z', '2026-11-04T00:00:00Z')],
      { rules: newCommerce },
    );
    expect(found.terms.map((one) => one.terms.map((term) => term.reading))).toEqual([['as-read']]);
    expect(termRows(found)).toEqual([]);
  });

  describe('properties', () => {
    it('REC-5: the terms the library returns tile the month: each ends where the next begins, each holds an instant of the month, the first holds its first day or starts on the purchase’s day, none starts before the purchase’s day — whatever the fetch instant from 20 days before the month’s end to 40 after', () => {
      fc.assert(
        fc.property(
          fetchedFiles(),
          fc.integer({ min: -20 * DAY, max: 40 * DAY }),
          (drawn, offset) => {
            const resources = drawn.resources(
              Math.max(drawn.monthEndMs + offset, drawn.bornMs + 1),
            );
            const found = reconcileSubscriptions(drawn.rows, resources, {
              rules: newCommerce,
              period: drawn.period,
              prices: drawn.prices,
            });
            const [year, month] = drawn.period.split('-').map(Number) as [number, number];
            const firstMs = Date.UTC(year, month - 1, 1);
            const endMs = Date.UTC(year, month, 1);
            for (const { subscriptionId, terms } of found.terms) {
              const one = resources.find((r) => r.id === subscriptionId);
              const createdDay = Math.floor(Date.parse(String(one?.creationDate)) / DAY) * DAY;
              expect(terms.length, subscriptionId).toBeGreaterThan(0);
              const first = terms[0] as ReconcileTerm;
              expect(
                Date.parse(first.start) < firstMs + DAY ||
                  Math.floor(Date.parse(first.start) / DAY) * DAY === createdDay,
                `${subscriptionId} ${first.start}`,
              ).toBe(true);
              terms.forEach((term, i) => {
                const start = Date.parse(term.start);
                const end = term.end === null ? Number.POSITIVE_INFINITY : Date.parse(term.end);
                expect(start, term.start).toBeLessThan(end);
                expect(start).toBeLessThan(endMs);
                expect(end).toBeGreaterThan(firstMs);
                expect(start).toBeGreaterThanOrEqual(createdDay);
                const next = terms[i + 1];
                if (next !== undefined) expect(term.end).toBe(next.start);
              });
            }
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
