import type {
  Subscription,
  SubscriptionEvent,
  TransitionAccepted,
  TransitionResult,
} from 'subscription-rules';
import { RuleError, transition } from 'subscription-rules';
import { expect } from 'vitest';

/** The accepted result of an event, failing the test if it was refused. */
export function accept(subscription: Subscription, event: SubscriptionEvent): TransitionAccepted {
  const result: TransitionResult = transition(subscription, event);
  if (!result.ok) throw new Error(`refused ${result.code}: ${result.message}`);
  return result;
}

/** The RuleError code `run` throws, or `undefined` when it does not throw. */
export function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleError);
    return (error as RuleError).code;
  }
  return undefined;
}
