import { fixedRefundMessages } from './fixedRefunds.ts';
import { legacyRefundMessages } from './legacy/refunds.ts';
import { newCommerceRefundMessages } from './newCommerce/refunds.ts';

/**
 * Every English sentence of the cancellation decisions (REF-1 … REF-9, NCE-3 … NCE-5, MSG-1), by
 * message ID: each program's own table (`legacy/`, `newCommerce/`) and the fixed answers. The
 * decisions read their program's table only, so a bundle of one program carries none of the
 * other's sentences; this whole table is for the catalog (`formatMessage`, the locales).
 */
export const refundMessages: typeof legacyRefundMessages &
  typeof newCommerceRefundMessages &
  typeof fixedRefundMessages = /* @__PURE__ */ (() => ({
  ...legacyRefundMessages,
  ...newCommerceRefundMessages,
  ...fixedRefundMessages,
}))();

/**
 * The message ID of a cancellation decision (MSG-1).
 *
 * @category Messages
 */
export type RefundMessageId = keyof typeof refundMessages;
