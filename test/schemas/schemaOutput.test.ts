import fc from 'fast-check';
import { partnerCenterPolicies } from 'subscription-rules';
import * as schemas from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { json, samples, valid } from './_samples.ts';

type Pair = readonly [
  () => z.ZodMiniType,
  (input: unknown) => schemas.ParseResult<unknown>,
  fc.Arbitrary<unknown>,
];

/** Each schema factory with its parseX and valid inputs of its type. */
const pairs: Record<string, Pair> = {
  purchaseSchema: [schemas.purchaseSchema, schemas.parsePurchase, valid.purchase],
  subscriptionInputSchema: [
    schemas.subscriptionInputSchema,
    schemas.parseSubscriptionInput,
    valid.subscriptionInput,
  ],
  subscriptionSchema: [schemas.subscriptionSchema, schemas.parseSubscription, valid.subscription],
  eventSchema: [schemas.eventSchema, schemas.parseEvent, valid.event],
  moneySchema: [schemas.moneySchema, schemas.parseMoney, valid.money],
  customerSchema: [schemas.customerSchema, schemas.parseCustomer, valid.customer],
  offerSchema: [schemas.offerSchema, schemas.parseOffer, valid.offer],
  quoteInputSchema: [schemas.quoteInputSchema, schemas.parseQuoteInput, valid.quoteInput],
  downloadLinkSchema: [schemas.downloadLinkSchema, schemas.parseDownloadLink, valid.downloadLink],
  policySchema: [schemas.policySchema, schemas.parsePolicy, valid.policy],
  supportRequestSchema: [
    schemas.supportRequestSchema,
    schemas.parseSupportRequest,
    valid.supportRequest,
  ],
};

const purchase = { product: 'marketplace-saas', billingCycle: 'monthly' };

describe('the schema factories', () => {
  it('ERR-2: a schema nested in a caller’s object outputs the canonical value, as parsePurchase does', () => {
    const body = z.object({ purchase: schemas.purchaseSchema(), note: z.string() });
    const input = { purchase: { ...purchase, orderedAt: '2026-11-20T21:00:00+11:00' }, note: 'hi' };
    expect(body.parse(input)).toEqual({
      purchase: { ...purchase, orderedAt: '2026-11-20T10:00:00.000Z' },
      note: 'hi',
    });
  });

  it('ERR-2: a cross-field refusal is a zod issue at the field’s path inside the caller’s object', () => {
    const body = z.object({ order: z.object({ purchase: schemas.purchaseSchema() }) });
    const result = body.safeParse({
      order: { purchase: { product: 'marketplace-saas', orderedAt: '2026-01-01T00:00:00Z' } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        ['order', 'purchase', 'billingCycle'],
        'expected monthly or annual: the rules of marketplace-saas differ by billing cycle',
      ],
    ]);
    const list = z.object({ offers: z.array(schemas.offerSchema()) });
    expect(
      list.parse({
        offers: [
          { id: 'a', publisher: 'partner', billingType: 'usage', supportedCountries: ['Germany'] },
        ],
      }),
    ).toEqual({
      offers: [{ id: 'a', publisher: 'partner', billingType: 'usage', supportedCountries: ['DE'] }],
    });
  });

  it('ERR-2: a cross-field refusal keeps its code in parseX, and the order of instants is checked in the schema', () => {
    const input = {
      ...purchase,
      orderedAt: '2026-01-01T00:00:00Z',
      currentTermEnd: '2025-12-31T00:00:00Z',
    };
    expect(schemas.purchaseSchema().safeParse(input).error?.issues[0]?.path).toEqual([
      'currentTermEnd',
    ]);
    expect(schemas.parsePurchase(input)).toEqual({
      ok: false,
      issues: [
        {
          path: 'currentTermEnd',
          message: 'expected an instant after orderedAt',
          code: 'INVALID_ARGUMENT',
          messageId: 'expected an instant after {earlier}',
          params: { earlier: 'orderedAt' },
        },
      ],
    });
  });

  it('ERR-2: a constructor or prototype key in a policy’s record is refused by the schema too, reported once by parsePolicy', () => {
    const policy = json(partnerCenterPolicies[1]) as unknown as Record<string, unknown>;
    const broken = { ...policy, unavailableMarkets: { constructor: ['DE'] } };
    expect(schemas.policySchema().safeParse(broken).success).toBe(false);
    const parsed = schemas.parsePolicy(broken);
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      {
        path: 'unavailableMarkets.constructor',
        message: 'forbidden key',
        code: 'INVALID_POLICY',
        messageId: 'forbidden key',
        params: {},
      },
    ]);
  });

  it('ERR-2: a __proto__ key is refused by parseX and by the schema alike, but for a policy record key, which zod drops from its output', () => {
    const input = JSON.parse('{"amount":1,"currency":"USD","__proto__":{"admin":true}}');
    expect(schemas.parseMoney(input).ok).toBe(false);
    expect(schemas.moneySchema().safeParse(input).success).toBe(false);
    const policy = JSON.parse(
      JSON.stringify(partnerCenterPolicies[1]).replace(
        '"unavailableMarkets":{',
        '"unavailableMarkets":{"__proto__":["DE"],',
      ),
    );
    expect(schemas.parsePolicy(policy).ok).toBe(false);
    const result = schemas.policySchema().safeParse(policy);
    expect(result.success).toBe(true);
    expect(Object.keys(result.data?.unavailableMarkets ?? {})).toEqual(['azure-reservations']);
  });

  it('ERR-2: the schemas are built once', () => {
    for (const [name, [factory]] of Object.entries(pairs)) {
      expect(factory(), name).toBe(factory());
    }
  });

  describe('properties', () => {
    for (const [name, [factory, parse, arbitrary]] of Object.entries(pairs)) {
      it(`ERR-2: ${name}().safeParse(x) succeeds exactly when its parseX accepts x, with the same canonical value`, () => {
        const seen = { accepted: 0, refused: 0 };
        fc.assert(
          fc.property(samples(arbitrary), (input) => {
            const parsed = parse(input);
            const result = factory().safeParse(input);
            expect(result.success).toBe(parsed.ok);
            if (parsed.ok) expect(result.data).toEqual(parsed.value);
            seen[parsed.ok ? 'accepted' : 'refused'] += 1;
          }),
          { numRuns: 300 },
        );
        // Both sides of the law were exercised.
        expect(Math.min(seen.accepted, seen.refused)).toBeGreaterThan(0);
      });
    }
  });
});
