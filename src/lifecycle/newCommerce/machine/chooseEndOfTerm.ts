import { extendedServiceTermMessages as e } from '../../../messages/en/newCommerce/extendedServiceTerm.ts';
import type { MidTermMessageId } from '../../../messages/en/newCommerce/midTerm.ts';
import { say } from '../../../messages/say.ts';
import type { NewCommerceTransitionAccepted, NewCommerceWarning } from '../resultTypes.ts';
import type { EndOfTermAction } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import type { EventContext } from './EventHandler.ts';
import { accepted } from './results.ts';
import { estBaseOf } from './startEst.ts';

/**
 * The term's end the warnings were last written for, and their English sentences: a state's
 * term end repeats from one call to the next, so each sentence is rendered once per term end. The
 * texts are strings (immutable); every warning object and its `params` are built afresh, so no two
 * results share an object (PURE-1).
 */
let warnedEnd: string | undefined;
let trapText = '';
let unpricedText = '';
let bothText = '';

/** A fresh warning of code `EXTENDED_SERVICE_TERM` (EST-7), in the key order of every message. */
function warning(
  messageId: MidTermMessageId,
  termEnd: string,
  message: string,
): NewCommerceWarning {
  return { code: 'EXTENDED_SERVICE_TERM', messageId, params: { termEnd }, message };
}

/**
 * Sets the end-of-term option in place and accepts (EST-2): `autoRenew` in step (on exactly for
 * `renew`); anything but `renew` drops the scheduled renewal changes. An Extended Service Term
 * chosen by turning auto-renew off or suspending (`trap`) warns that it is paid and how to cancel
 * instead; one with no price to bill from warns which price is needed — in one warning of code
 * `EXTENDED_SERVICE_TERM` (EST-7), never two for one choice.
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
  if (action !== 'extended-service-term') return accepted(s, context);
  const termEnd = s.termEnd as string;
  if (termEnd !== warnedEnd) {
    trapText = say(e, 'lifecycle.nce.warning.auto-renew-off-est', { termEnd }).message;
    unpricedText = say(e, 'lifecycle.nce.warning.est-unpriced', { termEnd }).message;
    bothText = say(e, 'lifecycle.nce.warning.auto-renew-off-est-unpriced', { termEnd }).message;
    warnedEnd = termEnd;
  }
  const unpriced = estBaseOf(s) === undefined;
  if (!trap && !unpriced) return accepted(s, context);
  const warnings: NewCommerceWarning[] = [
    !unpriced
      ? warning('lifecycle.nce.warning.auto-renew-off-est', termEnd, trapText)
      : !trap
        ? warning('lifecycle.nce.warning.est-unpriced', termEnd, unpricedText)
        : warning('lifecycle.nce.warning.auto-renew-off-est-unpriced', termEnd, bothText),
  ];
  return accepted(s, context, undefined, warnings);
}
