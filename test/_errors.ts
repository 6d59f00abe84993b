import { RuleError } from 'subscription-rules';
import { expect } from 'vitest';

/** The `RuleError` `run` throws, checked to be one; fails the test when `run` returns. */
export function ruleErrorOf(run: () => unknown): RuleError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RuleError);
    return error as RuleError;
  }
  throw new Error('expected a RuleError, but nothing was thrown');
}

/** The code and path of the `RuleError` a call throws, or `'no error'`; anything else is rethrown. */
export function errorOf(
  run: () => unknown,
): { code: string; path: string | undefined } | 'no error' {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleError) return { code: error.code, path: error.path };
    throw error;
  }
  return 'no error';
}

/** The code of the `RuleError` a call throws, or `undefined` when it returns; anything else is rethrown. */
export function codeOf(run: () => unknown): string | undefined {
  const caught = errorOf(run);
  return caught === 'no error' ? undefined : caught.code;
}
