import * as z from 'zod/mini';
import { RuleError } from '../../errors/RuleError.ts';
import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { findForbiddenKeys } from '../../kernel/findForbiddenKeys.ts';

/** The key of a zod issue's `params` that carries the `RuleErrorCode` of a canonical step. */
export const RULE_ERROR_CODE = 'ruleErrorCode';

/** A dot path as zod's path: segments, list indexes as numbers, `''` as the value itself. */
function zodPath(path: string): (string | number)[] {
  if (path === '') return [];
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * A schema whose output is the value as the matching `parseX` returns it (ERR-2): the shape
 * checked by `shape`, then `constructor` and `prototype` keys refused where the shape let them
 * through (a record's keys; zod itself drops `__proto__`), then `canonical` (instants in
 * `toISOString()` form, markets as codes, the cross-field rules). A `RuleError` the canonical step throws becomes one zod issue per problem,
 * at the field's path, with the error's code in `params`, so a schema nested in a caller's own
 * `z.object` reports it at the right place and `parseX` keeps its codes.
 *
 * @param shape - The schema of the JSON shape.
 * @param canonical - The canonical step; throws a `RuleError` for what the rules refuse.
 * @returns The schema.
 */
export function canonicalising<T>(
  shape: z.ZodMiniType,
  canonical: (value: never) => T,
): z.ZodMiniType<T, unknown> {
  return z.pipe(
    shape,
    z.transform((value: unknown, ctx) => {
      const forbidden = findForbiddenKeys(value, '');
      for (const path of forbidden) {
        ctx.issues.push({
          code: 'custom',
          message: 'forbidden key',
          path: zodPath(path),
          input: value,
          params: { [RULE_ERROR_CODE]: RuleErrorCode.INVALID_ARGUMENT },
        });
      }
      if (forbidden.length > 0) return z.NEVER as T;
      try {
        return canonical(value as never);
      } catch (error) {
        if (!(error instanceof RuleError)) throw error;
        for (const issue of error.issues) {
          ctx.issues.push({
            code: 'custom',
            message: issue.message,
            path: zodPath(issue.path),
            input: value,
            params: { [RULE_ERROR_CODE]: error.code },
          });
        }
        return z.NEVER as T;
      }
    }),
  ) as unknown as z.ZodMiniType<T, unknown>;
}
