import { readMoney } from '../../../pricing/readMoney.ts';
import { readUplift } from '../../../pricing/readUplift.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import { readUnitPrice } from '../../readUnitPrice.ts';
import { bad } from './bad.ts';

/** The three end-of-term options (EST-2), in the order `allowedActions` lists them. */
export const END_OF_TERM_ACTIONS = ['renew', 'extended-service-term', 'cancel'] as const;

/**
 * Checks a state's end-of-term fields (EST-2, EST-3): `endOfTerm` one of the three options and in
 * step with `autoRenew` (`renew` exactly when it is on), never `extended-service-term` in a trial;
 * the base given for an Extended Service Term; and the Extended Service Term itself, a monthly
 * one-month term. A state without `endOfTerm` was stored before the options existed: its option
 * follows from `autoRenew` and eligibility (`endOfTermOf`), so it passes, unless it is in an
 * Extended Service Term, which only a state with the options can be.
 */
export function readEndOfTerm(s: Readonly<Record<string, unknown>>, total: number): void {
  const end = s.endOfTerm;
  const est = s.extendedServiceTerm as Readonly<Record<string, unknown>> | undefined;
  if (end !== undefined || est !== undefined) {
    // compared in place: `includes` was a builtin call on every state read
    if (end !== 'renew' && end !== 'extended-service-term' && end !== 'cancel')
      bad(
        'subscription.endOfTerm',
        'expected one of {allowed}',
        end,
        END_OF_TERM_ACTIONS.join(', '),
      );
    if (
      (end === 'renew') !== s.autoRenew ||
      (end === 'extended-service-term' && s.status === 'trial')
    )
      bad(
        'subscription.endOfTerm',
        'expected renew exactly when autoRenew is true (renew or cancel in a trial)',
        end,
      );
  }
  let path = 'subscription.extendedServiceTermBase';
  const base = s.extendedServiceTermBase as Readonly<Record<string, unknown>> | undefined;
  if (base !== undefined) {
    if (typeof base !== 'object' || base === null) bad(path, 'expected an object', base);
    readUnitPrice(base.basePrice, total, `${path}.basePrice`);
    if (typeof base.monthlyPlan !== 'boolean')
      bad(`${path}.monthlyPlan`, 'expected true or false', base.monthlyPlan);
  }
  if (est === undefined) return;
  path = 'subscription.extendedServiceTerm';
  if (typeof est !== 'object' || est === null) bad(path, 'expected an object', est);
  // a resource read as in its Extended Service Term does not say since when (EST-7)
  if (est.since !== null) parseInstant(est.since, `${path}.since`);
  if (est.basePrice !== null) readMoney(est.basePrice, `${path}.basePrice`);
  readUplift(est.uplift, `${path}.uplift`);
  if (s.term !== 'P1M' || s.billingFrequency !== 'monthly' || end !== 'extended-service-term')
    bad(
      'subscription.term',
      'expected {expected} in an Extended Service Term',
      s.term,
      'P1M billed monthly, endOfTerm extended-service-term',
    );
}
