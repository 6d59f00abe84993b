import { expect } from 'vitest';
import { RuleError } from '../../src/errors/RuleError.ts';
import { transition } from '../../src/lifecycle/transition.ts';
import type {
  Subscription,
  SubscriptionEvent,
  TransitionAccepted,
  TransitionResult,
} from '../../src/lifecycle/types.ts';

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
