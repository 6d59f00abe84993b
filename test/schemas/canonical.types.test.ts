import type {
  Customer,
  DownloadLink,
  Money,
  NewCommerceEvent,
  NewCommerceSubscription,
  NewCommerceSubscriptionInput,
  Offer,
  Policy,
  Purchase,
  QuoteInput,
  Subscription,
  SubscriptionEvent,
  SubscriptionInput,
} from 'subscription-rules';
import { cancellationDecision, createSubscription, transition } from 'subscription-rules';
import type { Canonical, ParseIssue, SupportRequest } from 'subscription-rules/schemas';
import {
  type customerSchema,
  type downloadLinkSchema,
  eventSchema,
  type moneySchema,
  type offerSchema,
  type parseCustomer,
  type parseDownloadLink,
  parseEvent,
  type parseMoney,
  type parseOffer,
  type parsePolicy,
  parsePurchase,
  type parseQuoteInput,
  type parseSubscription,
  parseSubscriptionInput,
  type parseSupportRequest,
  type policySchema,
  purchaseSchema,
  type quoteInputSchema,
  type subscriptionInputSchema,
  subscriptionSchema,
  type supportRequestSchema,
} from 'subscription-rules/schemas';
import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';

describe('types', () => {
  it('ERR-2: a parsed value has its instants as strings, never Date, and still fits the functions', () => {
    const result = parsePurchase({});
    if (result.ok) {
      expectTypeOf(result.value.orderedAt).toEqualTypeOf<string>();
      expectTypeOf(result.value.currentTermEnd).toEqualTypeOf<string | undefined>();
      expectTypeOf(cancellationDecision(result.value, result.value.orderedAt)).not.toBeNever();
      // @ts-expect-error a parsed instant is text, not a Date
      result.value.orderedAt.getTime();
    } else {
      expectTypeOf(result.issues).toEqualTypeOf<readonly ParseIssue[]>();
      expectTypeOf(result.issues[0]?.code).toEqualTypeOf<ParseIssue['code'] | undefined>();
    }
    expectTypeOf<Canonical<Purchase>>().toMatchTypeOf<Purchase>();
    expectTypeOf<Canonical<SubscriptionInput>['orderedAt']>().toEqualTypeOf<string>();
    const event = parseEvent({});
    if (event.ok && event.value.type === 'suspend' && 'accountOpenedAt' in event.value) {
      expectTypeOf(event.value.at).toEqualTypeOf<string>();
      expectTypeOf(event.value.accountOpenedAt).toEqualTypeOf<string | undefined>();
    }
    expectTypeOf<Canonical<SubscriptionEvent>>().toMatchTypeOf<SubscriptionEvent>();
    expectTypeOf<Canonical<NewCommerceEvent>>().toMatchTypeOf<NewCommerceEvent>();
    expectTypeOf<Canonical<NewCommerceSubscriptionInput>['orderedAt']>().toEqualTypeOf<string>();
    expectTypeOf(parseSubscriptionInput).returns.not.toBeAny();
  });
});

describe('types of the schema factories', () => {
  it('ERR-2: each schema’s output is the value type its parseX returns, and its input is unknown', () => {
    type Value<P extends (input: unknown) => unknown> =
      ReturnType<P> extends infer R ? (R extends { ok: true; value: infer V } ? V : never) : never;
    expectTypeOf<z.output<ReturnType<typeof purchaseSchema>>>().toEqualTypeOf<
      Canonical<Purchase>
    >();
    expectTypeOf<z.infer<ReturnType<typeof purchaseSchema>>>().toEqualTypeOf<
      Value<typeof parsePurchase>
    >();
    expectTypeOf<z.output<ReturnType<typeof subscriptionInputSchema>>>().toEqualTypeOf<
      Canonical<SubscriptionInput | NewCommerceSubscriptionInput>
    >();
    expectTypeOf<z.output<ReturnType<typeof subscriptionSchema>>>().toEqualTypeOf<
      Subscription | NewCommerceSubscription
    >();
    expectTypeOf<z.output<ReturnType<typeof subscriptionSchema>>>().toEqualTypeOf<
      Canonical<Subscription | NewCommerceSubscription>
    >();
    expectTypeOf<z.output<ReturnType<typeof eventSchema>>>().toEqualTypeOf<
      Canonical<SubscriptionEvent | NewCommerceEvent>
    >();
    expectTypeOf<z.infer<ReturnType<typeof subscriptionSchema>>>().toEqualTypeOf<
      Value<typeof parseSubscription>
    >();
    expectTypeOf<z.infer<ReturnType<typeof eventSchema>>>().toEqualTypeOf<
      Value<typeof parseEvent>
    >();
    expectTypeOf<z.output<ReturnType<typeof moneySchema>>>().toEqualTypeOf<Money>();
    expectTypeOf<z.output<ReturnType<typeof customerSchema>>>().toEqualTypeOf<Customer>();
    expectTypeOf<z.output<ReturnType<typeof offerSchema>>>().toEqualTypeOf<Offer>();
    expectTypeOf<z.output<ReturnType<typeof quoteInputSchema>>>().toEqualTypeOf<QuoteInput>();
    expectTypeOf<z.output<ReturnType<typeof downloadLinkSchema>>>().toEqualTypeOf<
      Canonical<DownloadLink>
    >();
    expectTypeOf<z.output<ReturnType<typeof policySchema>>>().toEqualTypeOf<Policy>();
    expectTypeOf<
      z.output<ReturnType<typeof supportRequestSchema>>
    >().toEqualTypeOf<SupportRequest>();
    expectTypeOf<z.infer<ReturnType<typeof subscriptionInputSchema>>>().toEqualTypeOf<
      Value<typeof parseSubscriptionInput>
    >();
    expectTypeOf<z.infer<ReturnType<typeof subscriptionSchema>>>().toEqualTypeOf<
      Value<typeof parseSubscription>
    >();
    expectTypeOf<z.infer<ReturnType<typeof eventSchema>>>().toEqualTypeOf<
      Value<typeof parseEvent>
    >();
    expectTypeOf<z.infer<ReturnType<typeof moneySchema>>>().toEqualTypeOf<
      Value<typeof parseMoney>
    >();
    expectTypeOf<z.infer<ReturnType<typeof customerSchema>>>().toEqualTypeOf<
      Value<typeof parseCustomer>
    >();
    expectTypeOf<z.infer<ReturnType<typeof offerSchema>>>().toEqualTypeOf<
      Value<typeof parseOffer>
    >();
    expectTypeOf<z.infer<ReturnType<typeof quoteInputSchema>>>().toEqualTypeOf<
      Value<typeof parseQuoteInput>
    >();
    expectTypeOf<z.infer<ReturnType<typeof downloadLinkSchema>>>().toEqualTypeOf<
      Value<typeof parseDownloadLink>
    >();
    expectTypeOf<z.infer<ReturnType<typeof policySchema>>>().toEqualTypeOf<
      Value<typeof parsePolicy>
    >();
    expectTypeOf<z.infer<ReturnType<typeof supportRequestSchema>>>().toEqualTypeOf<
      Value<typeof parseSupportRequest>
    >();
    expectTypeOf<z.input<ReturnType<typeof purchaseSchema>>>().toEqualTypeOf<unknown>();
  });

  it('ERR-2: a schema nested in a caller’s object infers the canonical type, never any or a Date', () => {
    const body = z.object({ purchase: purchaseSchema(), events: z.array(eventSchema()) });
    type Body = z.infer<typeof body>;
    expectTypeOf<Body>().toEqualTypeOf<{
      purchase: Canonical<Purchase>;
      events: Canonical<SubscriptionEvent | NewCommerceEvent>[];
    }>();
    expectTypeOf<Body['purchase']['orderedAt']>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof body>['purchase']>().not.toBeAny();
    const parsed = body.safeParse({});
    if (parsed.success) {
      expectTypeOf(
        cancellationDecision(parsed.data.purchase, parsed.data.purchase.orderedAt),
      ).not.toBeNever();
      // @ts-expect-error a parsed instant is text, not a Date
      parsed.data.purchase.orderedAt.getTime();
    }
  });

  it('NCE-7: a parsed New Commerce input, state and event narrow by program and type and fit the New Commerce overloads', () => {
    const input = parseSubscriptionInput({});
    if (input.ok && input.value.program === 'new-commerce') {
      expectTypeOf(input.value).toEqualTypeOf<Canonical<NewCommerceSubscriptionInput>>();
      expectTypeOf(createSubscription(input.value)).toEqualTypeOf<NewCommerceSubscription>();
    }
    const state = subscriptionSchema().safeParse({});
    const event = eventSchema().safeParse({});
    if (state.success && state.data.program === 'new-commerce' && event.success) {
      expectTypeOf(state.data).toEqualTypeOf<NewCommerceSubscription>();
      if (event.data.type === 'schedule-renewal') {
        expectTypeOf(event.data.term).toEqualTypeOf<'P1M' | 'P1Y' | 'P2Y' | 'P3Y' | undefined>();
        expectTypeOf(transition(state.data, event.data)).not.toBeNever();
      }
    }
  });
});
