import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { SUSPENSION_REASONS } from '../../../policy/vocabulary/suspensionReasons.ts';
import type { NewCommerceSuspendEvent } from '../eventTypes.ts';
import { chooseEndOfTerm } from '../machine/chooseEndOfTerm.ts';
import type { EventHandler } from '../machine/EventHandler.ts';
import { estEligible } from '../machine/estEligibility.ts';

/**
 * `suspend` (NCE-7): users lose access at once; still billed (no credit); auto-renew is forced
 * off and the scheduled renewal changes are dropped. Reactivate before the term's end, or it is
 * disabled then (NCE-8).
 */
export const suspend: EventHandler<NewCommerceSuspendEvent> = {
  from: ['active'],
  read(event) {
    if (!(SUSPENSION_REASONS as readonly unknown[]).includes(event.reason)) {
      fail(
        event.reason === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
        'event.reason',
        'expected one of {allowed}',
        event.reason,
        SUSPENSION_REASONS.join(', '),
      );
    }
  },
  apply(_event, context) {
    const { state } = context;
    // as auto-renew off (EST-2, EST-7): an eligible term's option becomes the Extended Service
    // Term, and the result warns so
    const est = estEligible(state);
    state.status = 'suspended';
    return chooseEndOfTerm(state, est ? 'extended-service-term' : 'cancel', context, true);
  },
};
