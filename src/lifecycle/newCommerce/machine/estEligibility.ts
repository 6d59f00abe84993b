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
  const { termStart, termEnd, product } = s;
  if (termStart === null || termEnd === null) return 'no-term';
  // the catalog's answer for the term last asked about, by its texts: a state's term repeats from
  // one call to the next, and every time-driven step of a state without auto-renew asks
  const catalog = rules === undefined;
  if (catalog && termStart === asked[0] && termEnd === asked[1] && product === asked[2])
    return answer;
  const section = rules ?? estRulesAt(termEnd);
  const reason =
    section === undefined
      ? 'not-in-policy'
      : !section.products.includes(product as never)
        ? 'product'
        : Date.parse(termStart) < Date.parse(section.termStartedFrom)
          ? 'term-started-before'
          : Date.parse(termEnd) < Date.parse(section.termEndingFrom)
            ? 'term-ends-before'
            : 'eligible';
  if (catalog) {
    asked = [termStart, termEnd, product];
    answer = reason;
  }
  return reason;
}

/** The term's start, end and product the catalog's last answer was given for, and the answer. */
let asked: readonly (string | null)[] = [];
let answer: ExtendedServiceTermReason = 'no-term';

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
