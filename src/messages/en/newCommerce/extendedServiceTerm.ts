/**
 * The English sentences of the end of a New Commerce term since May 2026 (EST-1 … EST-6, MSG-1):
 * refusals and warnings around the Extended Service Term. New Commerce's own, so a legacy bundle
 * carries none of them. Instants are ISO 8601 UTC strings.
 */
export const extendedServiceTermMessages = {
  'lifecycle.nce.refused.est-not-eligible':
    'This subscription cannot continue into an Extended Service Term: only {products} subscriptions whose current term started on or after {startedFrom} and ends on or after {endingFrom} can; choose renew or cancel for the end of the term.',
  'lifecycle.nce.refused.trial-end-of-term':
    'A trial converts or expires at its end on {trialEndsAt}: its end-of-term option is renew or cancel.',
  'lifecycle.nce.refused.in-extended-service-term':
    'The subscription is in its Extended Service Term since {since}: it can only be cancelled or converted to a new term (change-term, upgrade), not take {event}.',
  'lifecycle.nce.refused.term-change-quantity':
    'A term change mid-term keeps all {quantity} seats: a new quantity is given only when leaving an Extended Service Term.',
  'lifecycle.nce.warning.auto-renew-off-est':
    'Auto-renew is off: from the term’s end on {termEnd} the subscription continues month to month in a paid Extended Service Term; to stop it then, send set-end-of-term with action cancel.',
  'lifecycle.nce.warning.est-unpriced':
    'The Extended Service Term from {termEnd} has no price: give set-end-of-term a basePrice (the monthly-term price for a month, or with monthlyPlan false the annual-term price for a year).',
} as const;
