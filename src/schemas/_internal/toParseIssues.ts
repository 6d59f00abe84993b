import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { issueOf, type KeyedIssue } from '../../kernel/issueOf.ts';
import type { ParseIssue } from '../ParseResult.ts';
import { MESSAGE_ID, MESSAGE_PARAMS, RULE_ERROR_CODE } from './canonicalising.ts';
import { ZOD_BARE } from './ownWords.ts';

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

/** The issue of one zod problem, worded as the library words it, with its catalog key (MSG-1). */
function wordIssue(issue: ZodIssueLike, path: string, field: string, missing: boolean): KeyedIssue {
  const custom = issue.message !== ZOD_BARE;
  const keyed = issue.params?.[MESSAGE_ID];
  // a canonical step's issue: its key and parameters travel in zod's params
  if (typeof keyed === 'string')
    return {
      path,
      message: issue.message,
      messageId: keyed,
      params: (issue.params?.[MESSAGE_PARAMS] ?? {}) as KeyedIssue['params'],
    };
  switch (issue.code) {
    case 'invalid_type': {
      if (missing) return issueOf(path, 'is required');
      if (custom) break;
      const type = String(issue.expected);
      const template =
        type === 'int'
          ? 'expected a whole number'
          : type === 'number'
            ? 'expected a number'
            : type === 'string'
              ? 'expected text'
              : type === 'boolean'
                ? 'expected true or false'
                : type === 'array'
                  ? 'expected a list'
                  : type === 'object' || type === 'record'
                    ? 'expected an object'
                    : 'expected {type}';
      return issueOf(path, template, template === 'expected {type}' ? { type } : {});
    }
    case 'invalid_value': {
      const values = issue.values ?? [];
      if (field === 'currency')
        return issueOf(path, 'expected an active ISO 4217 currency code in upper case');
      return values.length > 12
        ? issueOf(path, 'expected one of the {count} known values', { count: values.length })
        : issueOf(path, 'expected one of {allowed}', {
            allowed: values.map((value) => JSON.stringify(value)).join(', '),
          });
    }
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      return issueOf(path, keys.length > 1 ? 'unknown keys {keys}' : 'unknown key {keys}', {
        keys: keys.map((key) => JSON.stringify(key)).join(', '),
      });
    }
    case 'too_small':
      if (custom) break;
      return issue.inclusive === false
        ? issueOf(path, 'expected a value > {minimum}', { minimum: String(issue.minimum) })
        : issueOf(path, 'expected a value ≥ {minimum}', { minimum: String(issue.minimum) });
    case 'too_big':
      return issue.inclusive === false
        ? issueOf(path, 'expected a value < {maximum}', { maximum: String(issue.maximum) })
        : issueOf(path, 'expected a value ≤ {maximum}', { maximum: String(issue.maximum) });
    case 'invalid_union':
      if (custom) break;
      return issueOf(path, 'expected one of the allowed shapes');
    case 'invalid_format':
      if (custom) break;
      return issueOf(path, 'expected {format}', { format: issue.format ?? 'a different format' });
    default:
      if (custom) break;
      return issueOf(path, 'invalid value');
  }
  // a schema's own sentence: a fixed text, its own key; the one with a list (an unknown event
  // type) is keyed as the guards key theirs
  const list = /^expected one of (.+)$/s.exec(issue.message)?.[1];
  return list === undefined
    ? { path, message: issue.message, messageId: issue.message, params: {} }
    : issueOf(path, 'expected one of {allowed}', { allowed: list });
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
    return { ...wordIssue(issue, path, field, missing), code: codeOf(issue, field, missing) };
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
