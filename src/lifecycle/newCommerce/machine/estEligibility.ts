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
  if (rules !== undefined) return termEligibility(s.product, s.termStart, s.termEnd, rules);
  // the catalog's answer for the term last asked about, by its texts: a state's term repeats
  // from one call to the next, and every time-driven step of a state without auto-renew asks
  const last = lastAsked;
  if (s.termStart === last.termStart && s.termEnd === last.termEnd && s.product === last.product)
    return last.reason;
  const reason = termEligibility(s.product, s.termStart, s.termEnd, estRulesAt(s.termEnd));
  lastAsked = { termStart: s.termStart, termEnd: s.termEnd, product: s.product, reason };
  return reason;
}

/** The catalog's last answer, with the term's start, end and product it was given for. */
let lastAsked: {
  readonly termStart: string | null;
  readonly termEnd: string | null;
  readonly product: string | null;
  readonly reason: ExtendedServiceTermReason;
} = { termStart: null, termEnd: null, product: null, reason: 'no-term' };

/** Eligibility of a term by a section's products and dates (EST-1). */
function termEligibility(
  product: string,
  termStart: string,
  termEnd: string,
  section: ExtendedServiceTermRules | undefined,
): ExtendedServiceTermReason {
  if (section === undefined) return 'not-in-policy';
  if (!section.products.includes(product as never)) return 'product';
  if (Date.parse(termStart) < Date.parse(section.termStartedFrom)) return 'term-started-before';
  if (Date.parse(termEnd) < Date.parse(section.termEndingFrom)) return 'term-ends-before';
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
