import type { ActionMessageId } from '../../messages/en/actions.ts';
import { englishWithMoney } from '../../messages/englishWithMoney.ts';
import type { AnyLocale, MessageParams } from '../../messages/types.ts';

/** What an allowed action says of itself (MSG-1): its message ID, parameters and description. */
export interface Described<Id extends ActionMessageId = ActionMessageId> {
  readonly messageId: Id;
  readonly params: MessageParams;
  readonly description: string;
}

/**
 * An action's description in `locale` (from its program's English `table` when there is none) (English when `undefined`, exactly as earlier releases
 * wrote it), with the ID and parameters it was made from, so `formatMessage` can write it again.
 */
export function describe<Id extends ActionMessageId>(
  table: { readonly [K in Id]: string },
  locale: AnyLocale | undefined,
  id: Id,
  params: MessageParams = {},
): Described<Id> {
  return {
    messageId: id,
    params,
    description:
      locale === undefined ? englishWithMoney(table, id, params) : locale.format(id, params),
  };
}
