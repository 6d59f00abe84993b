import type { Promotion } from '../prices/types.ts';
import type { ParseResult } from './ParseResult.ts';
import { promotionSchema } from './promotionSchema.ts';
import { runParse } from './runParse.ts';

/**
 * Reads Partner Center's promotion resource from untrusted JSON (PL-5, ERR-2): {@link promotionSchema},
 * without throwing. Each pricing policy's type is read from `type` or `policyType` (Partner Center's
 * documentation and its JSON disagree); `PercentDiscount` with `value` a fraction as text (`'0.05'` is
 * 5 %) is the one type read — another is an issue, not a guess. The resource's other keys are kept.
 *
 * @param input - Untrusted data: the resource as the API returns it.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with dot paths.
 * @example
 * ```ts
 * import { parsePromotion } from 'subscription-rules/schemas';
 * const read = parsePromotion({
 *   id: '39NFJQT1PJQB:0001:39NFJQT1Q5KN', name: 'Visio Plan 1',
 *   startDate: '2021-09-23T00:00:00+00:00', endDate: '2021-10-14T23:59:59+00:00',
 *   requiredProducts: [{ productId: 'CFQ7TTC0HD33', skuId: '0003',
 *     term: { duration: 'P1Y', billingCycle: 'Annual' },
 *     pricingPolicies: [{ policyType: 'PercentDiscount', value: '0.05' }] }],
 * });
 * read.ok && [read.value.endDate, read.value.requiredProducts[0]?.pricingPolicies];
 * //=> ['2021-10-14T23:59:59.999Z', [{ type: 'PercentDiscount', value: '0.05' }]]
 * ```
 * @category Schemas
 * @see PL-5
 */
export function parsePromotion(input: unknown): ParseResult<Promotion> {
  return runParse(
    input,
    promotionSchema(),
    'expected a promotion { id, startDate, endDate, requiredProducts }',
  );
}
