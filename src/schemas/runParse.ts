import type * as z from 'zod/mini';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { findForbiddenKeys } from '../kernel/findForbiddenKeys.ts';
import { issueOf } from '../kernel/issueOf.ts';
import { OWN_WORDS } from './_internal/ownWords.ts';
import { toParseIssues } from './_internal/toParseIssues.ts';
import type { ParseIssue, ParseResult } from './ParseResult.ts';

/**
 * The one way every `parseX` runs (ERR-2): scan the raw input for `__proto__`, `constructor`
 * and `prototype` keys (zod drops `__proto__` silently), then parse with the schema, whose output
 * is already canonical (the schema's canonical step reports what the rules refuse as issues with
 * their codes). When the shape fails, `despiteShape` adds the cross-field issues that do not
 * depend on the failing fields, so every issue comes at once. Nothing is ever thrown.
 */
export function runParse<T>(
  input: unknown,
  schema: z.ZodMiniType<T, unknown>,
  expected: string,
  onlyCode?: RuleErrorCode,
  despiteShape?: (input: Readonly<Record<string, unknown>>) => ParseIssue[],
): ParseResult<T> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const code = input === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT;
    return { ok: false, issues: [{ ...issueOf('', expected), code }] };
  }
  const issues: ParseIssue[] = findForbiddenKeys(input, '').map((path) => ({
    ...issueOf(path, 'forbidden key'),
    code: RuleErrorCode.INVALID_ARGUMENT,
  }));
  const result = schema.safeParse(input, OWN_WORDS);
  if (!result.success) {
    // A forbidden key the schema found in a record is one the scan has reported already.
    const scanned = new Set(issues.map((issue) => issue.path));
    const found = toParseIssues(result.error.issues, '', input);
    issues.push(
      ...found.filter((issue) => issue.message !== 'forbidden key' || !scanned.has(issue.path)),
    );
    // cross-field issues the schema's last step would find, had the shape not stopped it
    if (despiteShape !== undefined) {
      const seen = new Set(issues.map((issue) => issue.path));
      for (const issue of despiteShape(input as Readonly<Record<string, unknown>>))
        if (!seen.has(issue.path)) issues.push(issue);
    }
  }
  if (issues.length > 0 || !result.success) {
    return {
      ok: false,
      issues:
        onlyCode === undefined ? issues : issues.map((issue) => ({ ...issue, code: onlyCode })),
    };
  }
  return { ok: true, value: result.data };
}
