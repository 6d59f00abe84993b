import fc from 'fast-check';
import { createSubscription, readPriceList, upgrade } from 'subscription-rules';
import { parseUpgradeRequest } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';

const source = createSubscription({
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 10,
  orderedAt: '2026-11-20T10:00:00Z',
  price: { amount: 1250, currency: 'USD' },
});
const to = { offerId: 'CFQ7TTC0LDPB:0001', price: { amount: 2200, currency: 'USD' } } as const;

/** A price list that prices Business Basic in every plan, always (PL-3: what prices an event given no price). */
const everyPlan = readPriceList(
  `ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate\n${[
    'P1M,Monthly',
    'P1Y,Monthly',
    'P1Y,Annual',
    'P2Y,Monthly',
    'P2Y,Annual',
    'P3Y,Monthly',
    'P3Y,Annual',
    'P3Y,Triennial',
  ]
    .map((plan) => `CFQ7TTC0LH18,0001,${plan},US,USD,360.00,1/1/1753 0:00,12/31/9999 11:59 PM`)
    .join('\n')}\n`,
);
const basicKey = {
  ProductId: 'CFQ7TTC0LH18',
  SkuId: '0001',
  Market: 'US',
  Currency: 'USD',
  Segment: 'Commercial',
} as const;

describe('parseUpgradeRequest (MID-4)', () => {
  it('ERR-2, MID-4: the instant comes back canonical and an into state as parseSubscription returns it', () => {
    const into = createSubscription({
      program: 'new-commerce',
      product: 'license-based',
      term: 'P3Y',
      billingFrequency: 'monthly',
      quantity: 1,
      orderedAt: '2026-11-21T00:00:00Z',
      price: to.price,
    });
    expect(
      parseUpgradeRequest({
        at: '2026-11-30T13:00:00+01:00',
        quantity: 4,
        to,
        into: JSON.parse(JSON.stringify(into)),
      }),
    ).toEqual({ ok: true, value: { at: '2026-11-30T12:00:00.000Z', quantity: 4, to, into } });
  });

  it('ERR-2, MID-4: each issue at its path: an empty offer, no price, a plan not sold, a broken state; a term or frequency alone is no issue (the other is the source’s)', () => {
    const paths = (input: unknown) => {
      const result = parseUpgradeRequest(input);
      return result.ok ? [] : result.issues.map((issue) => issue.path);
    };
    const at = '2026-11-30T12:00:00Z';
    expect(paths({ at, to: { ...to, offerId: '' } })).toEqual(['to.offerId']);
    // no price: the price list prices it (PL-3), or into's locked price holds
    expect(paths({ at, to: { offerId: 'x' } })).toEqual([]);
    expect(paths({ at, to: { offerId: 'x', priceKey: { ...basicKey, Segment: '' } } })).toEqual([
      'to.priceKey.Segment',
    ]);
    expect(paths({ at, to: { ...to, term: 'P3Y' } })).toEqual([]);
    expect(paths({ at, to: { ...to, billingFrequency: 'annual' } })).toEqual([]);
    expect(paths({ at, to: { ...to, billingFrequency: 'weekly' } })).toEqual([
      'to.billingFrequency',
    ]);
    expect(paths({ at, to: { ...to, term: 'P2Y', billingFrequency: 'monthly' } })).toEqual([
      'to.term',
    ]);
    expect(paths({ at, to, into: { ...source, quantity: 11 } })).toEqual(['into.seats']);
  });
});

describe('properties', () => {
  it('ERR-2, MID-4: a request parseUpgradeRequest accepts is applied by upgrade to a source that has the seats, without a throw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 * 86_400_000 }),
        fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
        fc.option(fc.constantFrom(['P1Y', 'monthly'], ['P1Y', 'annual'], ['P3Y', 'annual']), {
          nil: undefined,
        }),
        (wait, quantity, plan) => {
          const request = {
            at: new Date(Date.parse(source.asOf) + wait).toISOString(),
            to: {
              ...to,
              ...(plan === undefined ? {} : { term: plan[0], billingFrequency: plan[1] }),
            },
            ...(quantity === undefined ? {} : { quantity }),
          };
          const parsed = parseUpgradeRequest(request);
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(typeof upgrade(source, parsed.value).ok).toBe('boolean');
        },
      ),
    );
  });

  it('ERR-2, MID-4: parseUpgradeRequest accepts a request exactly when upgrade takes it without a throw (broken offers, prices, plans, quantities, instants)', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.record({
          wait: fc.integer({ min: 0, max: 300 * 86_400_000 }),
          offerId: fc.oneof(
            { arbitrary: fc.constant('CFQ7TTC0LDPB:0001'), weight: 6 },
            { arbitrary: fc.constantFrom('', 7, undefined), weight: 1 },
          ),
          price: fc.constantFrom(
            { amount: 2200, currency: 'USD' },
            { amount: 2200, currency: 'USD' },
            { amount: 2200, currency: 'USD' },
            { amount: 0, currency: 'USD' },
            { amount: -1, currency: 'USD' },
            { amount: 1.5, currency: 'USD' },
            { amount: 2200, currency: 'usd' },
            undefined,
          ),
          plan: fc.constantFrom(
            [],
            [],
            [],
            ['P1Y', 'monthly'],
            ['P1Y', 'annual'],
            ['P3Y', 'triennial'],
            ['P1M', 'monthly'],
            ['P2Y', 'monthly'],
            ['P1Y'],
            [undefined, 'annual'],
            ['P5Y', 'weekly'],
          ),
          quantity: fc.constantFrom(undefined, undefined, 1, 4, 4, 10, 0, 1.5, '3'),
          at: fc.oneof(
            { arbitrary: fc.constantFrom('iso', 'offset'), weight: 6 },
            {
              arbitrary: fc.constantFrom('2026-13-01T00:00:00Z', '2026-12-01T00:00:00'),
              weight: 1,
            },
          ),
        }),
        ({ wait, offerId, price, plan, quantity, at }) => {
          const ms = Date.parse(source.asOf) + wait;
          const instant =
            at === 'iso'
              ? new Date(ms).toISOString()
              : at === 'offset'
                ? `${new Date(ms + 3_600_000).toISOString().slice(0, 19)}+01:00`
                : at;
          const [term, billingFrequency] = plan as readonly (string | undefined)[];
          const request = JSON.parse(
            JSON.stringify({
              at: instant,
              // a target without a price is priced by the list, given in every call (PL-3)
              to: { offerId, price, term, billingFrequency, priceKey: basicKey },
              quantity,
            }),
          );
          const parsed = parseUpgradeRequest(request);
          if (parsed.ok) {
            accepted++;
            expect(() => upgrade(source, parsed.value, { priceList: everyPlan })).not.toThrow();
          } else {
            refused++;
            expect(() => upgrade(source, request, { priceList: everyPlan })).toThrow();
          }
        },
      ),
      { numRuns: 500 },
    );
    expect([accepted > 30, refused > 30]).toEqual([true, true]);
  });
});
