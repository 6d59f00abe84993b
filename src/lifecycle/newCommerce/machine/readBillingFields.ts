import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { BILLING_FREQUENCY_MONTHS } from '../../../policy/vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../../../policy/vocabulary/newCommerceTerms.ts';
import { readMoney } from '../../../pricing/readMoney.ts';

/**
 * One of a vocabulary's keys at `<at>.<field>`, when given or `required`; the path is spelt out
 * only in the error (a check that passes builds nothing).
 */
function oneOf(value: unknown, table: object, at: string, field: string, required: boolean): void {
  if (
    (value !== undefined || required) &&
    !(typeof value === 'string' && Object.hasOwn(table, value))
  )
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      `${at}.${field}`,
      'expected one of {allowed}',
      value,
      Object.keys(table).join(', '),
    );
}

/**
 * Checks an event's own term, billing frequency and price fields, whatever the state (ERR-1,
 * NCE-7, MID-1, MID-2): a term of `P1M`, `P1Y`, `P2Y`, `P3Y`, a billing frequency of `monthly`,
 * `annual`, `triennial`, a price as money ≥ 0 — each when given, and required where `required`
 * says so (`[term, billingFrequency, price]`).
 *
 * @param at - The object holding them, `event` unless said (`request.to`).
 * @throws {@link RuleError} at `<at>.term`, `<at>.billingFrequency` or `<at>.price`.
 */
export function readBillingFields(
  term: unknown,
  billingFrequency: unknown,
  price: unknown,
  required: readonly [boolean, boolean, boolean],
  at = 'event',
): void {
  oneOf(term, NEW_COMMERCE_TERM_MONTHS, at, 'term', required[0]);
  oneOf(billingFrequency, BILLING_FREQUENCY_MONTHS, at, 'billingFrequency', required[1]);
  if (price === undefined && !required[2]) return;
  const money = readMoney(price, `${at}.price`);
  if (money.amount < 0)
    fail(RuleErrorCode.INVALID_AMOUNT, `${at}.price.amount`, 'must not be negative', money.amount);
}
