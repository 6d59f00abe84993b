/**
 * The English sentences of the legacy program's window decisions (REF-1 … REF-9, MSG-1), by
 * message ID. `{count}` and `{unit}` are the policy window's length (`24`, `'hour'`); `{unit:s}` is
 * the unit made plural by `count` and `{unit:h}` the unit joined by hyphens. Instants are ISO 8601
 * UTC strings.
 */
export const legacyRefundMessages = {
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
} as const;
