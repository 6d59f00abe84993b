import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import * as newCommerce from 'subscription-rules/new-commerce';
import {
  type ReconcileSubscriptionsResult,
  reconcileSubscriptions,
} from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { termsOfMonth } from '../_private.ts';
import { fetchedFiles } from '../reconciliation/_fetchedFiles.ts';

/** A term of the Reconciliation tab's terms panel. */
interface PanelTerm {
  readonly subscriptionId: string;
  readonly read: 'as-read' | 'rebuilt' | 'advanced';
  readonly start: string;
  readonly renewal: boolean | undefined;
  readonly charges: readonly { readonly chargeType: string }[];
  readonly priceFrom: 'list' | 'file';
}

// The page's modules are plain browser JavaScript; this one is pure, so Node loads it.
const { monthTerms } = (await import(
  pathToFileURL(join(import.meta.dirname, '../../docs/playground/reconcileTerms.js')).href
)) as {
  monthTerms: (
    found: Pick<ReconcileSubscriptionsResult, 'matched' | 'different' | 'missing'>,
    resources: readonly object[],
    priced: boolean,
  ) => PanelTerm[];
};

const DAY = 86_400_000;

/** A month-to-month resource bought on 2026-08-05, its term as fetched starting at `start`. */
const resource = (start: string, creationDate: string | null = '2026-08-05T09:30:00Z') => ({
  id: 'sub-p1m',
  termDuration: 'P1M',
  effectiveStartDate: start,
  ...(creationDate === null ? {} : { creationDate }),
});

/** What the library found: one group of the rules opening a term on `day`. */
const renewedOn = (day: string, chargeType = 'renew') => ({
  matched: [
    {
      subscriptionId: 'sub-p1m',
      chargeType,
      chargeStartDate: day,
      chargeEndDate: '2026-11-04',
      currency: 'USD',
      lines: 1,
      rows: [1],
      form: 'one-line' as const,
      amounts: { Subtotal: '150.00', BillableQuantity: '10', Currency: 'USD' },
      rules: ['CHG-1'],
      notes: [],
    },
  ],
  different: [],
  missing: [],
});

describe('the terms panel (REC-5)', () => {
  it('REC-5: a renewal on 2026-10-05 of a resource whose term starts 2026-11-05 is rebuilt back, beside the term as read, both priced by the file without a list and by the list with one', () => {
    const terms = monthTerms(renewedOn('2026-10-05'), [resource('2026-11-05T00:00:00Z')], false);
    expect(terms.map((t) => [t.read, t.start, t.renewal, t.charges.length, t.priceFrom])).toEqual([
      ['rebuilt', '2026-10-05', true, 1, 'file'],
      ['as-read', '2026-11-05', true, 0, 'file'],
    ]);
    expect(
      monthTerms(renewedOn('2026-10-05'), [resource('2026-11-05T00:00:00Z')], true).map(
        (t) => t.priceFrom,
      ),
    ).toEqual(['list', 'list']);
  });

  it('REC-5: at the resource’s first instant ±1 ms: a renewal on 2026-11-05 is the term as read (no panel) at 00:00:00.000 and 1 ms after, advanced for a term starting 1 ms before the day', () => {
    const found = renewedOn('2026-11-05');
    for (const start of ['2026-11-05T00:00:00.000Z', '2026-11-05T00:00:00.001Z'])
      expect(monthTerms(found, [resource(start)], false), start).toEqual([]);
    expect(
      monthTerms(found, [resource('2026-11-04T23:59:59.999Z')], false).map((t) => [
        t.read,
        t.start,
      ]),
    ).toEqual([
      ['as-read', '2026-11-04'],
      ['advanced', '2026-11-05'],
    ]);
  });

  it('REC-5: the term as read is a renewal when it starts a day after creationDate’s, the purchase on that day; without creationDate the file’s charge type says, and nothing when it has none', () => {
    const found = renewedOn('2026-10-05');
    const asRead = (creationDate: string | null) =>
      monthTerms(found, [resource('2026-11-05T00:00:00Z', creationDate)], false).find(
        (t) => t.read === 'as-read',
      )?.renewal;
    expect(asRead('2026-11-04T23:59:59.999Z')).toBe(true);
    expect(asRead('2026-11-05T00:00:00.000Z')).toBe(false);
    expect(asRead(null)).toBeUndefined();
    const own = renewedOn('2026-11-05');
    expect(
      monthTerms(
        { ...own, matched: [...own.matched, ...renewedOn('2026-10-05').matched] },
        [resource('2026-11-05T00:00:00Z', null)],
        false,
      ).map((t) => t.renewal),
    ).toEqual([true, true]);
  });

  it('REC-5: a subscription without a resource, or whose resource states no start, is not in the panel', () => {
    const found = renewedOn('2026-10-05');
    expect(monthTerms(found, [], false)).toEqual([]);
    expect(monthTerms(found, [{ id: 'sub-p1m' }], false)).toEqual([]);
  });

  describe('properties', () => {
    it('REC-5: the panel lists exactly the terms the library reads opening in the billing month, beside the term as read, whatever the fetch instant from 20 days before the month’s end to 40 after', () => {
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
            const panel = monthTerms(found, resources, true);
            const [year, month] = drawn.period.split('-').map(Number) as [number, number];
            const window = {
              firstDay: Date.UTC(year, month - 1, 1) / DAY,
              lastDay: Date.UTC(year, month, 1) / DAY - 1,
            };
            for (const one of resources) {
              const day = (ms: number): number => Math.floor(ms / DAY);
              const library = (termsOfMonth(one, window, []) ?? [])
                .filter((t) => t.read === 'as-read' || t.endMs > t.startMs)
                .filter(
                  (t) =>
                    t.read === 'as-read' ||
                    (day(t.startMs) >= window.firstDay && day(t.startMs) <= window.lastDay),
                )
                .map((t) => [t.read, new Date(t.startMs).toISOString().slice(0, 10), t.renewal]);
              const shown = panel
                .filter((t) => t.subscriptionId === one.id)
                .map((t) => [t.read, t.start, t.renewal]);
              if (shown.length === 0)
                expect(library.filter(([read]) => read !== 'as-read')).toEqual([]);
              else expect(shown).toEqual(library);
            }
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
