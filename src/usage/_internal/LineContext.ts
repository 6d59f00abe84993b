import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { UsageLine } from '../types.ts';
import { type Exact, ten, ZERO } from './exact.ts';
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
  const { quantity, rate, exponent } = context;
  const units = price.units * quantity.units * rate.units;
  const scale = price.scale + quantity.scale + rate.scale;
  // truncated toward zero at the currency's unit, as `truncated` does: no object made between
  return Number(scale <= exponent ? units * ten(exponent - scale) : units / ten(scale - exponent));
}

/** Whether the line carries an Azure credit (USG-5): a percentage, or a `CreditType` naming one applied. */
export function hasCredit(context: LineContext): boolean {
  if (context.credit.units !== 0n) return true;
  const type = context.line.creditType;
  if (type === undefined) return false;
  // a file's lines repeat a few credit types: the one read last is answered again
  if (type !== lastType) {
    lastType = type;
    lastNames = /credit applied/i.test(type) && !/not applied|partner earned/i.test(type);
  }
  return lastNames;
}

/** The credit type {@link hasCredit} read last, and whether it names an Azure credit applied. */
let lastType: string | undefined;
let lastNames = false;

/** Whether the line's publisher is another than Microsoft (a marketplace product). */
export function isMarketplace(line: UsageLine): boolean {
  return line.publisherName !== null && !/^microsoft\b/i.test(line.publisherName);
}
