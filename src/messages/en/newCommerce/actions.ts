/**
 * The English descriptions of what a New Commerce subscription's allowed action would do (NCE-10,
 * MSG-1, MID-1, MID-2, EST-2, EST-4), in words, with the credit when the purchase is priced (`{credit}`, and
 * `{charge}`, what a new plan bills every seat a billing period, are money, written with
 * `formatMoney`). Instants are ISO 8601 UTC strings.
 */
import { sharedActionMessages } from '../sharedActions.ts';

const own = {
  'action.nce.cancel.full-credit':
    'cancel for a full credit until {until} (give the subscription its unit price to see the amount)',
  'action.nce.cancel.full-credit.amount': 'cancel for a full credit of {credit} until {until}',
  'action.nce.cancel.prorated-credit':
    'cancel for a prorated credit until {until} (give the subscription its unit price to see the amount)',
  'action.nce.cancel.prorated-credit.amount':
    'cancel for a prorated credit of {credit} until {until}',
  'action.nce.cancel.no-refund': 'cancel now (usage is billed as it happens)',
  'action.nce.cancel.est':
    'cancel the Extended Service Term now for the month’s unused days (give the subscription its unit price to see the amount)',
  'action.nce.cancel.est.amount':
    'cancel the Extended Service Term now: credit {credit} for the month’s unused days',
  'action.nce.end-of-term.renew': 'renew at the term’s end on {termEnd}',
  'action.nce.end-of-term.renew.amount':
    'renew at the term’s end on {termEnd}: a new term at {unitPrice} a seat, {charge} a billing period (the price list’s price on that date applies)',
  'action.nce.end-of-term.est':
    'continue into the Extended Service Term: from {termEnd} it continues month to month in a paid Extended Service Term until cancelled (give it a basePrice to see the amount)',
  'action.nce.end-of-term.est.amount':
    'continue into the Extended Service Term: from {termEnd} it continues month to month at {unitPrice} a seat (+{uplift} %), {charge} a month, until cancelled',
  'action.nce.end-of-term.cancel':
    'cancel at the term’s end: service stops on {termEnd} and nothing more is billed',
  'action.nce.end-of-term.expire':
    'let it expire at the term’s end on {termEnd}: nothing more is billed',
  'action.nce.cancel.at-renewal': 'schedule the cancellation for {until}',
  'action.nce.add-seats': 'add seats',
  'action.nce.reduce-seats':
    'add seats, or reduce up to {total} seats until {until} (give the subscription its unit price to see the amount)',
  'action.nce.add-seats.amount': 'add seats (next charge {charge} on {at})',
  'action.nce.reduce-seats.amount':
    'add seats, or reduce up to {total} seats for a credit of {credit} until {until}',
  'action.nce.reduce-seats.amount.next':
    'add seats (next charge {charge} on {at}), or reduce up to {total} seats for a credit of {credit} until {until}',
  'action.nce.schedule-renewal': 'schedule changes for the renewal on {termEnd}',
  'action.nce.suspend': 'suspend (still billed; auto-renew turns off)',
  'action.nce.reactivate': 'reactivate',
  'action.nce.change-term': 'move to a {term} term now, billed {billingFrequency}',
  'action.nce.change-term.credit':
    'move to a {term} term now, billed {billingFrequency}: credit {credit} for the unused days, and the new term is charged from now at its own price (give the change its price to see the amount)',
  'action.nce.change-term.monthly':
    'move to a {term} term now: credit {credit}, then {charge} a month',
  'action.nce.change-term.annual':
    'move to a {term} term now: credit {credit}, then {charge} a year',
  'action.nce.change-term.triennial':
    'move to a {term} term now: credit {credit}, then {charge} every three years',
  'action.nce.change-billing-frequency': 'switch to {billingFrequency} billing from {from}',
  'action.nce.change-billing-frequency.monthly': 'bill monthly from {from}: {charge} a month',
  'action.nce.change-billing-frequency.annual': 'bill annually from {from}: {charge} a year',
  'action.nce.change-billing-frequency.triennial':
    'bill every three years from {from}: {charge} every three years',
  'action.nce.upgrade.monthly': 'upgrade all {quantity} seats to {offerId} now: {charge} a month',
  'action.nce.upgrade.annual': 'upgrade all {quantity} seats to {offerId} now: {charge} a year',
  'action.nce.upgrade.triennial':
    'upgrade all {quantity} seats to {offerId} now: {charge} every three years',
  'action.nce.upgrade.amount.monthly':
    'upgrade all {quantity} seats to {offerId} now: credit {credit}, charge {now}, then {charge} a month',
  'action.nce.upgrade.amount.annual':
    'upgrade all {quantity} seats to {offerId} now: credit {credit}, charge {now}, then {charge} a year',
  'action.nce.upgrade.amount.triennial':
    'upgrade all {quantity} seats to {offerId} now: credit {credit}, charge {now}, then {charge} every three years',
} as const;

/** Every description a New Commerce allowed action can have: its own and the shared ones. */
export const newCommerceActionMessages: typeof own & typeof sharedActionMessages =
  /* @__PURE__ */ (() => ({ ...own, ...sharedActionMessages }))();
