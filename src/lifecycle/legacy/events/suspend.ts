import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { readSuspensionRules } from '../../../policy/readSuspensionRules.ts';
import { suspensionDays } from '../../../suspension/suspensionDays.ts';
import { addDays } from '../../../time/addDays.ts';
import { formatDerivedInstant } from '../../../time/formatDerivedInstant.ts';
import { instantText } from '../../../time/instantText.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import { accepted } from '../machine/accepted.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import type { SuspendEvent } from '../types.ts';

/**
 * `suspend` (LC-6, SUS-1, SUS-5): for a reason of the policy, with the account's two dates from
 * the event or from the state (the event's are kept in the state). The data is deleted at the
 * suspension instant + D days unless reactivated first; `reactivate` returns to the status it had.
 */
export const suspend: EventHandler<SuspendEvent> = {
  read(event, policy) {
    const reasons = readSuspensionRules(policy).reasons;
    if (!reasons.includes(event.reason)) {
      fail(
        event.reason === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
        'event.reason',
        'expected one of {allowed}',
        event.reason,
        reasons.join(', '),
      );
    }
    if (event.accountOpenedAt !== undefined)
      parseInstant(event.accountOpenedAt, 'event.accountOpenedAt');
    if (event.firstBillingPeriodStart !== undefined)
      parseInstant(event.firstBillingPeriodStart, 'event.firstBillingPeriodStart');
  },
  apply(event, context) {
    const { state, atMs, at, policy } = context;
    const opened = event.accountOpenedAt ?? state.accountOpenedAt ?? undefined;
    const firstBilling =
      event.firstBillingPeriodStart ?? state.firstBillingPeriodStart ?? undefined;
    if (opened === undefined)
      fail(
        RuleErrorCode.MISSING_FIELD,
        'event.accountOpenedAt',
        'expected the account opening, on the event or at creation',
        opened,
      );
    if (firstBilling === undefined)
      fail(
        RuleErrorCode.MISSING_FIELD,
        'event.firstBillingPeriodStart',
        'expected the first billing period start, on the event or at creation',
        firstBilling,
      );
    const openedMs = parseInstant(opened, 'event.accountOpenedAt');
    const firstBillingMs = parseInstant(firstBilling, 'event.firstBillingPeriodStart');
    const days = suspensionDays(atMs, openedMs, firstBillingMs, policy, 'event');
    state.suspension = {
      at,
      reason: event.reason,
      expiresAt: formatDerivedInstant(
        addDays(atMs, days),
        'suspension.expiresAt',
        atMs,
        'event.at',
      ),
      resumeTo: state.status as 'trial' | 'active',
    };
    state.status = 'suspended';
    state.accountOpenedAt = instantText(opened, openedMs, 'event.accountOpenedAt');
    state.firstBillingPeriodStart = instantText(
      firstBilling,
      firstBillingMs,
      'event.firstBillingPeriodStart',
    );
    return accepted(state, context);
  },
};
