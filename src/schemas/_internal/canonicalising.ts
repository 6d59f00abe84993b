import * as z from 'zod/mini';
import { RuleError } from '../../errors/RuleError.ts';

/** The key of a zod issue's `params` that carries the `RuleErrorCode` of a canonical step. */
export const RULE_ERROR_CODE = 'ruleErrorCode';

/** A dot path as zod's path: segments, list indexes as numbers, `''` as the value itself. */
function zodPath(path: string): (string | number)[] {
  if (path === '') return [];
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * A schema whose output is the value as the matching `parseX` returns it (ERR-2): the shape
 * checked by `shape`, then `canonical` (instants in `toISOString()` form, markets as codes, the
 * cross-field rules). A `RuleError` the canonical step throws becomes one zod issue per problem,
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
