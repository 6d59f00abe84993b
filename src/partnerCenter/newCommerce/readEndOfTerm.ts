import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { NewCommerceDraft } from '../../lifecycle/newCommerce/machine/cloneState.ts';
import { estEligible, newestEstRules } from '../../lifecycle/newCommerce/machine/estEligibility.ts';
import type { EndOfTermAction } from '../../lifecycle/newCommerce/types.ts';
import { extendedServiceTermNotes as e } from '../../messages/en/newCommerce/extendedServiceTermNotes.ts';
import { say } from '../../messages/say.ts';
import type { MessageParams } from '../../messages/types.ts';
import type { PartnerCenterNote } from '../PartnerCenterSubscription.ts';

/** Partner Center's end-of-term actions and the option each is (EST-6), by lower-case name. */
const ACTIONS: Readonly<Record<string, EndOfTermAction>> = {
  renewtonewterm: 'renew',
  renewtoextendedserviceterm: 'extended-service-term',
  cancel: 'cancel',
};

/** A note of the reader about the end of a term (EST-6): its text is New Commerce's own. */
function note(
  path: string,
  id:
    | 'resource.nce.end-of-term-inferred'
    | 'resource.nce.end-of-term-disagrees'
    | 'resource.nce.extended-service-term',
  params?: MessageParams,
): PartnerCenterNote {
  return { path, ...say(e, id, params) };
}

/** Whether a name says the subscription is an Extended Service Term (EST-6). */
const named = (value: unknown): boolean =>
  typeof value === 'string' && value.toLowerCase().includes('extended service term');

/** The `TermEnd` action of the resource, its index, or `undefined`. */
function termEndAction(r: Readonly<Record<string, unknown>>): [string, number] | undefined {
  const actions = r.scheduledActions as unknown;
  if (actions === undefined || actions === null) return undefined;
  if (!Array.isArray(actions))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'resource.scheduledActions', 'expected a list', actions);
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i] as Readonly<Record<string, unknown>> | null;
    if (typeof a !== 'object' || a === null)
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `resource.scheduledActions.${i}`,
        'expected an object',
        a,
      );
    if (typeof a.scheduleType === 'string' && a.scheduleType.toLowerCase() === 'termend') {
      const type = a.actionType;
      if (typeof type !== 'string' || !Object.hasOwn(ACTIONS, type.toLowerCase()))
        fail(
          type === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
          `resource.scheduledActions.${i}.actionType`,
          'expected one of {allowed}',
          type,
          'RenewToNewTerm, RenewToExtendedServiceTerm, Cancel',
        );
      return [type, i];
    }
  }
  return undefined;
}

/**
 * Reads what a resource's term end does into the state, in place (EST-6): a resource named
 * "Extended Service Term" is in one (since the current month's start, a note says so); else the
 * `TermEnd` entry of `scheduledActions` decides, auto-renew set in step with it (a note when
 * `autoRenewEnabled` says otherwise; the Extended Service Term on a term not eligible for it is
 * read as a cancel); without one, `autoRenewEnabled` decides as `set-auto-renew` does (EST-2),
 * and a note says the option was inferred where it matters.
 */
export function readEndOfTerm(
  r: Readonly<Record<string, unknown>>,
  s: NewCommerceDraft,
  notes: PartnerCenterNote[],
): void {
  const running = s.status === 'active' || s.status === 'suspended';
  if (running && (named(r.offerName) || named(r.friendlyName))) {
    if (s.term !== 'P1M' || s.billingFrequency !== 'monthly')
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'resource.termDuration',
        'expected {expected} in an Extended Service Term',
        r.termDuration,
        'P1M billed monthly',
      );
    // neither since when nor the base is on the resource; the reader's price is the month's (EST-7)
    s.extendedServiceTerm = {
      since: null,
      basePrice: null,
      uplift: newestEstRules().monthlyPlanUplift,
    };
    s.endOfTerm = 'extended-service-term';
    s.autoRenew = false;
    // no seat of an Extended Service Term can be reduced: cancel or convert only (EST-4, EST-7)
    s.seats = s.seats.map((batch) => ({ ...batch, reducibleUntil: null }));
    notes.push(note('resource.offerName', 'resource.nce.extended-service-term'));
    return;
  }
  const stated = termEndAction(r);
  if (stated === undefined) {
    const eligible = !s.autoRenew && s.status !== 'trial' && estEligible(s);
    s.endOfTerm = s.autoRenew ? 'renew' : eligible ? 'extended-service-term' : 'cancel';
    if (eligible)
      notes.push(note('resource.autoRenewEnabled', 'resource.nce.end-of-term-inferred'));
    return;
  }
  const [action, i] = stated;
  let endOfTerm = ACTIONS[action.toLowerCase()] as EndOfTermAction;
  if (endOfTerm === 'extended-service-term' && (s.status === 'trial' || !estEligible(s)))
    endOfTerm = 'cancel';
  s.endOfTerm = endOfTerm;
  s.autoRenew = endOfTerm === 'renew';
  if (s.autoRenew !== r.autoRenewEnabled || ACTIONS[action.toLowerCase()] !== endOfTerm)
    notes.push(
      note(`resource.scheduledActions.${i}.actionType`, 'resource.nce.end-of-term-disagrees', {
        action,
        autoRenew: String(r.autoRenewEnabled),
        endOfTerm,
      }),
    );
}
