/**
 * The English sentences of the cancellation decisions (REF-1 … REF-9, NCE-3 … NCE-5, MSG-1), by
 * message ID. `{count}` and `{unit}` are the policy window's length (`24`, `'hour'`); `{unit:s}`
 * is the unit made plural by `count` and `{unit:h}` the unit joined by hyphens (`7-calendar-day`),
 * the two English forms of today's sentences. Instants are ISO 8601 UTC strings.
 */
export const refundMessages = {
  'refund.full-credit':
    'Cancelled within {count} {unit:s} of the order: full credit on the next invoice (window ends {windowEndsAt}).',
  'refund.prorated-credit':
    'Cancelled within {count} {unit:s} of the order, with no early-termination fee: the unused part of the term is credited on the next invoice (window ends {windowEndsAt}).',
  'refund.window-closed':
    'No longer cancellable: the {count}-{unit:h} cancellation window after the order ended {windowEndsAt}.',
  'refund.cancel-at-renewal':
    'Requested after the {count}-{unit:h} full-credit window (ended {windowEndsAt}): the cancellation is scheduled for the end of the current term, with no credit.',
  'refund.cancel-at-renewal.at':
    'Requested after the {count}-{unit:h} full-credit window (ended {windowEndsAt}): the cancellation is scheduled for the end of the current term ({effectiveAt}), with no credit.',
  'refund.stated.full-credit':
    'Cancelled within the stated window: full credit on the next invoice (window ends {windowEndsAt}).',
  'refund.stated.prorated-credit':
    'Cancelled within the stated window, with no early-termination fee: the unused part of the term is credited on the next invoice (window ends {windowEndsAt}).',
  'refund.stated.window-closed':
    'No longer cancellable: the stated cancellation window after the order ended {windowEndsAt}.',
  'refund.stated.cancel-at-renewal':
    'Requested after the stated full-credit window (ended {windowEndsAt}): the cancellation is scheduled for the end of the current term, with no credit.',
  'refund.stated.cancel-at-renewal.at':
    'Requested after the stated full-credit window (ended {windowEndsAt}): the cancellation is scheduled for the end of the current term ({effectiveAt}), with no credit.',
  'refund.usage-based':
    'Usage-based service: it can be de-provisioned now, but usage is billed after it happens, so nothing is credited.',
  'refund.plan-not-cancellable': 'This plan cannot be cancelled or exchanged at any time.',
  'refund.support-request':
    'This purchase can only be cancelled through a customer support request (problem type "CSP Purchase/Refund on behalf of customers").',
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

/**
 * The message ID of a cancellation decision (MSG-1).
 *
 * @category Messages
 */
export type RefundMessageId = keyof typeof refundMessages;
