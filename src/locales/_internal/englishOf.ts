import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { englishWithMoney } from '../../messages/englishWithMoney.ts';
import type { MessageId } from '../../messages/MessageId.ts';
import type { Locale, MessageParams } from '../../messages/types.ts';
import { formatIssue, formatRuleError } from './formatRuleError.ts';
import { enWords } from './texts/en.ts';

/**
 * English for one program's messages (MSG-1, NCE-1): the sentences of `messages` exactly as the
 * full English locale writes them (ISO instants, no Intl); a message of the other program is a
 * `RuleError` `INVALID_ARGUMENT` at `options.locale`, never a blank.
 *
 * @param messages - The program's English templates.
 * @returns The locale.
 */
export function englishOf<Id extends MessageId>(
  messages: {
    readonly [K in Id]: string;
  },
): Locale<Id> {
  return {
    tag: 'en',
    messages,
    words: enWords,
    format: (messageId: MessageId, params: MessageParams): string => {
      if (!Object.hasOwn(messages, messageId))
        fail(
          RuleErrorCode.INVALID_ARGUMENT,
          'options.locale',
          'expected a locale with a text for {messageId} (a locale of one program translates that program only)',
          'en',
          messageId,
        );
      return englishWithMoney(messages, messageId, params);
    },
    formatError: (error) => formatRuleError(error, undefined),
    formatIssue: (issue) => formatIssue(issue, undefined),
  };
}
