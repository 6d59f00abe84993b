import fc from 'fast-check';
import type { Offer, OfferFilters } from 'subscription-rules';
import { filterOffers } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { ruleErrorOf } from '../_errors.ts';
import { CATEGORIES, offer } from './_offerArbitraries.ts';

const catalog: readonly Offer[] = [
  { id: 'm365-e3', publisher: 'microsoft', billingType: 'license', categories: ['enterprise'] },
  { id: 'azure-plan', publisher: 'microsoft', billingType: 'usage' },
  {
    id: 'isv-crm',
    publisher: 'partner',
    billingType: 'license',
    categories: ['small-business', 'trial'],
  },
  { id: 'isv-vm', publisher: 'partner', billingType: 'usage', categories: ['enterprise'] },
];

const ids = (offers: readonly Offer[]) => offers.map((item) => item.id);

const filters: fc.Arbitrary<OfferFilters> = fc.record(
  {
    publisher: fc.constantFrom('microsoft', 'partner'),
    billingType: fc.constantFrom('license', 'usage'),
    category: fc.constantFrom(...CATEGORIES),
  },
  { requiredKeys: [] },
);

describe('filterOffers', () => {
  it('OFR-1: keeps the offers that match every given filter', () => {
    expect(ids(filterOffers(catalog, { publisher: 'microsoft' }))).toEqual([
      'm365-e3',
      'azure-plan',
    ]);
    expect(ids(filterOffers(catalog, { billingType: 'usage' }))).toEqual(['azure-plan', 'isv-vm']);
    expect(ids(filterOffers(catalog, { category: 'enterprise' }))).toEqual(['m365-e3', 'isv-vm']);
    expect(ids(filterOffers(catalog, { publisher: 'partner', category: 'trial' }))).toEqual([
      'isv-crm',
    ]);
    expect(
      ids(
        filterOffers(catalog, {
          publisher: 'microsoft',
          billingType: 'license',
          category: 'trial',
        }),
      ),
    ).toEqual([]);
  });

  it('OFR-1: an offer without categories matches no category filter', () => {
    expect(ids(filterOffers(catalog, { category: 'small-business' }))).toEqual(['isv-crm']);
    expect(filterOffers([catalog[1] as Offer], { category: 'enterprise' })).toEqual([]);
  });

  it('OFR-1: no filter keeps every offer, as the caller’s own objects in a new array', () => {
    const kept = filterOffers(catalog);
    expect(kept).toEqual(catalog);
    expect(kept).not.toBe(catalog);
    expect(kept[0]).toBe(catalog[0]);
    expect(filterOffers(catalog, {})).toEqual(catalog);
  });

  it('OFR-1: keeps the caller’s own offer type, extra fields and all', () => {
    const priced = [
      { id: 'm365-e3', publisher: 'microsoft', billingType: 'license', price: 12 },
    ] as const;
    const kept = filterOffers(priced, { publisher: 'microsoft' });
    expect(kept[0]?.price).toBe(12);
  });

  it.each([
    [
      [{ id: 'x', publisher: 'isv', billingType: 'usage' }],
      {},
      'INVALID_ARGUMENT',
      'offers.0.publisher',
    ],
    [[catalog[0], { id: 'x', publisher: 'partner' }], {}, 'MISSING_FIELD', 'offers.1.billingType'],
    [[{ ...catalog[0], categories: ['retail'] }], {}, 'INVALID_ARGUMENT', 'offers.0.categories.0'],
    [[null], {}, 'INVALID_ARGUMENT', 'offers.0'],
    ['offers', {}, 'INVALID_ARGUMENT', 'offers'],
    [catalog, { category: 'retail' }, 'INVALID_ARGUMENT', 'filters.category'],
    [catalog, { publisher: 'MICROSOFT' }, 'INVALID_ARGUMENT', 'filters.publisher'],
    [catalog, { billingType: 7 }, 'INVALID_ARGUMENT', 'filters.billingType'],
    [catalog, 'usage', 'INVALID_ARGUMENT', 'filters'],
  ] as [unknown, unknown, string, string][])(
    'ERR-1: offers %j with filters %j throw %s at %s',
    (offers, given, code, path) => {
      const error = ruleErrorOf(() => filterOffers(offers as never, given as never));
      expect([error.code, error.path]).toEqual([code, path]);
    },
  );

  describe('properties', () => {
    const offers = fc.array(offer, { maxLength: 8 });

    it('OFR-1: every offer kept matches every filter given, and every offer left out fails one', () => {
      fc.assert(
        fc.property(offers, filters, (list, given) => {
          const kept = new Set(filterOffers(list, given));
          return list.every((item) => {
            const matches =
              (given.publisher === undefined || item.publisher === given.publisher) &&
              (given.billingType === undefined || item.billingType === given.billingType) &&
              (given.category === undefined || (item.categories ?? []).includes(given.category));
            return kept.has(item) === matches;
          });
        }),
      );
    });

    it('OFR-1: filtering twice with the same filters is filtering once, and order is kept', () => {
      fc.assert(
        fc.property(offers, filters, (list, given) => {
          const once = filterOffers(list, given);
          expect(filterOffers(once, given)).toEqual(once);
          expect(once).toEqual(list.filter((item) => once.includes(item)));
        }),
      );
    });

    it('OFR-1: adding a filter never keeps more offers', () => {
      fc.assert(
        fc.property(offers, filters, filters, (list, a, b) => {
          return filterOffers(list, { ...a, ...b }).length <= filterOffers(list, b).length;
        }),
      );
    });

    itKeepsTheContract('filterOffers', filterOffers, fc.tuple(offers, filters));
  });
});
