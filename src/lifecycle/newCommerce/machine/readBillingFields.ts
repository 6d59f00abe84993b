import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { BILLING_FREQUENCY_MONTHS } from '../../../policy/vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../../../policy/vocabulary/newCommerceTerms.ts';
import { readMoney } from '../../../pricing/readMoney.ts';

/**
 * Checks an event's own term, billing frequency and price fields, whatever the state (ERR-1,
 * MID-1, MID-2): a term of `P1M`, `P1Y`, `P2Y`, `P3Y` when `term` is not `undefined`, a billing
 * frequency of `monthly`, `annual`, `triennial`, a price as money ≥ 0 (required).
 *
 * @throws {@link RuleError} at `event.term`, `event.billingFrequency` or `event.price`.
 */
export function readBillingFields(
  term: unknown,
  billingFrequency: unknown,
  price: unknown,
  withTerm: boolean,
): void {
  if (withTerm && (typeof term !== 'string' || !Object.hasOwn(NEW_COMMERCE_TERM_MONTHS, term)))
    fail(
      term === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      'event.term',
      'expected one of {allowed}',
      term,
      Object.keys(NEW_COMMERCE_TERM_MONTHS).join(', '),
    );
  if (
    typeof billingFrequency !== 'string' ||
    !Object.hasOwn(BILLING_FREQUENCY_MONTHS, billingFrequency)
  )
    fail(
      billingFrequency === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      'event.billingFrequency',
      'expected one of {allowed}',
      billingFrequency,
      Object.keys(BILLING_FREQUENCY_MONTHS).join(', '),
    );
  const money = readMoney(price, 'event.price');
  if (money.amount < 0)
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'event.price.amount',
      'expected a unit price ≥ 0',
      money.amount,
    );
}
