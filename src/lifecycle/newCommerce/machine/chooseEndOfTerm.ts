import { extendedServiceTermMessages as e } from '../../../messages/en/newCommerce/extendedServiceTerm.ts';
import type { MidTermMessageId } from '../../../messages/en/newCommerce/midTerm.ts';
import { say } from '../../../messages/say.ts';
import type { Message } from '../../../messages/types.ts';
import type { NewCommerceTransitionAccepted } from '../resultTypes.ts';
import type { EndOfTermAction } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import type { EventContext } from './EventHandler.ts';
import { accepted, withWarnings } from './results.ts';
import { estBaseOf } from './startEst.ts';

/**
 * Sets the end-of-term option in place and accepts (EST-2): `autoRenew` in step (on exactly for
 * `renew`); anything but `renew` drops the scheduled renewal changes. An Extended Service Term
 * chosen by turning auto-renew off or suspending (`trap`) warns that it is paid and how to cancel
 * instead; one with no price to bill from warns which price is needed (EST-7: both of code
 * `EXTENDED_SERVICE_TERM`).
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
  const termEnd = { termEnd: s.termEnd as string };
  const warnings: Message<MidTermMessageId>[] = [];
  if (trap) warnings.push(say(e, 'lifecycle.nce.warning.auto-renew-off-est', termEnd));
  if (estBaseOf(s) === undefined)
    warnings.push(say(e, 'lifecycle.nce.warning.est-unpriced', termEnd));
  return withWarnings(result, warnings);
}
