import fc from 'fast-check';
import { cancellationDecision, createSubscription } from 'subscription-rules';
import { parsePurchase, parseSubscriptionInput } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';

/** Instants around one order, some before it, in the forms callers send. */
const instant = fc.constantFrom(
  '2020-06-01T00:00:00Z',
  '2026-01-01T00:00:00Z',
  '2026-01-01T00:00:00.000Z',
  '2026-01-05T00:00:00+10:00',
  '2026-02-01T00:00:00Z',
  '2027-01-01T00:00:00Z',
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const price = fc.record({
  amount: fc.integer({ min: -5, max: 100_000 }),
  currency: fc.constantFrom('USD', 'JPY', 'BHD'),
});
const product = fc.constantFrom(
  'marketplace-saas',
  'marketplace-usage',
  'software-perpetual',
  'software-subscription',
  'software-plan',
  'windows-7-esu',
);
const term = fc.constantFrom('P1M', 'P1Y', 'P3Y');
const billingCycle = fc.constantFrom('monthly', 'annual');

/** A record without its `undefined` fields, as JSON would carry it. */
const json = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the schemas agree with the functions', () => {
  describe('properties', () => {
    it('ERR-2: every purchase parsePurchase accepts gets a decision from cancellationDecision at its order, and every one it refuses cancellationDecision refuses too', () => {
      fc.assert(
        fc.property(
          fc.record({
            product,
            orderedAt: instant,
            billingCycle: maybe(billingCycle),
            term: maybe(term),
            price: maybe(price),
            currentTermEnd: maybe(instant),
          }),
          (candidate) => {
            const parsed = parsePurchase(json(candidate));
            if (parsed.ok) {
              expect(() =>
                cancellationDecision(parsed.value, parsed.value.orderedAt),
              ).not.toThrow();
            } else {
              // …and refuses only what the function refuses too.
              expect(() =>
                cancellationDecision(json(candidate) as never, candidate.orderedAt),
              ).toThrow();
            }
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('ERR-2, NCE-2: every New Commerce purchase parsePurchase accepts gets a decision at its term start, and every one it refuses cancellationDecision refuses too', () => {
      let accepted = 0;
      fc.assert(
        fc.property(
          fc.record({
            program: fc.constant('new-commerce'),
            product: fc.constantFrom(
              'license-based',
              'software-subscription',
              'software-perpetual',
              'marketplace-saas',
              'marketplace-usage',
              'software-plan',
            ),
            orderedAt: instant,
            term: maybe(fc.constantFrom('P1M', 'P1Y', 'P2Y', 'P3Y', 'P5Y')),
            billingFrequency: maybe(fc.constantFrom('monthly', 'annual', 'triennial', 'weekly')),
            termStart: maybe(instant),
            quantity: maybe(fc.integer({ min: -1, max: 3 })),
            price: maybe(price),
            currentTermEnd: maybe(instant),
          }),
          (candidate) => {
            const parsed = parsePurchase(json(candidate));
            const at = candidate.termStart ?? candidate.orderedAt;
            if (parsed.ok) {
              accepted++;
              expect(() => cancellationDecision(parsed.value, at)).not.toThrow();
            } else {
              // …and refuses only what the function refuses too.
              expect(() => cancellationDecision(json(candidate) as never, at)).toThrow();
            }
          },
        ),
        { numRuns: 1000 },
      );
      expect(accepted).toBeGreaterThan(20);
    });

    it('ERR-2: every input parseSubscriptionInput accepts makes a subscription, and every one it refuses createSubscription refuses too', () => {
      fc.assert(
        fc.property(
          fc.record({
            product,
            orderedAt: instant,
            billingCycle: maybe(billingCycle),
            term: maybe(term),
            quantity: fc.integer({ min: 0, max: 3 }),
            freeTrial: maybe(fc.boolean()),
            price: maybe(price),
            accountOpenedAt: maybe(instant),
            firstBillingPeriodStart: maybe(instant),
          }),
          (candidate) => {
            const parsed = parseSubscriptionInput(json(candidate));
            if (parsed.ok) expect(() => createSubscription(parsed.value)).not.toThrow();
            else expect(() => createSubscription(json(candidate) as never)).toThrow();
          },
        ),
        { numRuns: 1000 },
      );
    });
  });
});
