import { type OrderMessageId, orderMessages } from '../../messages/en/orders.ts';
import { localized } from '../../messages/localized.ts';
import { sayPlain } from '../../messages/sayPlain.ts';
import type { Message, MessageOptions } from '../../messages/types.ts';

/**
 * An order's sentence (ORD-8, MSG-1): its ID, its parameters (a list written joined) and the
 * sentence in the locale of `options`, English without one.
 */
export function orderMessage(
  id: OrderMessageId,
  params: Readonly<Record<string, string | number | readonly string[]>>,
  options: MessageOptions | undefined,
): Message<OrderMessageId> {
  const plain: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params))
    plain[name] = typeof value === 'object' ? value.join(', ') : value;
  return localized(sayPlain(orderMessages, id, plain), options);
}
