import { checkedAs } from '../../kernel/checkedAs.ts';
import { optionsPolicy } from '../../policy/optionsPolicy.ts';
import type { PolicyOptions } from '../../policy/PolicyOptions.ts';
import { readExtendedServiceTerm } from '../../policy/readExtendedServiceTerm.ts';
import { estEligibility } from './machine/estEligibility.ts';
import { readState } from './machine/readState.ts';
import type { ExtendedServiceTermEligibility } from './resultTypes.ts';
import type { NewCommerceSubscription } from './types.ts';

/**
 * Whether a New Commerce subscription's current term, if it does not renew, continues into a paid
 * Extended Service Term at its end (EST-1): a `license-based` subscription (not a trial, software,
 * marketplace or usage) whose current term started on or after 2025-04-01T00:00:00Z and ends on
 * or after 2026-05-04T00:00:00Z, by the `extendedServiceTerm` section of the current term's own
 * policy (NCE-11: the one in force at the term's start, so `partner-center-nce-2025-04`'s section
 * is itself the term-start gate, EST-7), or of the caller's `{ policy }`. A policy without the
 * section makes nothing eligible. Everything not eligible keeps NCE-8: expired
 * at the term's end, disabled 30 days later, deleted 90 days after that.
 *
 * @param subscription - A New Commerce state.
 * @param options - `{ policy }`: a New Commerce policy whose section decides instead.
 * @returns `{ eligible, reason, from }`: `reason` one of `eligible`, `not-license-based`, `trial`,
 *   `term-started-before`, `term-ends-before`, `end-of-sale` (a SKU at end of sale without
 *   conversion SKUs), `no-policy-section`, `in-extended-service-term`,
 *   `ended` (cancelled, expired, disabled or deleted);
 *   `from` the term's end (or when the Extended Service Term began), else `null`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `subscription.<field>` for something that is not
 *   a New Commerce state, at `options.policy.<field>` for a policy that is not a New Commerce one
 *   or whose section is malformed.
 * @example
 * ```ts
 * import { createSubscription, extendedServiceTermEligible } from 'subscription-rules/new-commerce';
 * const sub = createSubscription({
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   quantity: 50, orderedAt: '2026-11-20T10:00:00Z',
 * });
 * extendedServiceTermEligible(sub);
 * //=> { eligible: true, reason: 'eligible', from: '2027-11-20T00:00:00.000Z' }
 * ```
 * @category New Commerce
 */
export function extendedServiceTermEligible(
  subscription: NewCommerceSubscription,
  options?: PolicyOptions,
): ExtendedServiceTermEligibility {
  checkedAs(subscription, 'subscription', readState);
  const policy = optionsPolicy(options);
  const rules = policy === undefined ? undefined : readExtendedServiceTerm(policy);
  const reason =
    policy !== undefined && rules === undefined
      ? 'no-policy-section'
      : estEligibility(subscription, rules);
  const est = subscription.extendedServiceTerm;
  return {
    eligible: reason === 'eligible' || reason === 'in-extended-service-term',
    reason,
    from:
      est !== undefined
        ? est.since
        : reason === 'eligible'
          ? (subscription.termEnd as string)
          : null,
  };
}
