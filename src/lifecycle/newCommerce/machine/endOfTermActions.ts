import type { ActionMessageId } from '../../../messages/en/actions.ts';
import { newCommerceActionMessages } from '../../../messages/en/newCommerce/actions.ts';
import type { AnyLocale } from '../../../messages/types.ts';
import { upliftPercent } from '../../../pricing/upliftPercent.ts';
import { type Described, describe } from '../../_internal/describe.ts';
import type {
  NewCommerceAllowedAction,
  NewCommerceCancelAction,
  NewCommerceSetEndOfTermAction,
} from '../allowedActionTypes.ts';
import type { EndOfTermAction } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { creditFor } from './credit.ts';
import { estEligible, estRules, newestEstRules } from './estEligibility.ts';
import { estQuote } from './estQuote.ts';
import { END_OF_TERM_ACTIONS } from './readEndOfTerm.ts';
import { estBaseOf } from './startEst.ts';

/**
 * What continuing into the Extended Service Term would bill from the term's end (EST-2, EST-3):
 * "from 2027-11-20 it continues month to month at 4.12 a seat (+3 %), 206.00 USD a month, until
 * cancelled", or without a base to price it from, the same in words.
 */
export function estDescribed(
  s: NewCommerceDraft,
  locale: AnyLocale | undefined,
): Described & Pick<NewCommerceSetEndOfTermAction, 'price' | 'charge'> {
  const termEnd = s.termEnd as string;
  const base = estBaseOf(s);
  if (base === undefined)
    return describe(newCommerceActionMessages, locale, 'action.nce.end-of-term.est', { termEnd });
  const quote = estQuote(base, estRules(s) ?? newestEstRules());
  const unitPrice = quote.unitPrice;
  const charge = { amount: unitPrice.amount * s.quantity, currency: unitPrice.currency };
  return {
    price: unitPrice,
    charge,
    ...describe(newCommerceActionMessages, locale, 'action.nce.end-of-term.est.amount', {
      termEnd,
      unitPrice,
      uplift: upliftPercent(quote.uplift),
      charge,
    }),
  };
}

/**
 * What renewing at the term's end would bill (EST-2), beside what the Extended Service Term would:
 * a term on the same plan at the state's price, per billing period, for the seats held (renew is
 * offered only where another option has dropped any scheduled change); in words alone where the
 * state has no price.
 */
function renewDescribed(
  s: NewCommerceDraft,
  locale: AnyLocale | undefined,
  termEnd: string,
): Described {
  const unitPrice = s.price;
  if (unitPrice === null)
    return describe(newCommerceActionMessages, locale, 'action.nce.end-of-term.renew', {
      termEnd,
    });
  const charge = { amount: unitPrice.amount * s.quantity, currency: unitPrice.currency };
  return describe(newCommerceActionMessages, locale, 'action.nce.end-of-term.renew.amount', {
    termEnd,
    unitPrice,
    charge,
  });
}

/**
 * The end-of-term options a state would accept now other than its own (EST-2), each with what it
 * costs from the term's end and until when it can be changed (the term's end, decided).
 */
export function endOfTermActions(
  s: NewCommerceDraft,
  locale: AnyLocale | undefined,
  ok: (action: EndOfTermAction) => boolean,
): NewCommerceAllowedAction[] {
  const actions: NewCommerceAllowedAction[] = [];
  const termEnd = s.termEnd;
  if (termEnd === null) return actions;
  for (const action of END_OF_TERM_ACTIONS) {
    if (action === s.endOfTerm || !ok(action)) continue;
    const id: ActionMessageId =
      action === 'renew'
        ? 'action.nce.end-of-term.renew'
        : estEligible(s)
          ? 'action.nce.end-of-term.cancel'
          : 'action.nce.end-of-term.expire';
    actions.push({
      type: 'set-end-of-term',
      action,
      until: termEnd,
      ...(action === 'extended-service-term'
        ? estDescribed(s, locale)
        : action === 'renew'
          ? renewDescribed(s, locale, termEnd)
          : describe(newCommerceActionMessages, locale, id, { termEnd })),
    });
  }
  return actions;
}

/** The cancellation of an Extended Service Term month now (EST-4): its unused days back. */
export function estCancelAction(
  s: NewCommerceDraft,
  atMs: number,
  locale: AnyLocale | undefined,
): NewCommerceCancelAction {
  const credit = creditFor(s, s.quantity, atMs, false);
  // a month of Extended Service Term is cancelled at any time: no window closes
  return {
    type: 'cancel',
    outcome: 'prorated-credit',
    until: null,
    ...(credit === undefined
      ? describe(newCommerceActionMessages, locale, 'action.nce.cancel.est')
      : {
          credit,
          ...describe(newCommerceActionMessages, locale, 'action.nce.cancel.est.amount', {
            credit,
          }),
        }),
  };
}
