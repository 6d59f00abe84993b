import { english } from './english.ts';
import type { MessageId } from './MessageId.ts';
import type { Message, MessageParams } from './types.ts';

/**
 * A message of an area (MSG-1): its ID, its parameters and its English sentence. Each area passes
 * its own table, so a bundle carries the English texts of the areas it uses only.
 *
 * @param table - The area's English templates.
 * @param id - The message ID.
 * @param params - The values of the template's placeholders.
 * @returns `{ messageId, params, message }`, to spread into a result.
 */
export function say<Id extends MessageId>(
  table: { readonly [K in Id]: string },
  id: Id,
  params: MessageParams = {},
): Message<Id> {
  return { messageId: id, params, message: english(table, id, params) };
}
