/**
 * The English sentences of the lifecycle's refusals, legacy and New Commerce (LC-3, LC-5, LC-6,
 * LC-11, NCE-6 … NCE-9, MSG-1), by message ID. `{status:a}` is the status after its article
 * (`An active`, `A trial`); a list parameter's items are rendered with the template named by the
 * message ID and the parameter (`lifecycle.refused.seats-limited.batches`).
 */
export const lifecycleMessages = {
  'lifecycle.refused.terminal': 'The subscription is {status}; it takes no more events.',
  'lifecycle.refused.deleted':
    'The subscription is deleted (its data was deleted); it takes no more events.',
  'lifecycle.refused.suspended': 'The subscription is suspended: reactivate it before {event}.',
  'lifecycle.refused.not-allowed': '{status:a} subscription cannot take {event}.',
  'lifecycle.refused.auto-renew-not-supported':
    'Auto-renew cannot be changed for {product} subscriptions.',
  'lifecycle.refused.cancellation-scheduled': 'A cancellation is already scheduled for {termEnd}.',
  'lifecycle.refused.auto-renew-blocked':
    'A cancellation is scheduled for {termEnd}; auto-renew cannot be turned on.',
  'lifecycle.refused.no-term': 'A marketplace-usage subscription has no term to renew.',
  'lifecycle.refused.no-seats': 'A marketplace-usage subscription has no seats to change.',
  'lifecycle.refused.trial-cancel':
    'A {product} trial cannot be cancelled: turn auto-renew off so the trial expires at {trialEndsAt}.',
  'lifecycle.refused.window-closed-reactivate':
    'The cancellation window of the term that started {termStart} has closed: reactivate to schedule a cancellation.',
  'lifecycle.refused.auto-renew-off':
    'Auto-renew is off: turn it on before scheduling changes for the renewal.',
  'lifecycle.refused.no-seat-reductions':
    'A {product} subscription takes no seat reductions: cancel it instead, or schedule fewer seats for the renewal.',
  'lifecycle.refused.no-seats-removable':
    'No seats can be removed now (each batch can be reduced only in its first days): schedule {quantity} seats for the renewal on {termEnd}.',
  'lifecycle.refused.seats-limited': 'At most {total} seats can be removed now ({batches}).',
  'lifecycle.refused.seats-limited.batches': '{quantity} until {allowedUntil}',
} as const;

/**
 * The message ID of a lifecycle refusal (MSG-1).
 *
 * @category Messages
 */
export type LifecycleMessageId = keyof typeof lifecycleMessages;
