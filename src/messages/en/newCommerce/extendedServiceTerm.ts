/**
 * The English sentences of the end of a New Commerce term since May 2026 (EST-1 … EST-6, MSG-1):
 * refusals and warnings around the Extended Service Term. New Commerce's own, so a legacy bundle
 * carries none of them. Instants are ISO 8601 UTC strings.
 */
export const extendedServiceTermMessages = {
  'lifecycle.nce.refused.est-not-eligible':
    'The subscription does not continue into an Extended Service Term ({reason}): choose renew or cancel.',
  'lifecycle.nce.refused.in-extended-service-term':
    'In its Extended Service Term, the subscription can only be cancelled or converted (change-term, upgrade), not take {event}.',
  'lifecycle.nce.refused.term-change-quantity':
    'A term change mid-term keeps all {quantity} seats: a new quantity is given only when leaving an Extended Service Term.',
  'lifecycle.nce.warning.auto-renew-off-est':
    'Auto-renew is off: from {termEnd} it continues month to month in a paid Extended Service Term; to stop it then, send set-end-of-term with action cancel.',
  'lifecycle.nce.warning.auto-renew-off-est-unpriced':
    'Auto-renew is off: from {termEnd} it continues month to month in a paid Extended Service Term, which has no price yet (give set-end-of-term a basePrice); to stop it then, send set-end-of-term with action cancel.',
  'lifecycle.nce.warning.est-unpriced':
    'The Extended Service Term from {termEnd} has no price: give set-end-of-term a basePrice.',
} as const;
