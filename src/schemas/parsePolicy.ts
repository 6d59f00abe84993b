import { RuleError } from '../errors/RuleError.ts';
import { definePolicy } from '../policy/definePolicy.ts';
import type { Policy } from '../policy/types.ts';
import type { ParseResult } from './ParseResult.ts';

/**
 * Validates untrusted JSON as a `Policy` without throwing (SPEC ERR-2): the non-throwing form
 * of `definePolicy`, with the same checks.
 *
 * @param input - Untrusted data, e.g. a parsed request body.
 * @returns `{ ok: true, value }` with the canonical policy, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * import { parsePolicy } from 'subscription-rules/schemas';
 * const result = parsePolicy({ id: 'broken' });
 * result.ok;
 * //=> false
 * ```
 * @category Schemas
 */
export function parsePolicy(input: unknown): ParseResult<Policy> {
  try {
    return { ok: true, value: definePolicy(input) };
  } catch (error) {
    if (error instanceof RuleError) return { ok: false, issues: error.issues };
    throw error;
  }
}
