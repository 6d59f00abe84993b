import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import type { ParseIssue } from '../ParseResult.ts';
import { RULE_ERROR_CODE } from './canonicalising.ts';

/** The parts of a zod issue this library reads (zod/mini leaves `message` generic). */
interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
  readonly message: string;
}

/** The error code a field's problem would have been in the matching function (ERR-1). */
function codeOf(issue: ZodIssueLike, field: string, missing: boolean): RuleErrorCode {
  const ruleCode = issue.params?.[RULE_ERROR_CODE];
  if (typeof ruleCode === 'string') return ruleCode as RuleErrorCode;
  if (issue.code === 'invalid_type' && missing) return RuleErrorCode.MISSING_FIELD;
  if (issue.code === 'unrecognized_keys') return RuleErrorCode.INVALID_ARGUMENT;
  if (/instant/.test(issue.message)) return RuleErrorCode.INVALID_INSTANT;
  if (/market/.test(issue.message) || field === 'billingCountry')
    return RuleErrorCode.UNKNOWN_MARKET;
  if (field === 'currency') return RuleErrorCode.UNKNOWN_CURRENCY;
  if (field === 'amount') return RuleErrorCode.INVALID_AMOUNT;
  if (field === 'quantity') return RuleErrorCode.INVALID_QUANTITY;
  if (field === 'taxRate') return RuleErrorCode.INVALID_TAX_RATE;
  return RuleErrorCode.INVALID_ARGUMENT;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
};

function wordIssue(issue: ZodIssueLike, field: string, missing: boolean): string {
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return 'is required';
      if (issue.message !== 'Invalid input') return issue.message;
      return `expected ${TYPE_NAMES[String(issue.expected)] ?? String(issue.expected)}`;
    case 'invalid_value': {
      const values = issue.values ?? [];
      if (field === 'currency') return 'expected an active ISO 4217 currency code in upper case';
      if (values.length > 12) return `expected one of the ${values.length} known values`;
      return `expected one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      return `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((key) => JSON.stringify(key)).join(', ')}`;
    }
    case 'too_small':
      if (issue.message !== 'Invalid input') return issue.message;
      return `expected a value ${issue.inclusive === false ? '>' : '≥'} ${String(issue.minimum)}`;
    case 'too_big':
      return `expected a value ${issue.inclusive === false ? '<' : '≤'} ${String(issue.maximum)}`;
    case 'invalid_union':
      return issue.message !== 'Invalid input'
        ? issue.message
        : 'expected one of the allowed shapes';
    case 'invalid_format':
      return issue.message !== 'Invalid input'
        ? issue.message
        : `expected ${issue.format ?? 'a different format'}`;
    default:
      return issue.message === 'Invalid input' ? 'invalid value' : issue.message;
  }
}

/**
 * Issues with dot paths, sentences and codes from zod issues (ERR-2). zod/mini ships no messages
 * (it says "Invalid input"), and loading a locale would cost every bundle its bytes, so the few
 * shapes this library's schemas produce are worded here, each with the `RuleErrorCode` the
 * matching function would have thrown.
 *
 * @param issues - zod's issues.
 * @param prefix - A dot path to put before each issue's path (`''` for none).
 * @param input - The raw input, to tell a missing field from a wrong one.
 * @returns The issues.
 */
export function toParseIssues(
  issues: readonly ZodIssueLike[],
  prefix: string,
  input: unknown,
): ParseIssue[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
    const field = String(issue.path[issue.path.length - 1] ?? '');
    const missing = valueAt(input, issue.path) === undefined;
    return { path, message: wordIssue(issue, field, missing), code: codeOf(issue, field, missing) };
  });
}

/** The raw value at a zod path (zod leaves the input out of its issues). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
