import type { MessageId } from './MessageId.ts';
import type { Message } from './types.ts';

/** Each plain template split once at its placeholders: texts at even indexes, names at odd ones. */
const split = new Map<string, readonly string[]>();

/**
 * A message of an area whose English templates are plain (MSG-1): only `{name}` placeholders, no
 * forms, no lists, values written as they are. For those, {@link say}'s renderer writes exactly
 * the template with each value put in, so an area with plain sentences only (Azure reservations,
 * whose size budget is tight) carries this instead of the whole English renderer; a test proves
 * every such template plain and `formatMessage` equal to the message. Each template is split once
 * (a regular expression on every call cost more than the decision).
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
  const template = table[id];
  let parts = split.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    split.set(template, parts);
  }
  let message = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    message += `${params[parts[i] as string]}${parts[i + 1]}`;
  }
  return { messageId: id, params, message };
}
