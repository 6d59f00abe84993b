import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { requireNewCommerceBilling } from '../../../policy/requireNewCommerceBilling.ts';
import type { NewCommercePlan, NewCommerceSubscription } from '../types.ts';
import { readPlanPrice } from './readPlanPrice.ts';

/**
 * The plans a caller gave `allowedActions` (MID-1, MID-2), checked: a list of `{ offerId?,
 * term, billingFrequency, price }` the product is sold with (NCE-2), each price money whose amount
 * times the seats is a safe integer, in the subscription's currency; `undefined` when none.
 *
 * @throws {@link RuleError} at `options.plans` or the plan's field.
 */
export function readPlans(
  plans: unknown,
  s: Pick<NewCommerceSubscription, 'product' | 'quantity' | 'price'>,
): readonly NewCommercePlan[] | undefined {
  if (plans === undefined) return undefined;
  if (!Array.isArray(plans))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options.plans', 'expected a list of plans', plans);
  const read: NewCommercePlan[] = [];
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i] as Readonly<Record<string, unknown>> | null;
    const path = `options.plans.${i}`;
    if (typeof plan !== 'object' || plan === null)
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        path,
        'expected a plan { term, billingFrequency, price }',
        plan,
      );
    requireNewCommerceBilling(s.product, plan.term, plan.billingFrequency, path);
    const offerId = plan.offerId;
    if (offerId !== undefined && (typeof offerId !== 'string' || offerId === ''))
      fail(RuleErrorCode.INVALID_ARGUMENT, `${path}.offerId`, 'expected an offer id', offerId);
    read.push({
      ...(offerId === undefined ? {} : { offerId }),
      term: plan.term,
      billingFrequency: plan.billingFrequency as NewCommercePlan['billingFrequency'],
      price: readPlanPrice(plan.price, s.quantity, `${path}.price`, s.price),
    });
  }
  return read;
}
