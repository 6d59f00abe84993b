import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { MS_PER_DAY } from '../../kernel/units.ts';
import { parseInstant } from '../../time/parseInstant.ts';

/** A JSON object field of the resource (an object, not an array), or a RuleError naming it. */
export function record(value: unknown, path: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected an object',
      value,
    );
  return value as Readonly<Record<string, unknown>>;
}

/** An enum value read case-insensitively (`"Annual"` → `annual`); `undefined` when absent. */
export function enumValue(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string')
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a text value', value);
  return value.toLowerCase();
}

/** An enum value that must be there and be one of `allowed` (already lower case). */
export function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  const v = enumValue(value, path);
  if (v === undefined || !allowed.includes(v as T))
    fail(
      v === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected one of {allowed}',
      value,
      allowed.join(', '),
    );
  return v as T;
}

/** A boolean field; `undefined` when absent and not `required`. */
export function flag(value: unknown, path: string, required: boolean): boolean | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'boolean')
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected true or false',
      value,
    );
  return value;
}

/** A count of seats, an integer ≥ `min`. */
export function count(value: unknown, path: string, min: number): number {
  if (!Number.isSafeInteger(value) || (value as number) < min)
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_QUANTITY,
      path,
      'expected an integer ≥ {min}',
      value,
      min,
    );
  return value as number;
}

/** An instant (TIME-1: up to 9 fractional digits, `Z` or an offset), in epoch ms. */
export function instant(value: unknown, path: string): number {
  return parseInstant(value, path);
}

/**
 * The end of a stated window, in epoch ms: an end at 23:59 (or later in that minute) means the
 * end of that UTC day, so the window closes at the next 00:00:00Z (PCR-1).
 */
export function statedEnd(value: unknown, path: string): number {
  const ms = parseInstant(value, path);
  const ofDay = ms - Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
  return ofDay >= MS_PER_DAY - 60_000 ? ms - ofDay + MS_PER_DAY : ms;
}
