import fc from 'fast-check';
import { offerAvailability, resolveMarket } from 'subscription-rules';
import { customer, offer } from 'subscription-rules/arbitraries';
import { parseCustomer, parseOffer } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { accepted, sameSamplesForOneSeed } from './_check.ts';

describe('offer() and customer()', () => {
  it('ERR-2: every offer sample is accepted by parseOffer, its countries turned into codes', () => {
    fc.assert(
      fc.property(offer(), (value) => {
        const parsed = accepted(parseOffer, value);
        expect(parsed.supportedCountries).toEqual(
          value.supportedCountries?.map((c) => resolveMarket(c)),
        );
        expect({ ...parsed, supportedCountries: value.supportedCountries }).toEqual(value);
      }),
    );
  });

  it('ERR-2: every customer sample is accepted by parseCustomer, its country turned into a code', () => {
    fc.assert(
      fc.property(customer(), (value) => {
        expect(accepted(parseCustomer, value)).toEqual({
          segment: value.segment,
          billingCountry: resolveMarket(value.billingCountry),
        });
      }),
    );
  });

  it('OFR-1: offers and customers together reach available and every refusal reason', () => {
    const codes = new Set<string>();
    let available = 0;
    fc.assert(
      fc.property(offer(), customer({ markets: { codes: ['DE', 'US', 'AD', 'AG'] } }), (o, c) => {
        const result = offerAvailability({
          offer: o,
          customer: c,
          partnerId: 'partner-1',
          subscriptions: [
            { offerId: 'offer-a', status: 'suspended' },
            { offerId: 'offer-b', status: 'active' },
          ],
        });
        expect(result.available).toBe(result.reasons.length === 0);
        if (result.available) available++;
        for (const reason of result.reasons) codes.add(reason.code);
      }),
      { numRuns: 1_000 },
    );
    expect(available).toBeGreaterThan(0);
    expect([...codes].sort()).toEqual([
      'already-subscribed',
      'country-not-supported',
      'exclusive-to-other-partners',
      'market-unavailable',
      'not-license-based',
      'not-offered-through-csp',
      'not-transactable',
      'reactivate-instead',
      'segment-not-eligible',
    ]);
  });

  it('constraints narrow ids, partners, families, segments and markets', () => {
    fc.assert(
      fc.property(
        offer({
          ids: ['x'],
          partners: ['p'],
          productFamilies: ['f'],
          markets: { codes: ['NZ'], forms: ['code'] },
        }),
        customer({ segments: ['education'], markets: { codes: ['NZ'] } }),
        (o, c) => {
          expect(o.id).toBe('x');
          for (const partner of o.exclusiveToPartners ?? []) expect(partner).toBe('p');
          if (o.productFamily !== undefined) expect(o.productFamily).toBe('f');
          for (const country of o.supportedCountries ?? []) expect(country).toBe('NZ');
          expect(c.segment).toBe('education');
          expect(resolveMarket(c.billingCountry)).toBe('NZ');
        },
      ),
    );
  });

  it('determinism: one seed, one sequence of samples', () => {
    sameSamplesForOneSeed(() => offer());
    sameSamplesForOneSeed(() => customer());
  });

  it('ERR-1: bad constraints are a RuleError naming the field', () => {
    expect(errorOf(() => offer({ ids: [] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.ids',
    });
    expect(errorOf(() => offer({ partners: [''] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.partners.0',
    });
    expect(errorOf(() => offer({ markets: { codes: ['QQ' as never] } }))).toEqual({
      code: 'UNKNOWN_MARKET',
      path: 'constraints.markets.codes.0',
    });
    expect(errorOf(() => customer({ segments: ['retail' as never] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.segments.0',
    });
    expect(errorOf(() => customer({ markets: 'DE' as never }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.markets',
    });
  });
});
