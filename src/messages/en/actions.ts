/**
 * The English descriptions of what an allowed action would do (LC-12, NCE-10, MSG-1), by message
 * ID: the `description` of each entry `allowedActions` returns, exactly as earlier releases wrote
 * it. A legacy cancel names its refund outcome by its code (`full-credit until …`), but no action
 * on a usage product speaks of licences or refunds (PCR-1, decided 2026-11-24); a New
 * Commerce one says it in words, with the credit when the purchase is priced (`{credit}` is money,
 * written with `formatMoney`). Instants are ISO 8601 UTC strings.
 */
export const actionMessages = {
  'action.cancel.trial': 'cancel the free trial at no cost',
  'action.cancel.full-credit': 'full-credit until {until}',
  'action.cancel.prorated-credit': 'prorated-credit until {until}',
  'action.cancel.cancel-at-renewal': 'cancel-at-renewal on {termEnd}',
  'action.cancel.no-refund': 'cancel now (usage is billed as it happens)',
  'action.suspend': 'suspend',
  'action.suspend.needs': 'suspend (needs {field})',
  'action.suspend.needs-both': 'suspend (needs accountOpenedAt and firstBillingPeriodStart)',
  'action.reactivate': 'reactivate before {until}',
  'action.auto-renew.on': 'turn auto-renew on',
  'action.auto-renew.off': 'turn auto-renew off',
  'action.change-quantity': 'change the number of licenses',
  'action.change-quantity.usage': 'change the quantity',
  'action.nce.cancel.full-credit': 'cancel for a full credit until {until}',
  'action.nce.cancel.full-credit.amount': 'cancel for a full credit of {credit} until {until}',
  'action.nce.cancel.prorated-credit': 'cancel for a prorated credit until {until}',
  'action.nce.cancel.prorated-credit.amount':
    'cancel for a prorated credit of {credit} until {until}',
  'action.nce.cancel.no-refund': 'cancel now (usage is billed as it happens)',
  'action.nce.cancel.at-renewal': 'schedule the cancellation for {until}',
  'action.nce.add-seats': 'add seats',
  'action.nce.reduce-seats': 'add seats, or reduce up to {total} seats until {until}',
  'action.nce.schedule-renewal': 'schedule changes for the renewal on {termEnd}',
  'action.nce.suspend': 'suspend (still billed; auto-renew turns off)',
  'action.nce.reactivate': 'reactivate',
} as const;

/**
 * The message ID of an allowed action's description (MSG-1).
 *
 * @category Messages
 */
export type ActionMessageId = keyof typeof actionMessages;
