import fc from 'fast-check';
import type { Policy, Subscription, SubscriptionEvent } from 'subscription-rules';
import {
  access,
  advance,
  allowedActions,
  cancellationDecision,
  createSubscription,
  definePolicy,
  downloadLinkStatus,
  filterOffers,
  formatMoney,
  nextDeadline,
  offerAvailability,
  partnerCenterPolicies,
  quote,
  RuleError,
  recordDownload,
  transition,
} from 'subscription-rules';
import {
  purchase as purchaseArbitrary,
  subscription as subscriptionArbitrary,
} from 'subscription-rules/arbitraries';
import {
  parseCustomer,
  parseDownloadLink,
  parseEvent,
  parseMoney,
  parseOffer,
  parsePurchase,
  parseQuoteInput,
  parseSubscription,
  parseSubscriptionInput,
} from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { eventShape } from '../lifecycle/_states.ts';
import { samples, valid } from './_samples.ts';

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

const DAY = 86_400_000;
const min = (a: string | null, b: string): string =>
  a !== null && Date.parse(a) < Date.parse(b) ? a : b;
const max = (a: string, b: string): string => (Date.parse(a) < Date.parse(b) ? b : a);
const later = (instant: string, ms: number): string =>
  new Date(Date.parse(instant) + ms).toISOString();
/** Minutes to a year and a half: past trials, terms, suspensions and download windows. */
const gap = fc.oneof(fc.integer({ min: 0, max: 2 * DAY }), fc.integer({ min: 0, max: 550 * DAY }));

/**
 * The options a function needs for a value that names a policy by id (POL-2): none for a catalog
 * policy, else a policy of the caller's own with that id (a stored state or link names the policy
 * it was made under, which a service passes back in).
 */
function optionsFor(policyId: string): { policy?: Policy } {
  if (partnerCenterPolicies.some((policy) => policy.id === policyId)) return {};
  return { policy: definePolicy({ ...json(partnerCenterPolicies[1] as Policy), id: policyId }) };
}

describe('the schemas agree with the functions', () => {
  const stored = json(
    createSubscription({
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      quantity: 1,
      orderedAt: '2026-01-01T00:00:00Z',
      accountOpenedAt: '2025-01-01T00:00:00Z',
      firstBillingPeriodStart: '2025-02-01T00:00:00Z',
    }),
  );

  it('SUS-2: a suspend event whose first billing period or instant comes before the account opened is refused, as transition refuses it', () => {
    const event = {
      type: 'suspend',
      at: '2026-02-01T00:00:00Z',
      reason: 'nonpayment',
      accountOpenedAt: '2026-01-15T00:00:00Z',
      firstBillingPeriodStart: '2026-01-10T00:00:00Z',
    } as const;
    expect(() => transition(stored, event)).toThrow(/firstBillingPeriodStart/);
    expect(parseEvent(event)).toEqual({
      ok: false,
      issues: [
        {
          path: 'firstBillingPeriodStart',
          message: 'expected an instant at or after accountOpenedAt',
          code: 'OUT_OF_ORDER',
          messageId: 'expected an instant at or after {earlier}',
          params: { earlier: 'accountOpenedAt' },
        },
      ],
    });
    const early = { ...event, at: '2026-01-14T00:00:00Z', firstBillingPeriodStart: undefined };
    expect(parseEvent(json(early)).ok).toBe(false);
    expect(parseEvent(json({ ...event, firstBillingPeriodStart: '2026-01-15T00:00:00Z' })).ok).toBe(
      true,
    );
  });

  it('SUS-2: a stored state whose first billing period comes before the account opened is refused, as its suspension would throw', () => {
    const state = { ...stored, firstBillingPeriodStart: '2024-12-01T00:00:00.000Z' };
    expect(() =>
      transition(state, { type: 'suspend', at: '2026-02-01T00:00:00Z', reason: 'nonpayment' }),
    ).toThrow(/firstBillingPeriodStart/);
    const parsed = parseSubscription(state);
    expect(parsed.ok ? [] : parsed.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['firstBillingPeriodStart', 'OUT_OF_ORDER'],
    ]);
  });

  it('ERR-2: a stored state with a termEnd but no termAnchor, or a termEnd without a term, is refused, as the lifecycle functions refuse it', () => {
    const cancelled = { ...stored, status: 'cancelled', termAnchor: null };
    expect(() => access(cancelled as Subscription)).toThrow(/termAnchor/);
    expect(parseSubscription(cancelled).ok).toBe(false);
    const usage = { ...stored, product: 'marketplace-usage', term: null, billingCycle: null };
    expect(() => access(usage as Subscription)).toThrow(/term/);
    expect(parseSubscription(usage).ok).toBe(false);
  });

  it('POL-2: a stored link or state whose policyId no policy can have is refused, as every function that reads it refuses it', () => {
    const link = {
      issuedAt: '2020-06-01T00:00:00Z',
      downloads: 0,
      revoked: false,
      policyId: 'Old Rules',
    };
    expect(() =>
      definePolicy({ ...json(partnerCenterPolicies[1] as Policy), id: 'Old Rules' }),
    ).toThrow();
    expect(() => downloadLinkStatus(link, '2020-06-02T00:00:00Z')).toThrow(/policyId/);
    expect(parseDownloadLink(link).ok).toBe(false);
    expect(parseSubscription({ ...stored, policyId: 'Old Rules' }).ok).toBe(false);
    expect(parseDownloadLink({ ...link, policyId: 'my-rules-2027' }).ok).toBe(true);
  });

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

    it('ERR-2, PCR-1: every purchase with stated windows parses to itself and gets a decision at any instant from its term start', () => {
      for (const program of ['legacy', 'new-commerce'] as const) {
        fc.assert(
          fc.property(
            purchaseArbitrary({ program, renewals: true, statedWindows: true }),
            fc.integer({ min: 0, max: 40 * 86_400_000 }),
            (p, offset) => {
              const parsed = parsePurchase(json(p));
              expect(parsed).toEqual({ ok: true, value: p });
              const start =
                'termStart' in p && p.termStart !== undefined ? p.termStart : p.orderedAt;
              const at = new Date(Date.parse(String(start)) + offset).toISOString();
              expect(() => cancellationDecision(p, at)).not.toThrow();
            },
          ),
        );
      }
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
            if (parsed.ok) {
              const value = parsed.value;
              if (value.program === 'new-commerce')
                throw new Error('a legacy input parsed as New Commerce');
              expect(() => createSubscription(value)).not.toThrow();
            } else expect(() => createSubscription(json(candidate) as never)).toThrow();
          },
        ),
        { numRuns: 1000 },
      );
    });

    /** Legacy states of every status, some with the account's dates moved around the order. */
    const legacyStates = subscriptionArbitrary({ program: 'legacy' });
    const subscriptions = fc.oneof(
      samples(legacyStates),
      fc
        .tuple(legacyStates, fc.option(instant, { nil: null }), fc.option(instant, { nil: null }))
        .map(([state, accountOpenedAt, firstBillingPeriodStart]) => ({
          ...json(state as object),
          accountOpenedAt,
          firstBillingPeriodStart,
        })),
    );

    it('ERR-2: every state parseSubscription accepts goes through transition, advance, nextDeadline, allowedActions and access at any instant from its asOf on', () => {
      fc.assert(
        fc.property(subscriptions, gap, eventShape, (candidate, wait, event) => {
          const parsed = parseSubscription(candidate);
          if (!parsed.ok) return;
          if (parsed.value.program === 'new-commerce')
            throw new Error('a legacy state parsed as New Commerce');
          const state: Subscription = parsed.value;
          // A suspension needs the account's dates: those of the state, else the event brings
          // them, in order; and it cannot come before the account was opened (SUS-2).
          const opened =
            state.accountOpenedAt ?? min(state.firstBillingPeriodStart, state.orderedAt);
          const at = later(max(state.asOf, opened), wait);
          const options = optionsFor(state.policyId);
          const sent = event(at);
          const dates =
            sent.type === 'suspend'
              ? {
                  ...(state.accountOpenedAt === null ? { accountOpenedAt: opened } : {}),
                  ...(state.firstBillingPeriodStart === null
                    ? { firstBillingPeriodStart: opened }
                    : {}),
                }
              : {};
          expect(() => {
            transition(state, { ...sent, ...dates }, options);
            advance(state, at);
            nextDeadline(state);
            allowedActions(state, at, options);
            access(state);
          }).not.toThrow();
        }),
        { numRuns: 500 },
      );
    });

    /** Events of every type, and suspensions with the account's dates in any order. */
    const events = fc.oneof(
      samples(valid.event),
      fc.record(
        {
          type: fc.constant('suspend'),
          at: instant,
          reason: fc.constantFrom('customer-request', 'nonpayment', 'fraud'),
          accountOpenedAt: instant,
          firstBillingPeriodStart: instant,
        },
        { requiredKeys: ['type', 'at', 'reason'] },
      ),
    );

    // Reading of "the function rejects" for an event: transition judges an event together with a
    // state, so a throw about the pair (an event before the state's asOf, a suspension of a state
    // that lacks the account dates the event leaves out) is the state's, not the event's. The law is
    // checked with a state made for the event: ordered at the event's instant, with the account
    // dates the event carries (or, where it leaves one out, one that keeps the pair in order). An
    // accepted event must then never make transition throw.
    it('ERR-2: every event parseEvent accepts is applied by transition to a state made at its instant without a throw', () => {
      fc.assert(
        fc.property(events, (candidate) => {
          const parsed = parseEvent(candidate);
          if (!parsed.ok) return;
          if (
            parsed.value.type === 'schedule-renewal' ||
            parsed.value.type === 'change-term' ||
            parsed.value.type === 'change-billing-frequency' ||
            parsed.value.type === 'set-end-of-term'
          )
            throw new Error(`a legacy event parsed as ${parsed.value.type}`);
          const event: SubscriptionEvent = parsed.value;
          const dated = event.type === 'suspend' ? event : undefined;
          const opened = dated?.accountOpenedAt;
          const firstBilling = dated?.firstBillingPeriodStart;
          const earliest = [opened, firstBilling, event.at].filter(
            (instant): instant is string => instant !== undefined,
          );
          const first = earliest.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
          const state = createSubscription({
            product: 'marketplace-saas',
            billingCycle: 'monthly',
            quantity: 1,
            orderedAt: event.at,
            accountOpenedAt: opened ?? first,
            firstBillingPeriodStart: firstBilling ?? opened ?? first,
          });
          expect(() => transition(state, event)).not.toThrow();
        }),
        { numRuns: 1000 },
      );
    });

    // The other direction: an event parseEvent refuses is one transition throws a RuleError for,
    // on a state ordered long before it (so only the event's own fields can be wrong). Unknown keys
    // are left out: the parsers refuse them by design (ERR-2), the functions read only their fields.
    it('ERR-2: every event parseEvent refuses makes transition throw a RuleError too (broken types, instants, quantities, reasons, flags, account dates)', () => {
      const broken = fc
        .tuple(
          // events that parse, each then broken in one field of its own
          events.filter((event) => parseEvent(event).ok),
          fc.constantFrom<Record<string, unknown>>(
            { type: 'renew' },
            { type: 'schedule-renewal' },
            { at: '2026-13-01T00:00:00Z' },
            { at: '2026-01-01T00:00:00' },
            { quantity: 0 },
            { quantity: 1.5 },
            { quantity: '3' },
            { reason: 'vacation' },
            { enabled: 'yes' },
            { accountOpenedAt: 'yesterday' },
            {},
          ),
        )
        // a change to a field the event has (or to its type or instant): never an unknown key
        .map(([event, change]) => {
          const e = event as Record<string, unknown>;
          const key = Object.keys(change)[0];
          return key === undefined || key === 'type' || key === 'at' || key in e
            ? { ...e, ...change }
            : e;
        });
      let refused = 0;
      fc.assert(
        fc.property(broken, (candidate) => {
          if (parseEvent(candidate).ok) return;
          refused++;
          const state = createSubscription({
            product: 'marketplace-saas',
            billingCycle: 'monthly',
            quantity: 1,
            orderedAt: '2000-01-01T00:00:00Z',
            accountOpenedAt: '2000-01-01T00:00:00Z',
            firstBillingPeriodStart: '2000-01-01T00:00:00Z',
          });
          expect(() => transition(state, candidate as unknown as SubscriptionEvent)).toThrow(
            RuleError,
          );
        }),
        { numRuns: 1000 },
      );
      expect(refused).toBeGreaterThan(100);
    });

    it('ERR-2: every money parseMoney accepts is formatted by formatMoney without a throw', () => {
      fc.assert(
        fc.property(samples(valid.money), (candidate) => {
          const parsed = parseMoney(candidate);
          if (parsed.ok) expect(() => formatMoney(parsed.value)).not.toThrow();
        }),
      );
    });

    it('ERR-2: every quote input parseQuoteInput accepts gets a quote', () => {
      fc.assert(
        fc.property(samples(valid.quoteInput), (candidate) => {
          const parsed = parseQuoteInput(candidate);
          if (parsed.ok) expect(() => quote(parsed.value)).not.toThrow();
        }),
        { numRuns: 500 },
      );
    });

    it('ERR-2: every offer parseOffer accepts and every customer parseCustomer accepts get an answer from offerAvailability and filterOffers', () => {
      fc.assert(
        fc.property(samples(valid.offer), samples(valid.customer), (offer, customer) => {
          const parsedOffer = parseOffer(offer);
          const parsedCustomer = parseCustomer(customer);
          if (parsedOffer.ok) expect(() => filterOffers([parsedOffer.value])).not.toThrow();
          if (parsedOffer.ok && parsedCustomer.ok) {
            expect(() =>
              offerAvailability({
                offer: parsedOffer.value,
                customer: parsedCustomer.value,
                partnerId: 'contoso',
              }),
            ).not.toThrow();
          }
        }),
        { numRuns: 500 },
      );
    });

    it('ERR-2: every link parseDownloadLink accepts gets a status and a recorded download at any instant from its issue on', () => {
      fc.assert(
        fc.property(samples(valid.downloadLink), gap, (candidate, wait) => {
          const parsed = parseDownloadLink(candidate);
          if (!parsed.ok) return;
          const at = later(parsed.value.issuedAt, wait);
          const options = optionsFor(parsed.value.policyId);
          expect(() => downloadLinkStatus(parsed.value, at, options)).not.toThrow();
          expect(() => recordDownload(parsed.value, at, options)).not.toThrow();
        }),
        { numRuns: 500 },
      );
    });

    // parsePolicy and definePolicy: test/policy/policyAgreement.test.ts checks that both accept and
    // refuse exactly the same inputs (POL-1, ERR-2), so it is not repeated here.
  });
});
