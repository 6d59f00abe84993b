import type { RuleIssue } from '../errors/RuleError.ts';

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
  readonly message: string;
}

/**
 * English issues with dot paths from zod issues. zod/mini ships no messages (it says "Invalid
 * input"), and loading a locale would cost every bundle its bytes, so the few shapes this library's
 * schemas produce are worded here.
 *
 * @param issues - The issues of a failed `safeParse`.
 * @param prefix - A dot path to put in front of every path (`''` for none).
 */
export function toRuleIssues(issues: readonly ZodIssueLike[], prefix: string): RuleIssue[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
    return { path, message: wordIssue(issue) };
  });
}

function wordIssue(issue: ZodIssueLike): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.path.length > 0 &&
        issue.expected !== 'undefined' &&
        issue.message === 'Invalid input'
        ? `expected ${String(issue.expected)}`
        : issue.message;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown key${(issue.keys ?? []).length > 1 ? 's' : ''} ${(issue.keys ?? []).map((key) => JSON.stringify(key)).join(', ')}`;
    case 'too_small':
      if (issue.message !== 'Invalid input') return issue.message;
      return `expected a value ${issue.inclusive === false ? '>' : '≥'} ${String(issue.minimum)}`;
    case 'too_big':
      return `expected a value ${issue.inclusive === false ? '<' : '≤'} ${String(issue.maximum)}`;
    case 'invalid_union':
      return 'expected one of the allowed shapes';
    case 'invalid_format':
      return issue.message !== 'Invalid input'
        ? issue.message
        : `expected ${issue.format ?? 'a different format'}`;
    default:
      return issue.message === 'Invalid input' ? 'invalid value' : issue.message;
  }
}
