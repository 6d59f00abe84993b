import type { LifecycleMessageId } from '../../../messages/en/lifecycle.ts';
import type { RefundMessageId } from '../../../messages/en/refunds.ts';
import type { Message } from '../../../messages/types.ts';
import type { RefusalCode, TransitionRefused } from '../types.ts';

/** A refused result (LC-11): nothing changes; the message with its ID and parameters (MSG-1). */
export function refused(
  code: RefusalCode,
  message: Message<LifecycleMessageId | RefundMessageId>,
): TransitionRefused {
  const { messageId, params } = message;
  return { ok: false, code, message: message.message, messageId, params };
}
