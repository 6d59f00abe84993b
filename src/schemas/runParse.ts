import type * as z from 'zod/mini';
import { RuleError, type RuleIssue } from '../errors/RuleError.ts';
import { findForbiddenKeys } from '../kernel/findForbiddenKeys.ts';
import { toRuleIssues } from '../kernel/toRuleIssues.ts';
import type { ParseResult } from './ParseResult.ts';

/**
 * The one way every `parseX` runs (ERR-2): scan the raw input for `__proto__`, `constructor`
 * and `prototype` keys (zod drops `__proto__` silently), validate with the schema, then bring the
 * value into the library's canonical form. A `RuleError` the canonical step throws (an instant
 * past 9999 after its offset, say) becomes an issue too, so nothing is ever thrown.
 */
export function runParse<T>(
  input: unknown,
  schema: z.ZodMiniType,
  canonical: (value: never) => T,
  what: string,
): ParseResult<T> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ path: '', message: `expected ${what} object` }] };
  }
  const issues: RuleIssue[] = findForbiddenKeys(input, '').map((path) => ({
    path,
    message: 'forbidden key',
  }));
  const result = schema.safeParse(input);
  if (!result.success) issues.push(...toRuleIssues(result.error.issues, ''));
  if (issues.length > 0 || !result.success) return { ok: false, issues };
  try {
    return { ok: true, value: canonical(result.data as never) };
  } catch (error) {
    if (error instanceof RuleError) return { ok: false, issues: error.issues };
    throw error;
  }
}
