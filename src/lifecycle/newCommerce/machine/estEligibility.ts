import { newCommerceCatalogRules } from '../../../policy/newCommerceRulesInForceAt.ts';
import type { ExtendedServiceTermRules } from '../../../policy/types.ts';
import type { ExtendedServiceTermReason } from '../resultTypes.ts';
import type { EndOfSale, EndOfTermAction, ExtendedServiceTerm } from '../types.ts';

/** What eligibility reads of a state, a draft or a caller's (EST-1). */
interface EstView {
  readonly status: string;
  readonly policyId: string;
  readonly product: string;
  readonly termStart: string | null;
  readonly termEnd: string | null;
  readonly autoRenew: boolean;
  readonly endOfTerm?: EndOfTermAction;
  readonly extendedServiceTerm?: ExtendedServiceTerm;
  readonly endOfSale?: EndOfSale;
}

import { findRules } from './policyRules.ts';

/**
 * The Extended Service Term section of a state's current term (EST-1, EST-7): the one of its own
 * policy (`policyId`, the catalog policy in force at the term's start, NCE-11), or `undefined`
 * when that policy has none, so the section's policy is itself the term-start gate.
 */
export function estRules(s: EstView): ExtendedServiceTermRules | undefined {
  return findRules(s.policyId)?.extendedServiceTerm;
}

/**
 * Why a state can or cannot continue into an Extended Service Term at its current term's end
 * (EST-1, EST-7): already in one; a trial; a subscription that has ended; no section in the
 * policy; a product the section leaves out; a term started before `termStartedFrom` or ending
 * before `termEndingFrom` (both inclusive); a SKU at end of sale without conversion SKUs
 * (`endOfSale` `end-of-sale`, EST-1 added 2026-11-27). `rules` defaults to the section of the state's own
 * policy; a caller's policy without the section is answered `no-policy-section` by its caller.
 */
export function estEligibility(
  s: EstView,
  rules: ExtendedServiceTermRules | undefined = estRules(s),
): ExtendedServiceTermReason {
  if (s.extendedServiceTerm !== undefined) return 'in-extended-service-term';
  if (s.status === 'trial') return 'trial';
  if (s.status !== 'active' && s.status !== 'suspended') return 'ended';
  if (rules === undefined) return 'no-policy-section';
  if (s.endOfSale === 'end-of-sale') return 'end-of-sale';
  const { termStart, termEnd, product } = s;
  // the answer for the section and term last asked about, by identity and texts: a state's term
  // repeats from one call to the next, and every time-driven step of a state without auto-renew asks
  if (rules === asked[0] && termStart === asked[1] && termEnd === asked[2] && product === asked[3])
    return answer;
  const reason: ExtendedServiceTermReason = !rules.products.includes(product as never)
    ? 'not-license-based'
    : Date.parse(termStart as string) < Date.parse(rules.termStartedFrom)
      ? 'term-started-before'
      : Date.parse(termEnd as string) < Date.parse(rules.termEndingFrom)
        ? 'term-ends-before'
        : 'eligible';
  asked = [rules, termStart, termEnd, product];
  answer = reason;
  return reason;
}

/** The section, term start, end and product the last answer was given for, and the answer. */
let asked: readonly unknown[] = [];
let answer: ExtendedServiceTermReason = 'eligible';

/** Whether a state's term, at its end, continues into an Extended Service Term when not renewed. */
export function estEligible(s: EstView): boolean {
  return estEligibility(s) === 'eligible';
}

/** The newest catalog policy's section (EST-1, EST-3): the uplifts and dates in force now. */
export function newestEstRules(): ExtendedServiceTermRules {
  let found: ExtendedServiceTermRules | undefined;
  for (const rules of newCommerceCatalogRules) found = rules.extendedServiceTerm ?? found;
  return found as ExtendedServiceTermRules;
}

/**
 * A state's end-of-term option (EST-2): its own, or for a state stored before the options existed
 * (no `endOfTerm`), the one Partner Center gives it — `renew` with auto-renew on; off, the
 * Extended Service Term where the term is eligible (no explicit cancel was ever sent, E2.5), else
 * `cancel` (the expiry path of NCE-8).
 */
export function endOfTermOf(s: EstView): EndOfTermAction {
  return (
    (s.endOfTerm as EndOfTermAction | undefined) ??
    (s.autoRenew ? 'renew' : estEligible(s) ? 'extended-service-term' : 'cancel')
  );
}
