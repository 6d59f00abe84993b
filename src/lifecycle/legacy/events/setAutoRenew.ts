import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { accepted } from '../machine/accepted.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import type { SetAutoRenewEvent } from '../types.ts';

/**
 * `set-auto-renew` (LC-5): sets `autoRenew`. The table's refusal order has already refused it
 * `NOT_SUPPORTED` for products whose policy has no toggle (in the catalog, all but
 * `marketplace-saas`), and `CANCELLATION_SCHEDULED` when it would turn auto-renew on while a
 * cancellation is scheduled (decided); turning it off then changes nothing and is allowed.
 */
export const setAutoRenew: EventHandler<SetAutoRenewEvent> = {
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
    context.state.autoRenew = event.enabled;
    return accepted(context.state, context);
  },
};
