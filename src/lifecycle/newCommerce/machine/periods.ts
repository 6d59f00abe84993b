import type { BillingFrequency } from '../../../policy/vocabulary/billingFrequencies.ts';
import { BILLING_FREQUENCY_MONTHS } from '../../../policy/vocabulary/billingFrequencies.ts';
import type { NewCommerceTerm } from '../../../policy/vocabulary/newCommerceTerms.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../../../policy/vocabulary/newCommerceTerms.ts';
import { partnerCenterCharge } from '../../../pricing/partnerCenterCharge.ts';
import { addMonthsClamped } from '../../../time/addMonthsClamped.ts';
import {
  type BilledTerm,
  type BillingPeriod,
  billingPeriodAt,
} from '../../../time/billingPeriodAt.ts';
import { daysBetween } from '../../../time/daysBetween.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import { startOfUtcDay } from '../../../time/startOfUtcDay.ts';
import type { NewCommerceSubscription } from '../types.ts';
import type { NewCommerceDraft } from './cloneState.ts';

type State = NewCommerceDraft | NewCommerceSubscription;

/**
 * The last term read, by the texts it was read from: a state's dates repeat from one call to the
 * next (and within one, for its credit and its charge), so a hit — decided by the texts and
 * numbers alone — skips parsing them again. It cannot change an answer.
 */
let lastTerm: BilledTerm | undefined;
let lastKey: unknown[] = [];

/**
 * The current term of a state as its billing periods see it (NCE-3, NCE-11): from `termStart` to
 * `termEnd`, the boundaries counted from `termStart`'s own date (S is the current term's start, so
 * a term renewed on 28 February after a purchase on the 29th bills on the 28th). After a mid-term
 * billing frequency change the periods count from the change's start instead (MID-2), to `termEnd`.
 */
export function billedTerm(s: State): BilledTerm {
  const k = lastKey;
  const start = s.termStart;
  const end = s.termEnd;
  if (
    lastTerm !== undefined &&
    k[0] === start &&
    k[1] === end &&
    k[2] === s.billingPeriodsFrom &&
    k[3] === s.term
  ) {
    // the texts now held, equal in content: the next call's are these same strings, which
    // compare by identity (a text equal to the key but not it is compared character by character)
    k[0] = start;
    k[1] = end;
    return lastTerm;
  }
  const endMs = parseInstant(s.termEnd, 'subscription.termEnd');
  const from = s.billingPeriodsFrom;
  const term: BilledTerm =
    from !== undefined
      ? { startMs: parseInstant(from, 'subscription.billingPeriodsFrom'), endMs }
      : {
          startMs: parseInstant(s.termStart, 'subscription.termStart'),
          endMs,
          months: NEW_COMMERCE_TERM_MONTHS[s.term as NewCommerceTerm],
        };
  lastKey = [s.termStart, s.termEnd, from, s.term];
  lastTerm = term;
  return term;
}

/**
 * The period last found, and the term (a {@link billedTerm} object, never changed) and period
 * length it was found in: a state's calls ask about one period after another, and the periods tile
 * the term, so an instant inside it is in it.
 */
let lastPeriod: BillingPeriod = { startMs: 0, endMs: 0, index: 0 };
let lastPeriodTerm: BilledTerm | undefined;
let lastMonths = 0;

/** The billing period of the state's current term that contains `atMs` (NCE-3, NCE-11). */
export function periodAt(s: State, atMs: number, term: BilledTerm = billedTerm(s)): BillingPeriod {
  const months = BILLING_FREQUENCY_MONTHS[s.billingFrequency as BillingFrequency];
  const p = lastPeriod;
  if (term === lastPeriodTerm && months === lastMonths && atMs >= p.startMs && atMs < p.endMs)
    return p;
  lastPeriodTerm = term;
  lastMonths = months;
  lastPeriod = billingPeriodAt(term, months, atMs);
  return lastPeriod;
}

/**
 * D of a billing period (NCE-5, MID-3): its nominal length in UTC days. Only a last period cut
 * short by the term's end — an aligned term's (MID-3), or one after a billing frequency change
 * (MID-2) — is shorter than that; every other period is its own D.
 */
export function nominalDays(s: State, period: BillingPeriod, term: BilledTerm): number {
  const days = daysBetween(period.startMs, period.endMs);
  if (period.endMs < term.endMs) return days;
  const months = BILLING_FREQUENCY_MONTHS[s.billingFrequency as BillingFrequency];
  const nominalEnd = addMonthsClamped(startOfUtcDay(term.startMs), (period.index + 1) * months);
  return Math.max(days, daysBetween(period.startMs, nominalEnd));
}

/**
 * What a whole billing period charges for `quantity` seats (CHG-1, MID-3): P·Q, or for a period
 * shorter than its nominal D, Partner Center's proration over its own days of that D.
 */
export function periodCharge(
  price: number,
  quantity: number,
  days: number,
  nominal: number,
): number {
  return days < nominal ? partnerCenterCharge(price, quantity, nominal, days) : price * quantity;
}
