import type { Purchase, SubscriptionEvent, SubscriptionInput } from 'subscription-rules';
import { cancellationDecision } from 'subscription-rules';
import type { Canonical, ParseIssue } from 'subscription-rules/schemas';
import { parseEvent, parsePurchase, parseSubscriptionInput } from 'subscription-rules/schemas';
import { describe, expectTypeOf, it } from 'vitest';

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
    if (event.ok && event.value.type === 'suspend') {
      expectTypeOf(event.value.at).toEqualTypeOf<string>();
      expectTypeOf(event.value.accountOpenedAt).toEqualTypeOf<string | undefined>();
    }
    expectTypeOf<Canonical<SubscriptionEvent>>().toMatchTypeOf<SubscriptionEvent>();
    expectTypeOf(parseSubscriptionInput).returns.not.toBeAny();
  });
});
