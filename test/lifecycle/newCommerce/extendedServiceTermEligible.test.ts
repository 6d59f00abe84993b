import fc from 'fast-check';
import type { NewCommerceSubscription } from 'subscription-rules';
import {
  advance,
  createSubscription,
  extendedServiceTermEligible,
  fromPartnerCenterSubscription,
  partnerCenterPolicies,
  transition,
} from 'subscription-rules';
import { subscription } from 'subscription-rules/arbitraries';
import { subscriptionSchema } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../_errors.ts';
import { apply, licence } from './_states.ts';

const APRIL_2025 = Date.UTC(2025, 3, 1);
/** A three-year term: it ends long after 2026-05-04 whenever it starts around 2025-04-01. */
const triennial = (orderedMs: number) =>
  createSubscription({
    ...licence,
    term: 'P3Y',
    billingFrequency: 'monthly',
    orderedAt: new Date(orderedMs).toISOString(),
  });
/** A one-year term bought at `orderedAt`: it ends at 00:00Z of the same date a year on. */
const annual = (orderedAt: string) => createSubscription({ ...licence, orderedAt });

describe('extendedServiceTermEligible', () => {
  it('EST-1, EST-7: a term started at 2025-04-01T00:00:00.000Z is eligible; 1 ms earlier its policy has no section', () => {
    expect(extendedServiceTermEligible(triennial(APRIL_2025))).toEqual({
      eligible: true,
      reason: 'eligible',
      from: '2028-04-01T00:00:00.000Z',
    });
    // the term's own policy (NCE-11) is partner-center-nce-2023-01, which has no section (EST-7)
    expect(extendedServiceTermEligible(triennial(APRIL_2025 - 1))).toEqual({
      eligible: false,
      reason: 'no-policy-section',
      from: null,
    });
  });

  it('EST-1: an end-of-sale SKU without conversion SKUs is not eligible (reason end-of-sale): auto-renew off takes the old expiry path; with conversion SKUs, or none given, it is', () => {
    const bought = (endOfSale?: 'none' | 'end-of-sale' | 'end-of-sale-with-conversions') =>
      createSubscription({ ...licence, ...(endOfSale === undefined ? {} : { endOfSale }) });
    expect(extendedServiceTermEligible(bought('end-of-sale'))).toEqual({
      eligible: false,
      reason: 'end-of-sale',
      from: null,
    });
    expect(bought('end-of-sale').endOfSale).toBe('end-of-sale');
    for (const endOfSale of [undefined, 'none', 'end-of-sale-with-conversions'] as const)
      expect(extendedServiceTermEligible(bought(endOfSale))).toMatchObject({
        eligible: true,
        reason: 'eligible',
      });
    // auto-renew off: cancel, the old path (expired at the term's end, ±1 ms), no warning
    const off = transition(bought('end-of-sale'), {
      type: 'set-auto-renew',
      at: '2027-01-01T00:00:00Z',
      enabled: false,
    });
    expect(off.ok && [off.subscription.endOfTerm, off.warnings]).toEqual(['cancel', undefined]);
    if (!off.ok) return;
    expect(advance(off.subscription, '2027-11-19T23:59:59.999Z').subscription.status).toBe(
      'active',
    );
    expect(advance(off.subscription, '2027-11-20T00:00:00.000Z').subscription.status).toBe(
      'expired',
    );
    // and asking for the Extended Service Term is refused, naming why
    const asked = transition(bought('end-of-sale'), {
      type: 'set-end-of-term',
      at: '2027-01-01T00:00:00Z',
      action: 'extended-service-term',
    });
    expect(asked.ok === false && [asked.code, asked.message.includes('end-of-sale')]).toEqual([
      'NOT_ALLOWED',
      true,
    ]);
    // no event changes it; a bad value is the caller's field
    expect(off.subscription.endOfSale).toBe('end-of-sale');
    expect(errorOf(() => bought('discontinued' as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'input.endOfSale',
    });
  });

  it('EST-1: the reader takes endOfSale as an option; a state, its schema and its JSON keep it', () => {
    // the update-subscription reference's Microsoft 365 Business Basic, bought on 2026-11-20
    const resource = {
      id: 'e2b1a7d4-6f7c-4b55-b0f1-7d4c2b8e9a10',
      offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0KHS3',
      offerName: 'Microsoft 365 Business Basic',
      quantity: 10,
      unitType: 'Licenses',
      productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
      creationDate: '2026-11-20T10:00:00Z',
      effectiveStartDate: '2026-11-20T10:00:00Z',
      commitmentEndDate: '2027-11-19T00:00:00Z',
      status: 'active',
      autoRenewEnabled: true,
      isTrial: false,
      billingType: 'license',
      billingCycle: 'monthly',
      termDuration: 'P1Y',
      isMicrosoftProduct: true,
    };
    const read = fromPartnerCenterSubscription(resource, {
      asOf: '2026-12-01T00:00:00Z',
      endOfSale: 'end-of-sale',
    }).subscription as NewCommerceSubscription;
    expect(read.endOfSale).toBe('end-of-sale');
    expect(extendedServiceTermEligible(read).reason).toBe('end-of-sale');
    const parsed = subscriptionSchema().parse(JSON.parse(JSON.stringify(read)));
    expect(parsed).toMatchObject({ endOfSale: 'end-of-sale' });
    expect(
      errorOf(() =>
        fromPartnerCenterSubscription(resource, {
          asOf: '2026-12-01T00:00:00Z',
          endOfSale: 'yes' as never,
        }),
      ),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'options.endOfSale' });
  });

  it('EST-1: a term ending on 2026-05-04T00:00Z is eligible (on or after); one ending a day earlier is not', () => {
    expect(extendedServiceTermEligible(annual('2025-05-04T10:00:00Z'))).toEqual({
      eligible: true,
      reason: 'eligible',
      from: '2026-05-04T00:00:00.000Z',
    });
    expect(extendedServiceTermEligible(annual('2025-05-03T23:59:59.999Z'))).toEqual({
      eligible: false,
      reason: 'term-ends-before',
      from: null,
    });
  });

  it('EST-1: a trial, a software subscription and marketplace SaaS are not eligible', () => {
    expect(extendedServiceTermEligible(createSubscription({ ...licence, trial: {} })).reason).toBe(
      'trial',
    );
    for (const product of ['software-subscription', 'marketplace-saas'] as const)
      expect(extendedServiceTermEligible(createSubscription({ ...licence, product }))).toEqual({
        eligible: false,
        reason: 'not-license-based',
        from: null,
      });
    const usage = createSubscription({
      program: 'new-commerce',
      product: 'marketplace-usage',
      quantity: 1,
      orderedAt: '2026-11-20T10:00:00Z',
    });
    expect(extendedServiceTermEligible(usage).reason).toBe('not-license-based');
  });

  it('EST-1: in an Extended Service Term, it says so and since when', () => {
    const off = apply(createSubscription(licence), {
      type: 'set-auto-renew',
      at: '2027-01-01T00:00:00Z',
      enabled: false,
    });
    const inEst = advance(off, '2027-12-01T00:00:00Z').subscription;
    expect(extendedServiceTermEligible(inEst)).toEqual({
      eligible: true,
      reason: 'in-extended-service-term',
      from: '2027-11-20T00:00:00.000Z',
    });
  });

  it('EST-1: a custom policy may change the dates or leave the section out (nothing eligible)', () => {
    const catalog = JSON.parse(
      JSON.stringify(partnerCenterPolicies.find((p) => p.id === 'partner-center-nce-2025-04')),
    );
    const later = {
      ...catalog,
      id: 'later-est',
      extendedServiceTerm: {
        ...catalog.extendedServiceTerm,
        termEndingFrom: '2028-01-01T00:00:00Z',
      },
    };
    const sub = createSubscription(licence);
    expect(extendedServiceTermEligible(sub, { policy: later }).reason).toBe('term-ends-before');
    const { extendedServiceTerm: _gone, ...without } = catalog;
    expect(extendedServiceTermEligible(sub, { policy: without })).toEqual({
      eligible: false,
      reason: 'no-policy-section',
      from: null,
    });
    expect(
      errorOf(() =>
        extendedServiceTermEligible(sub, {
          policy: {
            ...catalog,
            extendedServiceTerm: { ...catalog.extendedServiceTerm, monthlyPlanUplift: -1 },
          },
        }),
      ),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.policy.extendedServiceTerm.monthlyPlanUplift',
    });
    expect(errorOf(() => extendedServiceTermEligible({} as never))).toEqual({
      code: 'MISSING_FIELD',
      path: 'subscription.program',
    });
  });
});

describe('properties', () => {
  it('EST-1: eligible exactly for a licence-based term started on or after 2025-04-01 and ending on or after 2026-05-04 whose SKU is not at end of sale without conversions, or one in its Extended Service Term', () => {
    let endOfSale = 0;
    fc.assert(
      fc.property(subscription({ program: 'new-commerce' }), (end) => {
        const { eligible, reason, from } = extendedServiceTermEligible(end);
        if (end.extendedServiceTerm !== undefined) {
          expect([eligible, reason, from]).toEqual([
            true,
            'in-extended-service-term',
            end.extendedServiceTerm.since,
          ]);
          return;
        }
        const expected =
          end.product === 'license-based' &&
          (end.status === 'active' || end.status === 'suspended') &&
          end.termStart !== null &&
          end.termEnd !== null &&
          Date.parse(end.termStart) >= APRIL_2025 &&
          Date.parse(end.termEnd) >= Date.UTC(2026, 4, 4) &&
          end.endOfSale !== 'end-of-sale';
        if (end.endOfSale === 'end-of-sale') endOfSale++;
        expect(eligible).toBe(expected);
        expect(from).toBe(expected ? end.termEnd : null);
      }),
    );
    expect(endOfSale).toBeGreaterThan(0);
  });
});
