import {
  newCommerceCatalogRules,
  newCommerceRulesInForceAt,
} from '../../../policy/newCommerceRulesInForceAt.ts';
import type { ExtendedServiceTermRules } from '../../../policy/types.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import type { ExtendedServiceTermReason } from '../resultTypes.ts';
import type { NewCommerceSubscription } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';

/**
 * The Extended Service Term section that decides a term's end (EST-1): the catalog policy's in
 * force at that end, or `undefined` when it has none.
 */
export function estRulesAt(termEnd: string): ExtendedServiceTermRules | undefined {
  return newCommerceRulesInForceAt(parseInstant(termEnd, 'subscription.termEnd'))
    .extendedServiceTerm;
}

/**
 * Why a state can or cannot continue into an Extended Service Term at its current term's end
 * (EST-1): already in one; a trial or a state with no term; a product the section leaves out; a
 * term started before `termStartedFrom` or ending before `termEndingFrom` (both inclusive); no
 * section at all. `rules` defaults to the catalog's at the term's end.
 */
export function estEligibility(
  s: NewCommerceDraft | NewCommerceSubscription,
  rules?: ExtendedServiceTermRules,
): ExtendedServiceTermReason {
  if (s.extendedServiceTerm !== undefined) return 'in-extended-service-term';
  if (s.status === 'trial') return 'trial';
  if (s.termStart === null || s.termEnd === null) return 'no-term';
  const section = rules ?? estRulesAt(s.termEnd);
  if (section === undefined) return 'not-in-policy';
  if (!section.products.includes(s.product as never)) return 'product';
  if (Date.parse(s.termStart) < Date.parse(section.termStartedFrom)) return 'term-started-before';
  if (Date.parse(s.termEnd) < Date.parse(section.termEndingFrom)) return 'term-ends-before';
  return 'eligible';
}

/** Whether a state's term, at its end, continues into an Extended Service Term when not renewed. */
export function estEligible(s: NewCommerceDraft | NewCommerceSubscription): boolean {
  return estEligibility(s) === 'eligible';
}

/** The newest catalog policy's section (EST-1, EST-3): the uplifts and dates in force now. */
export function newestEstRules(): ExtendedServiceTermRules {
  let found: ExtendedServiceTermRules | undefined;
  for (const rules of newCommerceCatalogRules) found = rules.extendedServiceTerm ?? found;
  return found as ExtendedServiceTermRules;
}
