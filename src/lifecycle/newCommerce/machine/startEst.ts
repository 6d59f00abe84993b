import type { ExtendedServiceTermRules } from '../../../policy/types.ts';
import type { ExtendedServiceTermBase } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';
import { estRules } from './estEligibility.ts';
import { estQuote } from './estQuote.ts';
import { startTerm } from './terms.ts';

/**
 * The base an Extended Service Term is priced from (EST-3): the one given (`set-end-of-term`, the
 * reader's option), else a monthly-term subscription's own price (its monthly-term price for a
 * month, **decided**), else none.
 */
export function estBaseOf(s: NewCommerceDraft): ExtendedServiceTermBase | undefined {
  if (s.extendedServiceTermBase !== undefined) return s.extendedServiceTermBase;
  if (s.term === 'P1M' && s.billingFrequency === 'monthly' && s.price !== null)
    return { basePrice: s.price, monthlyPlan: true };
  return undefined;
}

/**
 * Starts the Extended Service Term at the term's end `at`, in place (EST-3): status `active`,
 * auto-renew off, `endOfTerm` `extended-service-term`, a one-month monthly term from `at` (NCE-3
 * months, renewed every month with no end), the same seats as one batch that takes no reduction,
 * priced `basePrice × (1 + uplift)` from its base, or unpriced without one.
 */
export function startEst(s: NewCommerceDraft, at: string, atMs: number): void {
  // only an eligible term gets here (deadlineOf), so its policy has the section
  const rules = estRules(s) as ExtendedServiceTermRules;
  const base = estBaseOf(s);
  const quote = base === undefined ? undefined : estQuote(base, rules);
  s.extendedServiceTerm = {
    since: at,
    basePrice: quote?.basePrice ?? null,
    uplift: quote?.uplift ?? rules.monthlyPlanUplift,
  };
  delete s.extendedServiceTermBase;
  // an Extended Service Term is no purchase or renewal: no promotion (PL-5, decided)
  delete s.promotion;
  s.term = 'P1M';
  s.billingFrequency = 'monthly';
  s.price = quote?.unitPrice ?? null;
  s.autoRenew = false;
  s.endOfTerm = 'extended-service-term';
  s.scheduled = null;
  startTerm(s, at, atMs, true);
}
