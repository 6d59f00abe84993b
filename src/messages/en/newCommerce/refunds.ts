/**
 * The English sentences of New Commerce's term-window decisions (NCE-3 … NCE-5, MSG-1), by message
 * ID; placeholders as in the legacy table (`{unit:h}`: `7-calendar-day`).
 */
export const newCommerceRefundMessages = {
  'refund.term.first-day':
    "Cancelled on the term's first day: full credit (window ends {windowEndsAt}).",
  'refund.term.full-credit':
    'Cancelled within the {count}-{unit:h} window: full credit (window ends {windowEndsAt}).',
  'refund.term.prorated-credit':
    'Cancelled within the {count}-{unit:h} window: the unused days of the billing period are credited (window ends {windowEndsAt}).',
  'refund.term.window-closed':
    'No longer cancellable: the {count}-{unit:h} window ended {windowEndsAt}; the full term is billed.',
  'refund.term.cancel-at-renewal':
    'Requested after the {count}-{unit:h} full-refund window (ended {windowEndsAt}): the subscription ends with its term, with no credit.',
  'refund.term.cancel-at-renewal.at':
    'Requested after the {count}-{unit:h} full-refund window (ended {windowEndsAt}): the subscription ends with its term ({effectiveAt}), with no credit.',
  'refund.term.stated.full-credit':
    'Cancelled within the stated window: full credit (window ends {windowEndsAt}).',
  'refund.term.stated.prorated-credit':
    'Cancelled within the stated window: the unused days of the billing period are credited (window ends {windowEndsAt}).',
  'refund.term.stated.window-closed':
    'No longer cancellable: the stated window ended {windowEndsAt}; the full term is billed.',
  'refund.term.stated.cancel-at-renewal':
    'Requested after the stated full-refund window (ended {windowEndsAt}): the subscription ends with its term, with no credit.',
  'refund.term.stated.cancel-at-renewal.at':
    'Requested after the stated full-refund window (ended {windowEndsAt}): the subscription ends with its term ({effectiveAt}), with no credit.',
} as const;
