import { expect } from 'vitest';
import { RuleError } from '../src/errors/RuleError.ts';

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
