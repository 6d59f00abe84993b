import { readMoney } from '../../../pricing/readMoney.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import { checkLinePrice } from '../../_internal/checkLinePrice.ts';
import { bad } from './bad.ts';

/** The three end-of-term options (EST-2), in the order `allowedActions` lists them. */
export const END_OF_TERM_ACTIONS = ['renew', 'extended-service-term', 'cancel'] as const;

/** What a state in an Extended Service Term must hold (EST-3). */
const IN_EST = 'expected {expected} in an Extended Service Term';

/**
 * Checks a state's end-of-term fields (EST-2, EST-3): `endOfTerm` one of the three options and in
 * step with `autoRenew` (`renew` exactly when it is on), never `extended-service-term` in a trial;
 * the base given for an Extended Service Term; and the Extended Service Term itself, a monthly
 * one-month term.
 */
export function readEndOfTerm(s: Readonly<Record<string, unknown>>, total: number): void {
  const end = s.endOfTerm;
  if (!(END_OF_TERM_ACTIONS as readonly unknown[]).includes(end))
    bad('subscription.endOfTerm', 'expected one of {allowed}', end, END_OF_TERM_ACTIONS.join(', '));
  if (
    (end === 'renew') !== s.autoRenew ||
    (end === 'extended-service-term' && s.status === 'trial')
  )
    bad(
      'subscription.endOfTerm',
      'expected renew exactly when autoRenew is true (renew or cancel in a trial)',
      end,
    );
  const base = s.extendedServiceTermBase as Readonly<Record<string, unknown>> | undefined;
  if (base !== undefined) {
    const path = 'subscription.extendedServiceTermBase';
    if (typeof base !== 'object' || base === null) bad(path, 'expected an object', base);
    const price = readMoney(base.basePrice, `${path}.basePrice`);
    checkLinePrice(price.amount, total, `${path}.basePrice.amount`);
    if (typeof base.monthlyPlan !== 'boolean')
      bad(`${path}.monthlyPlan`, 'expected true or false', base.monthlyPlan);
  }
  const est = s.extendedServiceTerm as Readonly<Record<string, unknown>> | undefined;
  if (est === undefined) return;
  const path = 'subscription.extendedServiceTerm';
  if (typeof est !== 'object' || est === null) bad(path, 'expected an object', est);
  parseInstant(est.since, `${path}.since`);
  if (est.basePrice !== null) readMoney(est.basePrice, `${path}.basePrice`);
  if (!Number.isSafeInteger(est.uplift) || (est.uplift as number) < 0)
    bad(`${path}.uplift`, 'expected an integer ≥ {min}', est.uplift, '0');
  if (s.term !== 'P1M' || s.billingFrequency !== 'monthly' || end !== 'extended-service-term')
    bad('subscription.term', IN_EST, s.term, 'P1M billed monthly, endOfTerm extended-service-term');
}
