/**
 * The English notes of the Partner Center reader about a New Commerce term's end (EST-6, MSG-1):
 * apart from the reader's shared notes, so a legacy bundle carries none of them, and from the
 * lifecycle's sentences, so a bundle that never reads a resource carries none either.
 */
export const extendedServiceTermNotes = {
  'resource.nce.end-of-term-inferred':
    'the resource states no end-of-term action (scheduledActions): with auto-renew off, an eligible term is read as continuing into the Extended Service Term, as Partner Center does without an explicit cancel',
  'resource.nce.end-of-term-disagrees':
    'the end-of-term action {action} and autoRenewEnabled {autoRenew} disagree: the action is kept, read as {endOfTerm}',
  'resource.nce.extended-service-term':
    'the resource is in its Extended Service Term (its name says so); it does not say since when nor its base price: its price is read as the month’s Extended Service Term price',
} as const;
