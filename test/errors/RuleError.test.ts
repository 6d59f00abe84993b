import { RuleError, RuleErrorCode } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { describeValue, fail } from '../_private.ts';

describe('RuleError', () => {
  it('ERR-1: is an Error with a stable code, the path and a message naming the field and the value', () => {
    let error: unknown;
    try {
      fail(RuleErrorCode.INVALID_QUANTITY, 'event.quantity', 'expected an integer ≥ 1', 0);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(RuleError);
    const ruleError = error as RuleError;
    expect(ruleError.name).toBe('RuleError');
    expect(ruleError.code).toBe('INVALID_QUANTITY');
    expect(ruleError.path).toBe('event.quantity');
    expect(ruleError.message).toBe('event.quantity: expected an integer ≥ 1, got 0');
    expect(ruleError.issues).toEqual([{ path: 'event.quantity', message: ruleError.message }]);
  });

  it('ERR-1: the codes are the exported constants of the SPEC', () => {
    expect(Object.values(RuleErrorCode).sort()).toEqual([
      'CURRENCY_MISMATCH',
      'INVALID_AMOUNT',
      'INVALID_ARGUMENT',
      'INVALID_INSTANT',
      'INVALID_POLICY',
      'INVALID_QUANTITY',
      'INVALID_TAX_RATE',
      'MISSING_FIELD',
      'OUT_OF_ORDER',
      'OUT_OF_RANGE',
      'UNKNOWN_CURRENCY',
      'UNKNOWN_MARKET',
    ]);
    for (const [key, value] of Object.entries(RuleErrorCode)) expect(key).toBe(value);
  });

  it.each(
    (
      [
        ['abc', '"abc"'],
        ['x'.repeat(100), `"${'x'.repeat(57)}..."`],
        [Number.NaN, 'NaN'],
        [-0, '-0'],
        [10n, '10n'],
        [undefined, 'undefined'],
        [null, 'null'],
        [[1], 'an array'],
        [new Date(Number.NaN), 'an invalid Date'],
        [new Date(0), 'Date 1970-01-01T00:00:00.000Z'],
        [Symbol('s'), 'a symbol'],
        [() => 1, 'a function'],
        [
          {
            toString: () => {
              throw new Error('hostile');
            },
          },
          'an object',
        ],
      ] as [unknown, string][]
    ).map(([value, text]) => ({ value, text })),
  )('ERR-1: describes a value safely as $text', ({ value, text }) => {
    expect(describeValue(value)).toBe(text);
  });

  it('ERR-1: a RuleError built with bad arguments is a RuleError about them, never one with a NaN code (found by the fuzz suite)', () => {
    const cases: [unknown[], string][] = [
      [[Number.NaN, 'm'], 'code'],
      [['NOT_A_CODE', 'm'], 'code'],
      [['INVALID_ARGUMENT', 42], 'message'],
      [['INVALID_ARGUMENT', 'm', 7], 'path'],
      [['INVALID_ARGUMENT', 'm', 'p', 'issues'], 'issues'],
      [['INVALID_ARGUMENT', 'm', 'p', [{ path: 1, message: 'x' }]], 'issues'],
    ];
    for (const [args, path] of cases) {
      const error = Reflect.construct(RuleError, args) as RuleError;
      expect(error).toBeInstanceOf(RuleError);
      expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', path]);
      expect(error.issues).toEqual([{ path, message: error.message }]);
    }
    const issues = [{ path: 'a', message: 'b' }];
    const good = new RuleError('INVALID_AMOUNT', 'amount: bad', 'amount', issues);
    expect([good.code, good.path, good.issues]).toEqual(['INVALID_AMOUNT', 'amount', issues]);
    expect(good.issues).not.toBe(issues);
  });

  it('ERR-1: instanceof RuleError holds for a RuleError of another copy of the class (each entry is built apart), and for nothing else', () => {
    const fromAnotherCopy = Object.defineProperty(
      new Error('x'),
      Symbol.for('subscription-rules.RuleError'),
      {
        value: true,
      },
    );
    expect(fromAnotherCopy instanceof RuleError).toBe(true);
    expect(new RuleError('INVALID_ARGUMENT', 'at: bad', 'at') instanceof RuleError).toBe(true);
    expect(new RuleError('INVALID_ARGUMENT', 'at: bad', 'at') instanceof Error).toBe(true);
    for (const other of [new Error('x'), { name: 'RuleError' }, null, 'RuleError', 42])
      expect((other as object) instanceof RuleError).toBe(false);
  });

  it('ERR-1: a class of the caller’s that extends RuleError keeps instanceof by its prototype chain', () => {
    class MyError extends RuleError {}
    const mine = new MyError('INVALID_ARGUMENT', 'at: bad', 'at');
    const plain = new RuleError('INVALID_ARGUMENT', 'at: bad', 'at');
    expect([mine instanceof MyError, mine instanceof RuleError]).toEqual([true, true]);
    expect(plain instanceof MyError).toBe(false);
  });
});
