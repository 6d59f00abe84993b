import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from './fail.ts';

/**
 * A warehouse row's number (WH-2): BigQuery gives an INT64 as a `bigint`, Snowflake a NUMBER as a
 * number, and the SQL may give it as text; any of them whole and ≥ 1.
 *
 * @throws `RuleError` `INVALID_ARGUMENT` naming `rowNumber` for anything else: the query fails,
 *   never skips a row.
 */
export function rowNumberOf(value: unknown): number {
  const n =
    typeof value === 'bigint'
      ? Number(value)
      : typeof value === 'string' && /^\s*\d+\s*$/.test(value)
        ? Number(value)
        : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'rowNumber',
      'expected a whole row number ≥ {min}',
      value,
      1,
    );
  return n;
}

/**
 * A warehouse row's JSON object text, parsed (WH-2).
 *
 * @throws `RuleError` `INVALID_ARGUMENT` naming `text` and the row for text that is no JSON
 *   object.
 */
export function rowObject(text: unknown, row: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      `text (row ${row})`,
      'expected the JSON text of one object',
      typeof text === 'string' ? text.slice(0, 80) : text,
    );
  return value as Record<string, unknown>;
}

/**
 * The warehouse's options (WH-2): JSON object text, or nothing.
 *
 * @throws `RuleError` `INVALID_ARGUMENT` naming `options` for anything else.
 */
export function optionsObject(options: unknown): Record<string, unknown> {
  if (options === undefined || options === null || options === '') return {};
  if (typeof options === 'object' && !Array.isArray(options))
    return options as Record<string, unknown>;
  let value: unknown;
  try {
    value = typeof options === 'string' ? JSON.parse(options) : undefined;
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options',
      'expected the JSON text of one object',
      options,
    );
  return value as Record<string, unknown>;
}

/** A text option: the text, `undefined` when absent or null. */
export function textOption(o: Record<string, unknown>, name: string): string | undefined {
  const value = o[name];
  return value === undefined || value === null ? undefined : String(value);
}

/** A flag: `true`, `'true'` or `1` (engines render booleans each their own way). */
export function flagOption(o: Record<string, unknown>, name: string): boolean {
  const value = o[name];
  return value === true || value === 'true' || value === 'TRUE' || value === 1;
}
