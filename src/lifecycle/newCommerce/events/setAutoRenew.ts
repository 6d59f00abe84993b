import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { lifecycleMessages as t } from '../../../messages/en/lifecycle.ts';
import { say } from '../../../messages/say.ts';
import { isUsageProduct } from '../../../policy/vocabulary/usageProducts.ts';
import type { NewCommerceSetAutoRenewEvent } from '../eventTypes.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import { accepted, refused } from '../machine/results.ts';

/**
 * `set-auto-renew` (NCE-7, NCE-8): off lets the trial or the term run out (`expired`) and drops
 * the scheduled renewal changes; on again resumes renewals. Marketplace usage never renews; a
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
    state.autoRenew = event.enabled;
    if (!event.enabled) state.scheduled = null;
    return accepted(state, context);
  },
};
