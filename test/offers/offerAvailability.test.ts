import fc from 'fast-check';
import type {
  Customer,
  CustomerSubscription,
  Offer,
  OfferAvailabilityInput,
  OfferReasonCode,
  Policy,
} from 'subscription-rules';
import { offerAvailability, partnerCenterPolicies, resolveMarket } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { ruleErrorOf } from '../_errors.ts';
import { marketNames } from '../_private.ts';
import { availabilityInput, restriction } from './_offerArbitraries.ts';

/** The reasons in the order SPEC §6 lists them. */
const SPEC_ORDER: readonly OfferReasonCode[] = [
  'not-license-based',
  'not-transactable',
  'not-offered-through-csp',
  'exclusive-to-other-partners',
  'country-not-supported',
  'market-unavailable',
  'segment-not-eligible',
  'reactivate-instead',
  'already-subscribed',
];

const base: Offer = {
  id: 'offer-a',
  publisher: 'microsoft',
  billingType: 'license',
  productFamily: 'azure-reservations',
};
const germanShop: Customer = { segment: 'commercial', billingCountry: 'DE' };

function codes(input: Partial<OfferAvailabilityInput> & { offer: Offer }): OfferReasonCode[] {
  return offerAvailability({ customer: germanShop, partnerId: 'partner-1', ...input }).reasons.map(
    (reason) => reason.code,
  );
}

const holding = (status: CustomerSubscription['status']): CustomerSubscription[] => [
  { offerId: 'offer-a', status },
];

describe('offerAvailability', () => {
  it('OFR: an offer without restrictions is available, and the answer names the newest policy', () => {
    expect(offerAvailability({ offer: base, customer: germanShop, partnerId: 'p' })).toEqual({
      available: true,
      reasons: [],
      policyId: 'partner-center-2021-03',
    });
  });

  it.each([
    ['not-license-based', { offer: { ...base, publisher: 'partner', billingType: 'usage' } }],
    ['not-transactable', { offer: { ...base, transactable: false } }],
    ['not-offered-through-csp', { offer: { ...base, offeredThroughCsp: false } }],
    ['exclusive-to-other-partners', { offer: { ...base, exclusiveToPartners: ['partner-2'] } }],
    ['country-not-supported', { offer: { ...base, supportedCountries: ['France', 'AT'] } }],
    ['market-unavailable', { offer: base, customer: { ...germanShop, billingCountry: 'Saba' } }],
    ['segment-not-eligible', { offer: { ...base, segments: ['education', 'nonprofit'] } }],
    [
      'reactivate-instead',
      { offer: { ...base, onePerCustomer: true }, subscriptions: holding('suspended') },
    ],
    [
      'already-subscribed',
      { offer: { ...base, onePerCustomer: true }, subscriptions: holding('trial') },
    ],
    [
      'already-subscribed',
      { offer: { ...base, onePerCustomer: true }, subscriptions: holding('active') },
    ],
  ] as [OfferReasonCode, Partial<OfferAvailabilityInput> & { offer: Offer }][])(
    'OFR: %s applies alone, with a one-sentence English message',
    (code, input) => {
      const result = offerAvailability({ customer: germanShop, partnerId: 'partner-1', ...input });
      expect(result.available).toBe(false);
      expect(result.reasons.map((reason) => reason.code)).toEqual([code]);
      expect(result.reasons[0]?.message).toMatch(/^[A-Z][^\n]*\.$/);
    },
  );

  it('OFR: the messages name what the customer needs to know', () => {
    const result = offerAvailability({
      offer: { ...base, supportedCountries: ['DE'], segments: ['commercial'] },
      customer: { segment: 'education', billingCountry: 'Swaziland' },
      partnerId: 'partner-1',
    });
    expect(result.reasons).toEqual([
      {
        code: 'country-not-supported',
        message: 'The publisher does not support customers billed in Eswatini (SZ).',
        messageId: 'offer.country-not-supported',
        params: { market: 'Eswatini (SZ)' },
      },
      {
        code: 'market-unavailable',
        message: 'Product family "azure-reservations" is not available in Eswatini (SZ).',
        messageId: 'offer.market-unavailable',
        params: { family: 'azure-reservations', market: 'Eswatini (SZ)' },
      },
      {
        code: 'segment-not-eligible',
        message: 'This offer is not sold to education customers.',
        messageId: 'offer.segment-not-eligible',
        params: { segment: 'education' },
      },
    ]);
  });

  it('OFR: every reason that applies is listed, in the SPEC’s order', () => {
    const result = offerAvailability({
      offer: {
        ...base,
        publisher: 'partner',
        billingType: 'usage',
        transactable: false,
        offeredThroughCsp: false,
        exclusiveToPartners: [],
        supportedCountries: [],
        segments: [],
        onePerCustomer: true,
      },
      customer: { segment: 'government', billingCountry: 'Jan Mayen' },
      partnerId: 'partner-1',
      subscriptions: [
        { offerId: 'offer-a', status: 'active' },
        { offerId: 'offer-a', status: 'suspended' },
      ],
    });
    expect(result.reasons.map((reason) => reason.code)).toEqual(SPEC_ORDER);
  });

  it('OFR: a third party’s license offer and Microsoft’s usage offer are both license-based enough', () => {
    expect(codes({ offer: { ...base, publisher: 'partner' } })).toEqual([]);
    expect(codes({ offer: { ...base, billingType: 'usage' } })).toEqual([]);
  });

  it('OFR: an empty restriction list admits nobody', () => {
    expect(codes({ offer: { ...base, segments: [] } })).toEqual(['segment-not-eligible']);
    expect(codes({ offer: { ...base, supportedCountries: [] } })).toEqual([
      'country-not-supported',
    ]);
    expect(codes({ offer: { ...base, exclusiveToPartners: [] } })).toEqual([
      'exclusive-to-other-partners',
    ]);
  });

  it('OFR, MKT-2: countries compare as Partner Center codes after resolution: Saba (XS) is not Bonaire (BQ)', () => {
    const caribbean: Offer = { ...base, productFamily: 'office-365', supportedCountries: ['BQ'] };
    const at = (billingCountry: string) =>
      codes({ offer: caribbean, customer: { segment: 'commercial', billingCountry } });
    expect(at('Bonaire')).toEqual([]);
    expect(at('bq')).toEqual([]);
    expect(at('Saba')).toEqual(['country-not-supported']);
    expect(
      codes({
        offer: { ...base, supportedCountries: ['Swaziland', 'Åland Islands'] },
        customer: { segment: 'commercial', billingCountry: 'Eswatini' },
      }),
    ).toEqual(['market-unavailable']);
  });

  it('OFR, MKT-3: market-unavailable uses the offer’s product family and the policy passed', () => {
    const sabaShop: Customer = { segment: 'commercial', billingCountry: 'Saba' };
    expect(codes({ offer: { ...base, productFamily: 'office-365' }, customer: sabaShop })).toEqual(
      [],
    );
    const { productFamily, ...noFamily } = base;
    expect(codes({ offer: noFamily, customer: sabaShop })).toEqual([]);
    const policy: Policy = {
      ...partnerCenterPolicies[0],
      id: 'no-market-limits',
      unavailableMarkets: {},
    };
    expect(
      offerAvailability({ offer: base, customer: sabaShop, partnerId: 'p' }, { policy }),
    ).toEqual({
      available: true,
      reasons: [],
      policyId: 'no-market-limits',
    });
  });

  it('OFR: only trial, active and suspended holdings of the same offer count, and only for one-per-customer offers', () => {
    const once: Offer = { ...base, onePerCustomer: true };
    for (const status of ['cancelled', 'expired', 'deleted'] as const) {
      expect(codes({ offer: once, subscriptions: holding(status) })).toEqual([]);
    }
    expect(
      codes({ offer: once, subscriptions: [{ offerId: 'offer-b', status: 'active' }] }),
    ).toEqual([]);
    expect(codes({ offer: base, subscriptions: holding('active') })).toEqual([]);
    expect(
      codes({ offer: { ...base, onePerCustomer: false }, subscriptions: holding('active') }),
    ).toEqual([]);
  });

  it('OFR: partner and offer IDs compare without regard to letter case (decided)', () => {
    expect(codes({ offer: { ...base, exclusiveToPartners: ['PARTNER-1'] } })).toEqual([]);
    expect(
      codes({
        offer: { ...base, onePerCustomer: true },
        subscriptions: [{ offerId: 'OFFER-A', status: 'active' }],
      }),
    ).toEqual(['already-subscribed']);
  });

  it('OFR: absent (or undefined) optional fields are no restriction', () => {
    expect(
      codes({
        offer: {
          ...base,
          segments: undefined,
          supportedCountries: undefined,
          exclusiveToPartners: undefined,
          transactable: undefined,
        },
        subscriptions: undefined,
      }),
    ).toEqual([]);
  });

  it.each([
    [{ offer: { ...base, billingType: 'lease' } }, 'INVALID_ARGUMENT', 'input.offer.billingType'],
    [{ offer: { ...base, publisher: 'isv' } }, 'INVALID_ARGUMENT', 'input.offer.publisher'],
    [{ offer: { ...base, publisher: undefined } }, 'MISSING_FIELD', 'input.offer.publisher'],
    [{ offer: { ...base, id: '' } }, 'INVALID_ARGUMENT', 'input.offer.id'],
    [{ offer: { ...base, id: undefined } }, 'MISSING_FIELD', 'input.offer.id'],
    [
      { offer: { ...base, categories: ['retail'] } },
      'INVALID_ARGUMENT',
      'input.offer.categories.0',
    ],
    [{ offer: { ...base, segments: 'commercial' } }, 'INVALID_ARGUMENT', 'input.offer.segments'],
    [
      { offer: { ...base, segments: ['commercial', 'retail'] } },
      'INVALID_ARGUMENT',
      'input.offer.segments.1',
    ],
    [
      { offer: { ...base, supportedCountries: ['DE', 'Atlantis'] } },
      'UNKNOWN_MARKET',
      'input.offer.supportedCountries.1',
    ],
    [
      { offer: { ...base, exclusiveToPartners: [7] } },
      'INVALID_ARGUMENT',
      'input.offer.exclusiveToPartners.0',
    ],
    [{ offer: { ...base, transactable: 'no' } }, 'INVALID_ARGUMENT', 'input.offer.transactable'],
    [{ offer: { ...base, onePerCustomer: 1 } }, 'INVALID_ARGUMENT', 'input.offer.onePerCustomer'],
    [
      { offer: { ...base, offeredThroughCsp: null } },
      'INVALID_ARGUMENT',
      'input.offer.offeredThroughCsp',
    ],
    [{ offer: { ...base, productFamily: '' } }, 'INVALID_ARGUMENT', 'input.offer.productFamily'],
    [{ offer: undefined }, 'MISSING_FIELD', 'input.offer'],
    [{ offer: [] }, 'INVALID_ARGUMENT', 'input.offer'],
    [{ customer: undefined }, 'MISSING_FIELD', 'input.customer'],
    [{ customer: { billingCountry: 'DE' } }, 'MISSING_FIELD', 'input.customer.segment'],
    [
      { customer: { segment: 'retail', billingCountry: 'DE' } },
      'INVALID_ARGUMENT',
      'input.customer.segment',
    ],
    [{ customer: { segment: 'commercial' } }, 'MISSING_FIELD', 'input.customer.billingCountry'],
    [
      { customer: { segment: 'commercial', billingCountry: 'Atlantis' } },
      'UNKNOWN_MARKET',
      'input.customer.billingCountry',
    ],
    [
      { customer: { segment: 'commercial', billingCountry: 49 } },
      'INVALID_ARGUMENT',
      'input.customer.billingCountry',
    ],
    [{ partnerId: undefined }, 'MISSING_FIELD', 'input.partnerId'],
    [{ partnerId: 42 }, 'INVALID_ARGUMENT', 'input.partnerId'],
    [{ subscriptions: {} }, 'INVALID_ARGUMENT', 'input.subscriptions'],
    [{ subscriptions: [null] }, 'INVALID_ARGUMENT', 'input.subscriptions.0'],
    [{ subscriptions: [{ status: 'active' }] }, 'MISSING_FIELD', 'input.subscriptions.0.offerId'],
    [
      { subscriptions: [{ offerId: 'x', status: 'paused' }] },
      'INVALID_ARGUMENT',
      'input.subscriptions.0.status',
    ],
  ] as [Record<string, unknown>, string, string][])(
    'ERR-1: %j throws %s at %s',
    (change, code, path) => {
      const input = { offer: base, customer: germanShop, partnerId: 'p', ...change };
      const error = ruleErrorOf(() => offerAvailability(input as never));
      expect([error.code, error.path]).toEqual([code, path]);
    },
  );

  it('ERR-1: an input that is not an object is INVALID_ARGUMENT at "input"; a bad policy at its field under "options.policy"', () => {
    for (const input of [null, 'offer', undefined]) {
      const error = ruleErrorOf(() => offerAvailability(input as never));
      expect(error.path).toBe('input');
    }
    const input = { offer: base, customer: germanShop, partnerId: 'p' };
    expect(ruleErrorOf(() => offerAvailability(input, { policy: {} as Policy })).path).toBe(
      'options.policy.id',
    );
    expect(ruleErrorOf(() => offerAvailability(input, { policy: [] as never })).path).toBe(
      'options.policy',
    );
  });

  describe('properties', () => {
    const reasonCodes = (input: OfferAvailabilityInput) =>
      offerAvailability(input).reasons.map((reason) => reason.code);

    it('OFR: available exactly when there is no reason', () => {
      fc.assert(
        fc.property(availabilityInput, (input) => {
          const result = offerAvailability(input);
          return result.available === (result.reasons.length === 0);
        }),
      );
    });

    it('OFR: reasons come in the SPEC’s order, each at most once', () => {
      fc.assert(
        fc.property(availabilityInput, (input) => {
          const order = reasonCodes(input).map((code) => SPEC_ORDER.indexOf(code));
          return order.every((index, i) => index >= 0 && (i === 0 || index > (order[i - 1] ?? -1)));
        }),
      );
    });

    it('OFR: adding a restriction to an offer never turns an unavailable answer into an available one', () => {
      fc.assert(
        fc.property(availabilityInput, restriction, (input, restrict) => {
          const before = offerAvailability(input);
          const after = offerAvailability({ ...input, offer: restrict(input.offer) });
          return before.available || !after.available;
        }),
      );
    });

    it('OFR: adding a restriction to an offer never takes a reason away', () => {
      fc.assert(
        fc.property(availabilityInput, restriction, (input, restrict) => {
          const after = reasonCodes({ ...input, offer: restrict(input.offer) });
          return reasonCodes(input).every((code) => after.includes(code));
        }),
      );
    });

    it('OFR, MKT-2: writing the billing country as its code or as its name never changes the answer', () => {
      fc.assert(
        fc.property(availabilityInput, (input) => {
          const code = resolveMarket(input.customer.billingCountry);
          const as = (billingCountry: string) =>
            offerAvailability({ ...input, customer: { ...input.customer, billingCountry } });
          expect(as(code)).toEqual(offerAvailability(input));
          expect(as(marketNames[code])).toEqual(offerAvailability(input));
        }),
      );
    });

    // Without options, or with a policy: a JSON copy of `[…, undefined]` would be `[…, null]`.
    itKeepsTheContract(
      'offerAvailability',
      offerAvailability as (...args: unknown[]) => unknown,
      fc.oneof(
        fc.tuple(availabilityInput),
        fc.tuple(
          availabilityInput,
          fc.constantFrom(...partnerCenterPolicies.map((policy) => ({ policy }))),
        ),
      ),
    );
  });
});
