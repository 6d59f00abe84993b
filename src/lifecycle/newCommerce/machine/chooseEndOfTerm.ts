import { extendedServiceTermMessages as e } from '../../../messages/en/newCommerce/extendedServiceTerm.ts';
import { say } from '../../../messages/say.ts';
import type {
  NewCommerceTransitionAccepted,
  NewCommerceTransitionRefused,
} from '../resultTypes.ts';
import type { EndOfTermAction } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import type { EventContext } from './EventHandler.ts';
import { estEligibility, estRulesAt, newestEstRules } from './estEligibility.ts';
import { accepted, refused, withWarning } from './results.ts';
import { estBaseOf } from './startEst.ts';

/**
 * Refuses the Extended Service Term to a state that cannot have it (EST-1): `NOT_ALLOWED`, the
 * message naming who can; `undefined` when the state is eligible.
 */
export function refuseIneligible(s: NewCommerceDraft): NewCommerceTransitionRefused | undefined {
  if (estEligibility(s) === 'eligible') return undefined;
  const rules = (s.termEnd === null ? undefined : estRulesAt(s.termEnd)) ?? newestEstRules();
  return refused(
    'NOT_ALLOWED',
    say(e, 'lifecycle.nce.refused.est-not-eligible', {
      products: rules.products.join(', '),
      startedFrom: rules.termStartedFrom,
      endingFrom: rules.termEndingFrom,
    }),
  );
}

/**
 * Sets the end-of-term option in place and accepts (EST-2): `autoRenew` in step (on exactly for
 * `renew`); anything but `renew` drops the scheduled renewal changes. An Extended Service Term
 * chosen by turning auto-renew off (`trap`) warns that it is paid and how to cancel instead; one
 * with no price to bill from warns which price is needed.
 */
export function chooseEndOfTerm(
  s: NewCommerceDraft,
  action: EndOfTermAction,
  context: EventContext,
  trap: boolean,
): NewCommerceTransitionAccepted {
  s.endOfTerm = action;
  s.autoRenew = action === 'renew';
  if (action !== 'renew') s.scheduled = null;
  const result = accepted(s, context);
  if (action !== 'extended-service-term') return result;
  const termEnd = s.termEnd as string;
  if (trap)
    return withWarning(result, say(e, 'lifecycle.nce.warning.auto-renew-off-est', { termEnd }));
  return estBaseOf(s) === undefined
    ? withWarning(result, say(e, 'lifecycle.nce.warning.est-unpriced', { termEnd }))
    : result;
}
