import { fill } from './fill.ts';
import type { MessageId } from './MessageId.ts';
import type { Message } from './types.ts';

/**
 * A message of an area whose English templates are plain (MSG-1): only `{name}` placeholders, no
 * forms, no lists, values written as they are. For those, {@link say}'s renderer writes exactly
 * what filling the template does, so an area with plain sentences only (Azure reservations, whose
 * size budget is tight) carries `fill` instead of the whole English renderer; a test proves every
 * such template plain and `formatMessage` equal to the message.
 *
 * @param table - The area's English templates, all plain.
 * @param id - The message ID.
 * @param params - The values of the template's placeholders: text and numbers.
 * @returns `{ messageId, params, message }`, to spread into a result.
 */
export function sayPlain<Id extends MessageId>(
  table: { readonly [K in Id]: string },
  id: Id,
  params: { readonly [name: string]: string | number },
): Message<Id> {
  return { messageId: id, params, message: fill(table[id], params, String) };
}
