import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { UsageLine } from '../types.ts';
import { type Exact, times, truncated, ZERO } from './exact.ts';
import { numbersOf } from './readNumbers.ts';
import { requireDecimal } from './requireInputs.ts';
import { requireUsageLine } from './requireUsageLine.ts';

/** A checked line and its numbers, exact, as every USG check reads them. */
export interface LineContext {
  readonly line: UsageLine;
  readonly currency: CurrencyCode;
  readonly exponent: number;
  readonly quantity: Exact;
  /** EffectiveUnitPrice. */
  readonly price: Exact;
  /** PCToBCExchangeRate. */
  readonly rate: Exact;
  /** BillingPreTaxTotal, minor units. */
  readonly billed: number;
  readonly unitPrice: Exact | null;
  readonly pec: Exact | undefined;
  readonly credit: Exact;
}

/**
 * A line checked field by field (ERR-1), its numbers read once: a line `readUsageLine` made (frozen,
 * still what it read) is taken with the numbers it read, unchecked and unread again.
 */
export function lineContext(input: unknown): LineContext {
  const numbers = typeof input === 'object' && input !== null ? numbersOf(input) : undefined;
  if (numbers !== undefined) {
    const line = input as UsageLine;
    return {
      line,
      currency: line.billingCurrency,
      exponent: currencyExponents[line.billingCurrency],
      quantity: numbers.quantity,
      price: numbers.price,
      rate: numbers.rate,
      billed: line.billingPreTaxTotal.amount,
      unitPrice: numbers.unitPrice,
      pec: numbers.pec,
      credit: numbers.credit ?? ZERO,
    };
  }
  const line = requireUsageLine(input);
  return {
    line,
    currency: line.billingCurrency,
    exponent: currencyExponents[line.billingCurrency],
    quantity: requireDecimal(line.quantity, 'line.quantity'),
    price: requireDecimal(line.effectiveUnitPrice, 'line.effectiveUnitPrice'),
    rate: requireDecimal(line.exchangeRate, 'line.exchangeRate'),
    billed: line.billingPreTaxTotal.amount,
    unitPrice: line.unitPrice === null ? null : requireDecimal(line.unitPrice, 'line.unitPrice'),
    pec:
      line.pecPercentage === undefined
        ? undefined
        : requireDecimal(line.pecPercentage, 'line.pecPercentage'),
    credit:
      line.creditPercentage === undefined
        ? ZERO
        : requireDecimal(line.creditPercentage, 'line.creditPercentage'),
  };
}

/** `r_u(B)(price × quantity × rate)` of the line at `price`, minor units (USG-2). */
export function amountAt(context: LineContext, price: Exact): number {
  return Number(truncated(times(times(price, context.quantity), context.rate), context.exponent));
}

/** Whether the line carries an Azure credit (USG-5): a percentage, or a `CreditType` naming one applied. */
export function hasCredit(context: LineContext): boolean {
  const type = context.line.creditType;
  return (
    context.credit.units !== 0n ||
    (type !== undefined &&
      /credit applied/i.test(type) &&
      !/not applied|partner earned/i.test(type))
  );
}

/** Whether the line's publisher is another than Microsoft (a marketplace product). */
export function isMarketplace(line: UsageLine): boolean {
  return line.publisherName !== null && !/^microsoft\b/i.test(line.publisherName);
}
