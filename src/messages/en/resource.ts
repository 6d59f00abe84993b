/**
 * The English notes of the Partner Center reader (PCR-1, MSG-1), by message ID: what a resource
 * states that the rules compute otherwise, and what the reader could not carry over. `{stated}`
 * is the resource's instant and `{computed}` the rules'; `{status}` a status word.
 */
export const resourceMessages = {
  'resource.deleted-as-cancelled':
    'deleted is read as cancelled: the resource does not tell a cancellation from a later deletion',
  'resource.disabled-as-expired':
    'disabled is read as expired: a legacy subscription has no disabled status',
  'resource.status-since':
    'the resource does not say when it became {status}: read as the term end and the days after it the rules give, never after it was fetched',
  'resource.older-than-as-of':
    'the resource’s term ended at {termEnd}, at or before {asOf}: it was fetched before then, so it is read at that term and taken forward by the rules',
  'resource.trial-converts':
    'a trial converts to P1Y billed monthly: the resource does not say into what',
  'resource.trial-window':
    "a trial has no cancellation window: the resource's cancellationAllowedUntilDate is not kept (the converted term opens its own)",
  'resource.term-end':
    "the resource ends the term at {stated}, the rules at {computed}; the resource's end is kept",
  'resource.aligned-term':
    'the first term ends at {stated}, before its nominal end {computed}: read as a term aligned to an end date; the terms after it are nominal',
  'resource.term-end.legacy':
    "the resource ends the term at {stated}, the rules at {computed}; the resource's end is kept and later terms count from it",
  'resource.cancel-window':
    "the resource allows cancelling until {stated}, the rules until {computed}; the resource's window is kept",
  'resource.cancel-window.stated-none':
    "the resource allows no cancellation, the rules until {computed}; the resource's window is kept",
  'resource.cancel-window.computed-none':
    "the resource allows cancelling until {stated}, the rules allow none; the resource's window is kept",
  'resource.full-refund':
    "the resource ends the full refund at {stated}, the rules at {computed}; the resource's window is kept",
  'resource.full-refund.computed-none':
    "the resource ends the full refund at {stated}, the rules give no full refund; the resource's window is kept",
  'resource.scheduled-product':
    'the scheduled product is not carried over: the rules schedule quantity, term and billing frequency',
  'resource.scheduled-dropped':
    'scheduled changes need an active subscription with auto-renew on: dropped',
  'resource.scheduled-unpriced':
    'the renewal scheduled into {term} billed {billingFrequency} is unpriced: the resource does not carry that plan’s price (give options.priceList and options.priceKey to price it from the list)',
  'resource.scheduled-not-listed':
    'the renewal scheduled into {term} billed {billingFrequency} is unpriced: options.priceList has no row for it at {at}',
} as const;

/**
 * The message ID of a note of the Partner Center reader (MSG-1).
 *
 * @category Messages
 */
export type ResourceMessageId = keyof typeof resourceMessages;
