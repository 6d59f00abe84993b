import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { lifecycleMessages as t } from '../../../messages/en/lifecycle.ts';
import { say } from '../../../messages/say.ts';
import { isUsageProduct } from '../../../policy/vocabulary/usageProducts.ts';
import type { NewCommerceSetAutoRenewEvent } from '../eventTypes.ts';
import { chooseEndOfTerm } from '../machine/chooseEndOfTerm.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import { estEligible } from '../machine/estEligibility.ts';
import { refused } from '../machine/results.ts';

/**
 * `set-auto-renew` (NCE-7, NCE-8, EST-2): off lets the trial or the term run out (`expired`) and
 * drops the scheduled renewal changes — but an eligible term (EST-1) continues into a paid Extended
 * Service Term, `endOfTerm` `extended-service-term`, and the result warns so, naming
 * `set-end-of-term` `cancel`; on again resumes renewals (`endOfTerm` `renew`). Marketplace usage never renews; a
 * scheduled SaaS cancellation keeps auto-renew off.
 */
export const setAutoRenew: EventHandler<NewCommerceSetAutoRenewEvent> = {
  from: ['trial', 'active'],
  read(event) {
    if (typeof event.enabled !== 'boolean') {
      fail(
        event.enabled === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
        'event.enabled',
        'expected true or false',
        event.enabled,
      );
    }
  },
  apply(event, context) {
    const { state } = context;
    if (isUsageProduct(state.product))
      return refused('NOT_SUPPORTED', say(t, 'lifecycle.refused.no-term'));
    if (event.enabled && state.cancelAtRenewal) {
      return refused(
        'CANCELLATION_SCHEDULED',
        say(t, 'lifecycle.refused.auto-renew-blocked', { termEnd: state.termEnd as string }),
      );
    }
    // off: an eligible term continues into a paid Extended Service Term unless cancelled
    // explicitly (Partner Center's default, EST-2), with a warning saying so; else it expires
    if (event.enabled) return chooseEndOfTerm(state, 'renew', context, false);
    return chooseEndOfTerm(
      state,
      state.cancelAtRenewal || !estEligible(state) ? 'cancel' : 'extended-service-term',
      context,
      true,
    );
  },
};
