import type { RuleError, RuleIssue } from '../../errors/RuleError.ts';
import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';

/**
 * Where a check reports: `undefined` to throw at the first problem (reading a caller's
 * `{ policy }`, ERR-1: a `RuleError` `INVALID_ARGUMENT` at the field's path, never a `TypeError`
 * further on), or a list that collects every issue and goes on (`definePolicy`, POL-1). The same
 * checks serve both, so the two cannot drift apart.
 */
export type Sink = RuleIssue[] | undefined;

/**
 * Reports that the value at `path` is not what was `expected` (a template whose `{name}`
 * placeholders take `values`, as `fail`'s): thrown, or collected with the same message, `messageId`
 * and `params` the thrown error would carry (MSG-1).
 */
export function report(
  sink: Sink,
  path: string,
  expected: string,
  value: unknown,
  ...values: (string | number)[]
): void {
  try {
    fail(RuleErrorCode.INVALID_ARGUMENT, path, expected, value, ...values);
  } catch (error) {
    if (sink === undefined) throw error;
    const { message, params } = error as RuleError;
    sink.push({
      path,
      message: message.slice(path.length + 2),
      messageId: expected,
      params: params ?? {},
    });
  }
}

/** The dot path of `key` under `path`. */
export function child(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/**
 * An object (not an array, not null), or `undefined` after reporting. When collecting, every
 * enumerable key outside `keys` is reported too (a policy has no field the library would ignore).
 */
export function record(
  value: unknown,
  path: string,
  sink: Sink,
  keys?: readonly string[],
): Readonly<Record<string, unknown>> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(sink, path, 'expected an object', value);
    return undefined;
  }
  if (sink !== undefined && keys !== undefined) {
    for (const key in value)
      if (!keys.includes(key)) report(sink, child(path, key), 'unknown key', key);
  }
  return value as Readonly<Record<string, unknown>>;
}

/** A safe integer ≥ `min`. */
export function count(value: unknown, path: string, min: number, sink: Sink): void {
  if (!Number.isSafeInteger(value) || (value as number) < min) {
    report(sink, path, 'expected an integer ≥ {min}', value, min);
  }
}

/** A fraction in [0, 1) with at most six decimals (an uplift, EST-3: 0.03 is 3 %). */
export function fraction(value: unknown, path: string, sink: Sink): void {
  if (
    typeof value !== 'number' ||
    !(value >= 0 && value < 1) ||
    Math.round(value * 1_000_000) / 1_000_000 !== value
  )
    report(
      sink,
      path,
      'expected a fraction ≥ 0 and below 1, at most six decimals (0.03 is 3 %)',
      value,
    );
}

/** A string, matching `pattern` when given. */
export function text(value: unknown, path: string, sink: Sink, pattern?: RegExp): void {
  if (typeof value !== 'string') report(sink, path, 'expected a string', value);
  else if (pattern !== undefined && !pattern.test(value)) {
    report(sink, path, 'expected text of the form {pattern}', value, String(pattern));
  }
}

/** `true` or `false`. */
export function flag(value: unknown, path: string, sink: Sink): void {
  if (typeof value !== 'boolean') report(sink, path, 'expected true or false', value);
}

/** One of `allowed`. */
export function oneOf(value: unknown, allowed: readonly string[], path: string, sink: Sink): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    report(sink, path, 'expected one of {allowed}', value, allowed.join(', '));
  }
}

/** A list whose every item passes `item`. */
export function list(
  value: unknown,
  path: string,
  sink: Sink,
  item: (value: unknown, path: string, sink: Sink) => void,
): readonly unknown[] | undefined {
  if (!Array.isArray(value)) {
    report(sink, path, 'expected a list', value);
    return undefined;
  }
  for (let i = 0; i < value.length; i++) item(value[i], `${path}.${i}`, sink);
  return value;
}
