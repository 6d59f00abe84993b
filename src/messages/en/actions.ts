import { legacyActionMessages } from './legacy/actions.ts';
import { newCommerceActionMessages } from './newCommerce/actions.ts';

/**
 * Every English description of an allowed action (LC-12, NCE-10, MSG-1), by message ID: each
 * program's own table (`legacy/`, `newCommerce/`). `allowedActions` reads its program's table only,
 * so a bundle of one program carries none of the other's descriptions; this whole table is for the
 * catalog (`formatMessage`, the locales).
 */
export const actionMessages: typeof legacyActionMessages & typeof newCommerceActionMessages =
  /* @__PURE__ */ (() => ({ ...legacyActionMessages, ...newCommerceActionMessages }))();

/**
 * The message ID of an allowed action's description (MSG-1).
 *
 * @category Messages
 */
export type ActionMessageId = keyof typeof actionMessages;
