import * as z from 'zod/mini';
import { RuleError } from '../../errors/RuleError.ts';
import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { findForbiddenKeys } from '../../kernel/findForbiddenKeys.ts';
import type { KeyedIssue } from '../../kernel/issueOf.ts';

/** The key of a zod issue's `params` that carries the `RuleErrorCode` of a canonical step. */
export const RULE_ERROR_CODE = 'ruleErrorCode';
/** The keys of a zod issue's `params` that carry a canonical step's message key and parameters (MSG-1). */
export const MESSAGE_ID = 'messageId';
export const MESSAGE_PARAMS = 'messageParams';

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
        for (const issue of keyedIssues(error)) {
          ctx.issues.push({
            code: 'custom',
            message: issue.message,
            path: zodPath(issue.path),
            input: value,
            params: {
              [RULE_ERROR_CODE]: error.code,
              [MESSAGE_ID]: issue.messageId,
              [MESSAGE_PARAMS]: issue.params,
            },
          });
        }
        return z.NEVER as T;
      }
    }),
  ) as unknown as z.ZodMiniType<T, unknown>;
}

/**
 * The issues of a canonical step's `RuleError`, each with its message key (MSG-1). A check that
 * collects issues keys them itself; the one issue of an error a guard threw is its message, whose
 * key and parameters are the error's: it is given as the part after its path
 * (`expected …, got …`), since the issue names its field already.
 */
export function keyedIssues(error: RuleError): KeyedIssue[] {
  return error.issues.map((issue) => {
    if (typeof issue.messageId === 'string')
      return { ...issue, messageId: issue.messageId, params: issue.params ?? {} };
    const head = `${error.path ?? ''}: `;
    return error.messageId !== undefined && issue.message.startsWith(head)
      ? {
          path: issue.path,
          message: issue.message.slice(head.length),
          messageId: error.messageId,
          params: error.params ?? {},
        }
      : { ...issue, messageId: issue.message, params: {} };
  });
}
