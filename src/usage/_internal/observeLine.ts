import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { UsageLine } from '../types.ts';
import { amountText } from './amountText.ts';
import {
  compareExact,
  type Exact,
  exactText,
  plus,
  rounded,
  same,
  times,
  truncated,
  ZERO,
} from './exact.ts';
import { priceAfter } from './priceAfter.ts';
import type { UsageOptions } from './readUsageOptions.ts';
import { remedyOf } from './remedyOf.ts';
import { requireCurrency, requireDecimal } from './requireInputs.ts';
import { requireUsageLine } from './requireUsageLine.ts';
import { usageSentence } from './texts/usageTextsFor.ts';
import { type PecDay, tallyRow, type UsageState } from './UsageState.ts';

const HUNDRED: Exact = { units: 100n, scale: 0 };

/** `r_u(B)(price × quantity × rate)`, minor units (USG-2). */
function amount(price: Exact, quantity: Exact, rate: Exact, exponent: number): number {
  return Number(truncated(times(times(price, quantity), rate), exponent));
}

/** Whether the file's price is the exact one, truncated or rounded at the file's own decimals. */
function samePrice(printed: Exact, exact: Exact): boolean {
  if (same(printed, exact)) return true;
  if (exact.scale <= printed.scale) return false;
  return (
    truncated(exact, printed.scale) === printed.units ||
    rounded(exact, printed.scale) === printed.units
  );
}

/** Why a meter earns no PEC (USG-3), or `''`. */
function exclusion(line: UsageLine, options: UsageOptions): PecDay['reason'] {
  const listed =
    line.meterId === null ? undefined : options.prices?.get(line.meterId.toLowerCase());
  if (listed?.thirdParty === true) return 'third-party';
  if (line.publisherName !== null && !/^microsoft\b/i.test(line.publisherName))
    return 'marketplace';
  if (/\bspot\b/i.test(`${line.meterName ?? ''} ${line.meterSubCategory ?? ''}`)) return 'spot';
  return '';
}

/** Whether a `CreditType` names an Azure credit applied (U10, U17). */
function creditApplied(type: string | undefined): boolean {
  return (
    type !== undefined && /credit applied/i.test(type) && !/not applied|partner earned/i.test(type)
  );
}

/**
 * Adds one read line to the state (USG-2 … USG-5): its arithmetic, its PEC day, its credit, its
 * invoice key's day. Entries are per key and day, never per line.
 */
export function observeLine(state: UsageState, options: UsageOptions, input: UsageLine): void {
  const line = requireUsageLine(input);
  const currency = requireCurrency(line.billingCurrency, 'line.billingCurrency');
  const pricing = requireCurrency(line.pricingCurrency, 'line.pricingCurrency');
  const quantity = requireDecimal(line.quantity, 'line.quantity');
  const price = requireDecimal(line.effectiveUnitPrice, 'line.effectiveUnitPrice');
  const rate = requireDecimal(line.exchangeRate, 'line.exchangeRate');
  const billed = line.billingPreTaxTotal.amount;
  const unitPrice =
    line.unitPrice === null ? null : requireDecimal(line.unitPrice, 'line.unitPrice');
  const pec =
    line.pecPercentage === undefined
      ? undefined
      : requireDecimal(line.pecPercentage, 'line.pecPercentage');
  const credit =
    line.creditPercentage === undefined
      ? ZERO
      : requireDecimal(line.creditPercentage, 'line.creditPercentage');
  const { texts } = options;
  const exponent = currencyExponents[currency];
  const row = line.row;
  state.lines++;
  if (
    options.period !== null &&
    (line.chargeStart ?? line.usageDate).slice(0, 7) !== options.period
  ) {
    state.outsidePeriod++;
    return;
  }
  state.days.add(line.usageDate);
  if (line.entitlementId !== null) state.entitlements.add(line.entitlementId);
  if (pec !== undefined) state.pecSeen = true;
  const who = [line.customerId, line.customerName] as const;
  const base = {
    rows: [row],
    lines: 1,
    customerId: line.customerId,
    invoiceNumber: line.invoiceNumber,
    subscriptionId: line.subscriptionId,
    ...(line.entitlementId === null ? {} : { entitlementId: line.entitlementId }),
    productId: line.productId,
    skuId: line.skuId,
  };
  const money = (minor: number) => ({ amount: minor, currency });
  const finding = (kind: 'different', expected: number, message: string): void => {
    const at = JSON.stringify([
      row,
      line.entitlementId,
      line.subscriptionId,
      line.meterId,
      line.usageDate,
      line.productId,
      line.skuId,
    ]);
    state.lineFindings.set(at, {
      kind,
      ...base,
      expected: money(expected),
      billed: money(billed),
      difference: money(billed - expected),
      atStake: money(Math.abs(billed - expected)),
      rule: 'USG-2',
      message,
      remedy: remedyOf(texts, 'never', {}),
    });
  };
  const note = (
    kind: 'effective-unit-price' | 'promotion' | 'credit-partial' | 'credit-on-ineligible-meter',
    message: string,
  ): void => {
    const key = `${kind}|${line.entitlementId ?? ''}|${line.invoiceNumber ?? ''}`;
    const entry = state.notes.get(key) ?? {
      kind,
      entitlementId: line.entitlementId,
      invoiceNumber: line.invoiceNumber,
      lines: 0,
      rows: [],
      customerId: null,
      customerName: null,
      message,
      first: row,
    };
    if (row < entry.first) {
      entry.first = row;
      entry.message = message;
    }
    tallyRow(entry, row, ...who);
    state.notes.set(key, entry);
  };

  // USG-2: the line's own arithmetic, and its EffectiveUnitPrice
  const lineAmount = amount(price, quantity, rate, exponent);
  const exact = times(times(price, quantity), rate);
  const vars = {
    quantity: exactText(quantity),
    price: exactText(price),
    pricing,
    rate: exactText(rate),
  };
  if (lineAmount !== billed)
    finding(
      'different',
      lineAmount,
      usageSentence(texts, 'line-amount', {
        ...vars,
        exact: exactText(exact),
        expected: amountText(lineAmount, currency),
        billed: amountText(billed, currency),
      }),
    );
  else if (line.promotion !== undefined)
    note('promotion', usageSentence(texts, 'note-promotion', { promotion: line.promotion }));
  else if (unitPrice !== null) {
    const expectedPrice = priceAfter(unitPrice, pec ?? ZERO, credit);
    if (!samePrice(price, expectedPrice)) {
      const atPrice = amount(expectedPrice, quantity, rate, exponent);
      const words = { printed: exactText(price), price: exactText(expectedPrice) };
      if (atPrice === billed)
        note('effective-unit-price', usageSentence(texts, 'note-price', words));
      else
        finding(
          'different',
          atPrice,
          usageSentence(texts, 'line-price', {
            ...vars,
            ...words,
            unitPrice: exactText(unitPrice),
            pec: exactText(pec ?? ZERO),
            credit: exactText(credit),
            expected: amountText(atPrice, currency),
            billed: amountText(billed, currency),
          }),
        );
    }
  }

  // USG-4: the invoice key's day, by EffectiveUnitPrice and rate
  const hasCredit = credit.units !== 0n || creditApplied(line.creditType);
  const groupKey = JSON.stringify([
    line.invoiceNumber,
    line.subscriptionId,
    line.productId,
    line.skuId,
    line.availabilityId,
    currency,
    exactText(price),
    exactText(rate),
    pricing,
    line.usageDate,
  ]);
  const group = state.groups.get(groupKey) ?? {
    invoiceNumber: line.invoiceNumber,
    subscriptionId: line.subscriptionId,
    productId: line.productId,
    skuId: line.skuId,
    availabilityId: line.availabilityId,
    currency,
    pricing,
    price: exactText(price),
    rate: exactText(rate),
    day: line.usageDate,
    quantity: ZERO,
    billed: 0,
    credit: false,
    late: 0,
    lines: 0,
    rows: [],
    customerId: null,
    customerName: null,
  };
  group.quantity = plus(group.quantity, quantity);
  group.billed += billed;
  group.credit ||= hasCredit;
  if (line.chargeStart !== null && line.usageDate < line.chargeStart) group.late++;
  tallyRow(group, row, ...who);
  state.groups.set(groupKey, group);

  // USG-5: Azure credit
  if (hasCredit) {
    if (line.publisherName !== null && !/^microsoft\b/i.test(line.publisherName))
      note(
        'credit-on-ineligible-meter',
        usageSentence(texts, 'credit-ineligible', { publisher: line.publisherName }),
      );
    if (credit.units !== 0n && !same(credit, HUNDRED))
      note('credit-partial', usageSentence(texts, 'credit-partial', { credit: exactText(credit) }));
    if (unitPrice !== null) {
      const used =
        amount(priceAfter(unitPrice, pec ?? ZERO, ZERO), quantity, rate, exponent) - billed;
      const key = JSON.stringify([
        line.customerId,
        line.entitlementId,
        line.invoiceNumber,
        currency,
        line.usageDate,
      ]);
      const entry = state.credits.get(key) ?? {
        entitlementId: line.entitlementId,
        invoiceNumber: line.invoiceNumber,
        currency,
        day: line.usageDate,
        used: 0,
        lines: 0,
        rows: [],
        customerId: null,
        customerName: null,
      };
      entry.used += used;
      tallyRow(entry, row, ...who);
      state.credits.set(key, entry);
    }
  }

  // USG-3: Partner Earned Credit, by Azure subscription, meter and day
  if (line.benefitType !== undefined) return;
  const reason = exclusion(line, options);
  const listed =
    line.meterId === null ? undefined : options.prices?.get(line.meterId.toLowerCase());
  const pecRate = listed?.rate ?? options.pecRate;
  const month = `${line.entitlementId ?? ''}|${line.usageDate.slice(0, 7)}|${currency}`;
  const priced = unitPrice ?? price;
  let kind: PecDay['kind'] | undefined;
  let expected = billed;
  if (reason !== '') {
    if (pec !== undefined && pec.units > 0n) {
      kind = 'excluded';
      if (unitPrice !== null)
        expected = amount(priceAfter(unitPrice, ZERO, credit), quantity, rate, exponent);
    }
  } else if (pec === undefined || pec.units === 0n) {
    kind = pec === undefined ? 'absent' : 'not-earned';
    expected = amount(
      priceAfter(priced, pecRate, unitPrice === null ? ZERO : credit),
      quantity,
      rate,
      exponent,
    );
  } else {
    state.earned.add(month);
    if (compareExact(pec, pecRate) !== 0) {
      kind = 'rate';
      if (unitPrice !== null)
        expected = amount(priceAfter(unitPrice, pecRate, credit), quantity, rate, exponent);
    }
  }
  if (kind === undefined) return;
  const meter = line.meterId ?? line.meterName ?? `${line.productId}/${line.skuId}`;
  const pecText = pec === undefined ? '0' : exactText(pec);
  const key = JSON.stringify([
    kind,
    line.entitlementId,
    meter,
    currency,
    line.usageDate,
    line.invoiceNumber,
    line.subscriptionId,
    line.productId,
    line.skuId,
    kind === 'not-earned' || kind === 'absent' ? '' : pecText,
    reason,
  ]);
  const entry = state.pec.get(key) ?? {
    kind,
    entitlementId: line.entitlementId,
    invoiceNumber: line.invoiceNumber,
    subscriptionId: line.subscriptionId,
    productId: line.productId,
    skuId: line.skuId,
    meter,
    label: line.meterName ?? meter,
    currency,
    day: line.usageDate,
    pec: pecText,
    rate: exactText(pecRate),
    reason,
    publisher: line.publisherName ?? '',
    billed: 0,
    expected: 0,
    lines: 0,
    rows: [],
    customerId: null,
    customerName: null,
  };
  entry.billed += billed;
  entry.expected += expected;
  tallyRow(entry, row, ...who);
  state.pec.set(key, entry);
}
