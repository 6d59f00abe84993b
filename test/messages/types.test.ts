import {
  type CancellationDecision,
  formatMessage,
  type LifecycleMessageId,
  type Locale,
  type LocaleMessages,
  type MessageId,
  type OfferReason,
  type RefundMessageId,
  type TransitionRefused,
} from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('MSG-1: message IDs are a literal union; results carry their own area’s IDs', () => {
    expectTypeOf<CancellationDecision['messageId']>().toEqualTypeOf<RefundMessageId>();
    expectTypeOf<TransitionRefused['messageId']>().toEqualTypeOf<
      LifecycleMessageId | RefundMessageId
    >();
    expectTypeOf<OfferReason['messageId']>().toExtend<MessageId>();
    expectTypeOf(formatMessage).returns.toEqualTypeOf<string>();
    expectTypeOf(ko).toEqualTypeOf<Locale>();
    const id: MessageId = 'refund.full-credit';
    expectTypeOf(id).toExtend<MessageId>();
    // @ts-expect-error a misspelt message ID does not compile
    const misspelt: MessageId = 'refund.ful-credit';
    const typo = () =>
      // @ts-expect-error nor does formatting a result with one
      formatMessage({ messageId: 'refund.ful-credit', params: {} });
    expectTypeOf(misspelt).toBeString();
    expectTypeOf(typo).returns.toBeString();
  });

  it('MSG-1: a locale missing a message ID, or naming one that does not exist, does not compile', () => {
    const { 'refund.full-credit': _dropped, ...missing } = ko.messages;
    // @ts-expect-error a locale missing an ID does not compile
    const incomplete: LocaleMessages = missing;
    const extra: LocaleMessages = {
      ...ko.messages,
      // @ts-expect-error an ID that does not exist does not compile
      'refund.ful-credit': '…',
    };
    expectTypeOf(incomplete).toEqualTypeOf<LocaleMessages>();
    expectTypeOf(extra).toEqualTypeOf<LocaleMessages>();
  });
});
