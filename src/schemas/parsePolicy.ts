import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import type { Policy } from '../policy/types.ts';
import type { ParseResult } from './ParseResult.ts';
import { policySchema } from './policySchema.ts';
import { runParse } from './runParse.ts';

/**
 * Validates untrusted JSON as a `Policy` without throwing (ERR-2, POL-1): {@link policySchema}, the
 * zod schema of the policy's shape followed by the same consistency checks `definePolicy` makes
 * (duplicates, product rules that contradict each other, `inForceFrom`). Accepts and rejects
 * exactly what `definePolicy` accepts and rejects; every issue has the code `INVALID_POLICY`.
 *
 * @param input - Untrusted data, e.g. a parsed request body.
 * @returns `{ ok: true, value }` with the canonical policy (deep-frozen, as `definePolicy` returns
 *   it), or `{ ok: false, issues }`.
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
  return runParse(input, policySchema(), 'expected a policy object', RuleErrorCode.INVALID_POLICY);
}
