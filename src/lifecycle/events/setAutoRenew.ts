import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { accepted } from '../machine/accepted.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import { refused } from '../machine/refused.ts';
import type { SetAutoRenewEvent } from '../types.ts';

/**
 * `set-auto-renew` (SPEC LC-5): in `trial` or `active`, for products whose policy has the toggle
 * (`marketplace-saas`); elsewhere `NOT_SUPPORTED`. Turning it on while a cancellation is scheduled
 * is refused `CANCELLATION_SCHEDULED` (decided); turning it off then changes nothing and is allowed.
 */
export const setAutoRenew: EventHandler<SetAutoRenewEvent> = {
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
    const { state, policy } = context;
    if (!policy.products[state.product].autoRenewToggle) {
      return refused(
        'NOT_SUPPORTED',
        `Auto-renew cannot be changed for ${state.product} subscriptions.`,
      );
    }
    if (event.enabled && state.cancelAtRenewal) {
      return refused(
        'CANCELLATION_SCHEDULED',
        `A cancellation is scheduled for ${state.termEnd}; auto-renew cannot be turned on.`,
      );
    }
    state.autoRenew = event.enabled;
    return accepted(state, context);
  },
};
