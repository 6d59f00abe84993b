import fc from 'fast-check';
import type { NewCommerceSubscription } from 'subscription-rules';
import {
  access,
  advance,
  allowedActions,
  createSubscription,
  nextDeadline,
  readPriceList,
  refundableQuantity,
  transition,
} from 'subscription-rules';
import { parseEvent, parseSubscription, parseSubscriptionInput } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined });
const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString();

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

const seats = {
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 10,
  orderedAt: '2026-11-20T21:00:00+11:00',
};

const products = [
  'license-based',
  'software-subscription',
  'marketplace-saas',
  'marketplace-usage',
];
const terms = ['P1M', 'P1Y', 'P2Y', 'P3Y'];
const frequencies = ['monthly', 'annual', 'triennial'];
const SOLD: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'license-based': {
    P1M: ['monthly'],
    P1Y: ['annual', 'monthly'],
    P3Y: ['triennial', 'annual', 'monthly'],
  },
  'software-subscription': { P1Y: ['annual', 'monthly'], P3Y: ['triennial', 'annual', 'monthly'] },
  'marketplace-saas': {
    P1M: ['monthly'],
    P1Y: ['monthly', 'annual'],
    P2Y: ['monthly', 'annual'],
    P3Y: ['monthly', 'annual'],
  },
};

/** An instant from 2025 to 2028, in UTC or with an offset. */
const instant = fc
  .tuple(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }), fc.boolean())
  .map(([ms, offset]) =>
    offset ? `${new Date(ms + 3_600_000).toISOString().slice(0, 19)}+01:00` : iso(ms),
  );
const price = fc.record({
  amount: fc.integer({ min: -2, max: 5000 }),
  currency: fc.constant('USD'),
});

/** New Commerce inputs, many of them refused (term, frequency, trial seats, usage terms). */
const inputs = fc
  .record({
    product: fc.constantFrom(...products),
    term: maybe(fc.constantFrom(...terms, 'P5Y')),
    billingFrequency: maybe(fc.constantFrom(...frequencies)),
    quantity: fc.integer({ min: 0, max: 30 }),
    orderedAt: instant,
    price: maybe(price),
    trial: maybe(
      fc.oneof(
        fc.constant({}),
        fc.record({
          convertsTo: fc.record({
            term: fc.constantFrom(...terms),
            billingFrequency: fc.constantFrom(...frequencies),
          }),
        }),
      ),
    ),
    // keys New Commerce does not take, and prices whose total leaves the safe integers
    extra: maybe(fc.constantFrom({ freeTrial: true }, { billingCycle: 'monthly' }, { seats: [] })),
    huge: fc.boolean(),
  })
  .map(
    ({ extra, huge, ...input }) =>
      json({
        program: 'new-commerce',
        ...input,
        ...(extra ?? {}),
        ...(huge && input.price !== undefined
          ? { price: { ...input.price, amount: Math.floor(Number.MAX_SAFE_INTEGER / 3) } }
          : {}),
      }) as Record<string, unknown>,
  );

/**
 * Inputs sold as they are (NCE-2), some of them trials, with an aligned first term's end date
 * (MID-3, MID-5) — a number of days after the order's date, 0 and past the nominal end refused, or
 * a date that is not one — and an offer ID (MID-4) that is text or not.
 */
const alignedInputs = fc
  .record({
    sold: fc.constantFrom(
      ...Object.entries(SOLD).flatMap(([product, plans]) =>
        Object.entries(plans).flatMap(([term, list]) =>
          list.map((billingFrequency) => ({ product, term, billingFrequency })),
        ),
      ),
      { product: 'marketplace-usage' },
    ),
    quantity: fc.integer({ min: 1, max: 30 }),
    orderedAt: instant,
    price: maybe(price),
    trial: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 3 },
      { arbitrary: fc.constant({}), weight: 1 },
    ),
    customTermEndDate: fc.oneof(
      fc.integer({ min: -1, max: 400 }),
      fc.integer({ min: 400, max: 1_100 }),
      fc.constantFrom('2027-02-30', '2027-1-05', '', '2027-11-05T00:00:00Z', 20_271_105),
    ),
    offerId: maybe(fc.constantFrom('CFQ7TTC0LDPB:0001', 'DZH318Z0BQ3Q:0002', '', 7)),
  })
  .map(({ sold, customTermEndDate, ...input }) =>
    json({
      program: 'new-commerce',
      ...sold,
      ...input,
      customTermEndDate:
        typeof customTermEndDate === 'number' && customTermEndDate <= 1_100
          ? iso(Date.parse(input.orderedAt) + customTermEndDate * DAY).slice(0, 10)
          : customTermEndDate,
    }),
  );

/** An event for a New Commerce state, at `wait` ms after its asOf. */
const eventAfter = fc.tuple(
  fc.integer({ min: 0, max: 200 * DAY }),
  fc.oneof(
    fc.constant({ type: 'cancel' }),
    fc
      .constantFrom('customer-request', 'nonpayment', 'fraud')
      .map((reason) => ({ type: 'suspend', reason })),
    fc.constant({ type: 'reactivate' }),
    fc.boolean().map((enabled) => ({ type: 'set-auto-renew', enabled })),
    fc.integer({ min: 1, max: 30 }).map((quantity) => ({ type: 'change-quantity', quantity })),
    fc
      .record({
        quantity: maybe(fc.integer({ min: 1, max: 30 })),
        term: maybe(fc.constantFrom(...terms)),
        billingFrequency: maybe(fc.constantFrom(...frequencies)),
        price: maybe(price.map((p) => ({ ...p, amount: Math.abs(p.amount) }))),
      })
      .map((changes) =>
        json({
          type: 'schedule-renewal',
          ...changes,
          price: changes.price ?? { amount: 100, currency: 'USD' },
        }),
      ),
  ),
);

/**
 * New Commerce states of every status: created from an accepted input, then random events played
 * through `transition` (a refusal or a RuleError about the pair leaves the state as it was) and
 * time moved on with `advance`; the JSON copy of the last state.
 */
const states = fc
  .tuple(inputs, fc.array(eventAfter, { maxLength: 8 }), fc.integer({ min: 0, max: 900 * DAY }))
  .map(([candidate, events, tail]) => {
    const parsed = parseSubscriptionInput(candidate);
    if (!parsed.ok || parsed.value.program !== 'new-commerce') return undefined;
    let state: NewCommerceSubscription = createSubscription(parsed.value);
    for (const [wait, shape] of events) {
      const at = iso(Date.parse(state.asOf) + wait);
      try {
        const result = transition(state, { ...(shape as object), at } as never);
        if (result.ok) state = result.subscription;
      } catch {
        // an event the state cannot take as sent (e.g. a term its product is not sold with)
      }
    }
    state = advance(state, iso(Date.parse(state.asOf) + tail)).subscription;
    return json(state) as NewCommerceSubscription;
  })
  .filter((state): state is NewCommerceSubscription => state !== undefined);

const runs = (state: unknown, at: string): void => {
  const s = state as NewCommerceSubscription;
  advance(s, at);
  nextDeadline(s);
  allowedActions(s, at);
  access(s);
  refundableQuantity(s, at);
  transition(s, { type: 'set-auto-renew', at, enabled: false });
};

describe('New Commerce schemas', () => {
  it('NCE-7: parseSubscriptionInput returns a New Commerce input with orderedAt canonical', () => {
    expect(parseSubscriptionInput(seats)).toEqual({
      ok: true,
      value: { ...seats, orderedAt: '2026-11-20T10:00:00.000Z' },
    });
  });

  it('NCE-2: a term and billing frequency the product is not sold with is refused at billingFrequency', () => {
    const parsed = parseSubscriptionInput({ ...seats, term: 'P1M', billingFrequency: 'annual' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((issue) => issue.path)).toEqual(['billingFrequency']);
  });

  it('NCE-8: a trial of more than 25 seats is refused, a trial of 25 accepted', () => {
    expect(parseSubscriptionInput({ ...seats, quantity: 26, trial: {} }).ok).toBe(false);
    expect(parseSubscriptionInput({ ...seats, quantity: 25, trial: {} }).ok).toBe(true);
  });

  it('NCE-7: marketplace-usage takes no term, billing frequency or trial', () => {
    const usage = {
      program: 'new-commerce',
      product: 'marketplace-usage',
      quantity: 1,
      orderedAt: seats.orderedAt,
    };
    expect(parseSubscriptionInput(usage).ok).toBe(true);
    const parsed = parseSubscriptionInput({ ...usage, term: 'P1Y', trial: {} });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((issue) => issue.path)).toEqual(['term', 'trial']);
  });

  it('NCE-6, NCE-10: a stored state whose seat batches do not add up to its quantity is refused at seats', () => {
    const stored = json(
      createSubscription({ ...seats, program: 'new-commerce' } as never),
    ) as Record<string, unknown>;
    expect(parseSubscription(stored)).toEqual({ ok: true, value: stored });
    const parsed = parseSubscription({ ...stored, quantity: 11 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.path).toBe('seats');
  });

  it('NCE-7: an active state with a trial’s end and no term is refused, as allowedActions cannot cancel it', () => {
    const trial = json(
      createSubscription({ ...seats, program: 'new-commerce', trial: {} } as never),
    ) as Record<string, unknown>;
    expect(() =>
      allowedActions({ ...trial, status: 'active' } as never, trial.asOf as string),
    ).toThrow();
    const parsed = parseSubscription({ ...trial, status: 'active' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.path).toBe('termAnchor');
  });

  it('NCE-11: schedule-renewal takes at least one change', () => {
    expect(
      parseEvent({ type: 'schedule-renewal', at: '2026-12-01T01:00:00+01:00', quantity: 3 }),
    ).toEqual({
      ok: true,
      value: { type: 'schedule-renewal', at: '2026-12-01T00:00:00.000Z', quantity: 3 },
    });
    const parsed = parseEvent({ type: 'schedule-renewal', at: '2026-12-01T00:00:00Z' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.code).toBe('MISSING_FIELD');
  });

  describe('properties', () => {
    it('ERR-2, NCE-2, NCE-8: parseSubscriptionInput accepts a New Commerce input exactly when createSubscription does', () => {
      fc.assert(
        fc.property(inputs, (candidate) => {
          const parsed = parseSubscriptionInput(candidate);
          if (parsed.ok) expect(() => createSubscription(parsed.value as never)).not.toThrow();
          else expect(() => createSubscription(candidate as never)).toThrow();
        }),
        { numRuns: 500 },
      );
    });

    it('ERR-2, MID-3, MID-4, MID-5: parseSubscriptionInput accepts an input with a customTermEndDate and an offerId exactly when createSubscription does', () => {
      let accepted = 0;
      let refused = 0;
      fc.assert(
        fc.property(alignedInputs, (candidate) => {
          const parsed = parseSubscriptionInput(candidate);
          if (parsed.ok) {
            accepted++;
            expect(() => createSubscription(parsed.value as never)).not.toThrow();
          } else {
            refused++;
            expect(() => createSubscription(candidate as never)).toThrow();
          }
        }),
        { numRuns: 500 },
      );
      expect([accepted > 20, refused > 20]).toEqual([true, true]);
    });

    it('ERR-2, NCE-7, NCE-10: every New Commerce state the lifecycle reaches is accepted as it is, and runs through every function from its asOf on', () => {
      fc.assert(
        fc.property(states, fc.integer({ min: 0, max: 400 * DAY }), (state, wait) => {
          const parsed = parseSubscription(state);
          expect(parsed).toEqual({ ok: true, value: state });
          if (parsed.ok) runs(parsed.value, iso(Date.parse(state.asOf) + wait));
        }),
        { numRuns: 150 },
      );
    });

    const mutations: readonly [string, (s: Record<string, unknown>) => unknown][] = [
      ['quantity', (s) => (s.quantity as number) + 1],
      ['status', (s) => (s.status === 'trial' ? 'active' : 'trial')],
      ['term', (s) => (s.term === null ? 'P1Y' : 'P1M')],
      ['billingFrequency', () => 'triennial'],
      ['trialEndsAt', (s) => (s.trialEndsAt === null ? s.asOf : null)],
      ['termEnd', (s) => (s.termEnd === null ? s.asOf : null)],
      ['termNumber', () => 0],
      ['expiredAt', (s) => (s.expiredAt === null ? s.asOf : null)],
      ['disabledAt', (s) => (s.disabledAt === null ? s.asOf : null)],
      ['seats', () => []],
      [
        'scheduled',
        () => ({ quantity: null, term: 'P3Y', billingFrequency: 'triennial', price: null }),
      ],
    ];

    it('ERR-2, NCE-10: a New Commerce state with one field changed is accepted only when every lifecycle function reads it, refused only when one of them throws', () => {
      fc.assert(
        fc.property(states, fc.constantFrom(...mutations), (state, [key, change]) => {
          const candidate = { ...(state as unknown as Record<string, unknown>) };
          candidate[key] = change(candidate);
          const parsed = parseSubscription(candidate);
          if (parsed.ok) runs(parsed.value, state.asOf);
          else expect(() => runs(candidate, state.asOf)).toThrow();
        }),
        { numRuns: 200 },
      );
    });

    it('ERR-2, NCE-7, NCE-11: every schedule-renewal parseEvent accepts goes through transition on an active state sold with its term, and a refused one is refused by transition', () => {
      const candidates = fc.record({
        quantity: maybe(fc.integer({ min: 0, max: 30 })),
        term: maybe(fc.constantFrom(...terms, 'P5Y')),
        billingFrequency: maybe(fc.constantFrom(...frequencies, 'weekly')),
        price: maybe(price),
      });
      fc.assert(
        fc.property(candidates, instant, (changes, at) => {
          const candidate = json({ type: 'schedule-renewal', at, ...changes }) as Record<
            string,
            string
          >;
          const term = candidate.term ?? 'P1Y';
          const frequency = candidate.billingFrequency ?? 'annual';
          const product = Object.keys(SOLD).find((p) => SOLD[p]?.[term]?.includes(frequency));
          // a term and frequency no product is sold with is the pair's fault, not the event's
          fc.pre(product !== undefined);
          const parsed = parseEvent(candidate);
          const state = createSubscription({
            program: 'new-commerce',
            product: product as never,
            term: term as never,
            billingFrequency: frequency as never,
            quantity: 5,
            orderedAt: parsed.ok ? parsed.value.at : at,
          });
          if (parsed.ok) expect(() => transition(state, parsed.value as never)).not.toThrow();
          else expect(() => transition(state, candidate as never)).toThrow();
        }),
        { numRuns: 500 },
      );
    });

    it('ERR-2, MID-1, MID-2, MID-3: every change-term, change-billing-frequency and aligned schedule-renewal parseEvent accepts goes through transition on an active licence sold with its plan, and a refused one is refused by transition', () => {
      const licence = SOLD['license-based'] as Readonly<Record<string, readonly string[]>>;
      /** Malformed dates, and a number of days after the next term's first (inside it). */
      const endDate = fc.oneof(
        fc.integer({ min: 1, max: 360 }),
        fc.constantFrom('2027-02-30', '2027-1-05', '', 20_271_105, '2027-11-05T00:00:00Z', null),
      );
      const candidates = fc.record({
        type: fc.constantFrom('change-term', 'change-billing-frequency', 'schedule-renewal'),
        term: maybe(fc.constantFrom(...terms, 'P5Y')),
        billingFrequency: maybe(fc.constantFrom(...frequencies, 'weekly')),
        price: maybe(price),
        customTermEndDate: maybe(endDate),
        ms: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2028, 0, 1) }),
      });
      let accepted = 0;
      let refusedByParse = 0;
      fc.assert(
        fc.property(candidates, ({ type, ms, customTermEndDate, ...fields }) => {
          const { term, billingFrequency } = fields;
          // a plan the licence is not sold with is the pair's fault (its product), not the event's
          if (
            term !== undefined &&
            billingFrequency !== undefined &&
            term !== 'P5Y' &&
            billingFrequency !== 'weekly'
          )
            fc.pre(licence[term]?.includes(billingFrequency) === true);
          const at = iso(ms);
          // P1M for a longer term, P3Y monthly for a frequency, P1Y (unpriced) for an aligned renewal
          const plan =
            type === 'change-term' ? 'P1M' : type === 'change-billing-frequency' ? 'P3Y' : 'P1Y';
          const state = createSubscription({
            program: 'new-commerce',
            product: 'license-based',
            term: plan,
            billingFrequency: 'monthly',
            quantity: 5,
            orderedAt: at,
            // a priced renewal that changes its plan needs its price: the state's, not the event's
            ...(type === 'schedule-renewal' ? {} : { price: { amount: 1000, currency: 'USD' } }),
            // a change the event gives no price for is priced by the list (PL-3)
            priceKey: basicKey,
          });
          const date =
            typeof customTermEndDate === 'number' && customTermEndDate <= 360
              ? iso(Date.parse(state.termEnd as string) + customTermEndDate * DAY).slice(0, 10)
              : customTermEndDate;
          // no key the event does not have: the parsers refuse those by design, the functions
          // read only their own fields; an aligned renewal keeps the term (the date is the
          // term's: a pair, checked by the property above)
          const { term: _, ...frequencyFields } = fields;
          const candidate = json({
            type,
            at,
            ...(type === 'change-term'
              ? fields
              : type === 'change-billing-frequency'
                ? frequencyFields
                : { price: fields.price }),
            ...(type === 'schedule-renewal' && date !== undefined
              ? { customTermEndDate: date }
              : {}),
          });
          const parsed = parseEvent(candidate);
          if (parsed.ok) {
            accepted++;
            expect(() =>
              transition(state, parsed.value as never, { priceList: everyPlan }),
            ).not.toThrow();
          } else {
            refusedByParse++;
            expect(() => transition(state, candidate as never, { priceList: everyPlan })).toThrow();
          }
        }),
        { numRuns: 500 },
      );
      expect([accepted > 20, refusedByParse > 20]).toEqual([true, true]);
    });
  });
});
