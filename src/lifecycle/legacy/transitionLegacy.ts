import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { PolicyOptions } from '../../policy/PolicyOptions.ts';
import { rulesById } from '../../policy/rulesById.ts';
import { assertNotBefore } from '../../time/assertNotBefore.ts';
import { instantText } from '../../time/instantText.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import { advanceState } from './machine/advanceState.ts';
import { applyDeadline } from './machine/applyDeadline.ts';
import { readSubscription } from './machine/readSubscription.ts';
import { firstRefusal } from './machine/refusals.ts';
import { type EventRow, eventTable, eventTypes } from './machine/table.ts';
import type { Deadline, Subscription, SubscriptionEvent, TransitionResult } from './types.ts';

/**
 * A legacy subscription's transition (LC-11): advances to the event's `at`, then the table's
 * refusal order, then the event's handler. The refusal's message is English; the caller localizes.
 *
 * @param subscription - The state.
 * @param event - The event.
 * @param options - `{ policy }` when the state's policy is not in the catalog.
 * @returns The result.
 */
export function transitionLegacy(
  subscription: Subscription,
  event: SubscriptionEvent,
  options: PolicyOptions | undefined,
): TransitionResult {
  const asOf = readSubscription(subscription);
  const policy = rulesById(subscription.policyId, 'subscription.policyId', options);
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'event', 'expected an event object', event);
  }
  const type = event.type;
  const row =
    typeof type === 'string' && Object.hasOwn(eventTable, type)
      ? (eventTable[type] as EventRow<SubscriptionEvent>)
      : undefined;
  if (row === undefined) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'event.type',
      'expected one of {allowed}',
      type,
      eventTypes.join(', '),
    );
  }
  const atMs = parseInstant(event.at, 'event.at');
  row.handler.read(event, policy);
  assertNotBefore(atMs, 'event.at', asOf, 'subscription.asOf');
  const at = instantText(event.at, atMs, 'event.at');
  const events: Deadline[] = [];
  const state = advanceState(subscription, atMs, at, events);
  // The table's refusal order: the first check that applies is the answer; the handler comes last.
  return (
    firstRefusal(event, state, policy, row.from) ??
    row.handler.apply(event, { state, atMs, at, policy, events, applyDeadline })
  );
}
