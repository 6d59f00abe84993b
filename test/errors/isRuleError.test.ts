import fc from 'fast-check';
import { isRuleError, policyAt, RuleError, RuleErrorCode } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';

describe('isRuleError', () => {
  it('ERR-1: recognises every RuleError the library throws, by its mark, and nothing else', () => {
    let caught: unknown;
    try {
      policyAt('2026-02-30T00:00:00Z');
    } catch (error) {
      caught = error;
    }
    expect(isRuleError(caught)).toBe(true);
    expect(isRuleError(new RuleError(RuleErrorCode.INVALID_ARGUMENT, 'x: no', 'x'))).toBe(true);
    for (const other of [
      new Error('no'),
      { name: 'RuleError', code: 'INVALID_INSTANT' },
      null,
      'RuleError',
    ]) {
      expect(isRuleError(other)).toBe(false);
    }
  });

  it('ERR-1: the mark is not enumerable: a RuleError’s JSON and its keys are what they were', () => {
    const error = new RuleError(RuleErrorCode.INVALID_ARGUMENT, 'x: no', 'x');
    expect(Object.keys(error).sort()).toEqual(['code', 'issues', 'name', 'path']);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'RuleError',
      code: 'INVALID_ARGUMENT',
      path: 'x',
      issues: [{ path: 'x', message: 'x: no' }],
    });
  });

  it('ERR-1: an object that copies a RuleError’s fields, or fakes its prototype, is not one', () => {
    const error = new RuleError(RuleErrorCode.INVALID_ARGUMENT, 'x: no', 'x');
    expect(isRuleError({ ...error })).toBe(false);
    expect(isRuleError(Object.create(RuleError.prototype))).toBe(false);
  });

  describe('properties', () => {
    it('ERR-1: isRuleError is true exactly for RuleErrors, for any value', () => {
      fc.assert(fc.property(fc.anything(), (value) => !isRuleError(value)));
    });

    itKeepsTheContract(
      'isRuleError',
      isRuleError as (...args: unknown[]) => boolean,
      fc.tuple(fc.anything()),
    );
  });
});
