import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import type { Order } from '../orders/types.ts';
import { orderSchema } from './orderSchema.ts';
import type { ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';

/** The fields every order has. */
const REQUIRED: readonly string[] = ['offer', 'term', 'billingFrequency'];

/**
 * Parses an order from JSON (ORD-9, ERR-2): accepts exactly what `checkOrder` accepts as its
 * order, and says what is wrong with paths (`term`, `quantity`) and the codes `checkOrder` would
 * throw.
 *
 * @param input - The order as plain data.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * import { parseOrder } from 'subscription-rules/schemas';
 * const result = parseOrder({ offer: 'microsoft-365-e3', quantity: 0, term: 'P3Y', billingFrequency: 'annual' });
 * result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code]);
 * //=> [['quantity', 'INVALID_QUANTITY']]
 * ```
 * @category Schemas
 */
export function parseOrder(input: unknown): ParseResult<Order> {
  const result = runParse(input, orderSchema(), 'expected an order object');
  if (result.ok) return result;
  // a field left out is MISSING_FIELD, as checkOrder says it, whatever zod calls it; a quantity
  // left out is no positive integer: INVALID_QUANTITY (ORD-9)
  const given = input as Readonly<Record<string, unknown>>;
  return {
    ok: false,
    issues: result.issues.map((issue) =>
      REQUIRED.includes(issue.path) && given[issue.path] === undefined
        ? { ...issue, code: RuleErrorCode.MISSING_FIELD }
        : issue.path === 'quantity' && issue.code === RuleErrorCode.MISSING_FIELD
          ? { ...issue, code: RuleErrorCode.INVALID_QUANTITY }
          : issue,
    ),
  };
}
