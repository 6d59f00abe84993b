import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { Money } from '../../pricing/money.ts';
import { readMoney } from '../../pricing/readMoney.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { parseInstant } from '../../time/parseInstant.ts';

/**
 * The dot path of a field of the value at `path` (`effects.3` + `amount` → `effects.3.amount`; a
 * value checked on its own, at `''`, names the field alone, as a parse issue does).
 *
 * @param path - The value's path.
 * @param key - The field.
 * @returns The field's path.
 */
export function fieldPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** The fields of one caller's object, read and named by path (ERR-1). */
export interface Fields {
  /** The object's own value of `key`. */
  readonly get: (key: string) => unknown;
  /** A required integer ≥ `min`. */
  readonly integer: (key: string, min: number) => number;
  /** A required instant, with its epoch ms; written in the library's form. */
  readonly instant: (key: string) => [string, number];
  /** Money ≥ 0 (`undefined` when absent and `optional`). */
  readonly money: (key: string, optional?: boolean) => Money | undefined;
  /** A required non-empty string. */
  readonly text: (key: string) => string;
}

/**
 * Reads the fields of an object a caller gives (an effect, a line) at `path`, after refusing any
 * key but `allowed` (as the schemas' strict objects do, so both accept the same inputs).
 *
 * @param record - The object.
 * @param path - Its dot path.
 * @param allowed - The keys it may have.
 * @param what - What it is, for the error of an unknown key.
 * @returns The readers of its fields.
 */
export function fieldsOf(
  record: Readonly<Record<string, unknown>>,
  path: string,
  allowed: readonly string[],
  what: string,
): Fields {
  for (const key of Object.keys(record))
    if (!allowed.includes(key))
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        fieldPath(path, key),
        'expected none: {what} takes {allowed}',
        record[key],
        what,
        allowed.join(', '),
      );
  const get = (key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);
  return {
    get,
    integer(key, min) {
      const value = get(key);
      if (!Number.isSafeInteger(value) || (value as number) < min)
        fail(
          value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
          fieldPath(path, key),
          'expected an integer ≥ {min}',
          value,
          min,
        );
      return value as number;
    },
    instant(key) {
      const ms = parseInstant(get(key), fieldPath(path, key));
      return [formatInstant(ms, fieldPath(path, key)), ms];
    },
    money(key, optional = false) {
      const value = get(key);
      if (value === undefined && optional) return undefined;
      const money = readMoney(value, fieldPath(path, key));
      if (money.amount < 0)
        fail(
          RuleErrorCode.INVALID_AMOUNT,
          fieldPath(path, `${key}.amount`),
          'expected an integer ≥ {min}',
          money.amount,
          0,
        );
      return money;
    },
    text(key) {
      const value = get(key);
      if (typeof value !== 'string' || value === '')
        fail(
          value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
          fieldPath(path, key),
          'expected a non-empty string',
          value,
        );
      return value;
    },
  };
}
