// The money of a meter's day on the Usage tab (USG-3, USG-5), each sum kept per currency: what the
// day cost (its lines' BillingPreTaxTotal); what PEC earned it, or gave a meter that earns none
// (the day without PEC less what was billed); the Azure credit used (the day after PEC less what
// was billed, as USG-5 says); and what PEC would have saved on a day without it. Every amount is
// the library's arithmetic (`usageLineAmount` at `expectedEffectiveUnitPrice`); the last is the
// library's own finding, from a reconciler of its own over that day's lines without PEC, so its
// rate is the one the findings use (the price list's for the meter, else the PEC rate).
import {
  createUsageReconciler,
  expectedEffectiveUnitPrice,
  isCreditedUsageLine,
  usageLineAmount,
} from '../../dist/usage.js';

/** A decimal's text is not zero. */
const nonZero = (text) => text !== undefined && /[1-9]/.test(text);

/** Adds `amount` minor units of `currency` to a per-currency sum. */
function add(sums, currency, amount) {
  sums.set(currency, (sums.get(currency) ?? 0) + amount);
}

/** What a line bills at its unit price after `pec` and `credit` percent, in minor units. */
function amountAfter(line, pec, credit) {
  const effectiveUnitPrice = expectedEffectiveUnitPrice({
    unitPrice: line.unitPrice,
    pecPercentage: pec,
    creditPercentage: credit,
  });
  return usageLineAmount({ ...line, effectiveUnitPrice }).amount;
}

/**
 * The price list's rows by `MeterId` in lower case (a reconciler of one day is given only its
 * meter's rows, so a list of any length is read once); `null` without a list.
 */
export function pricesByMeter(rows) {
  if (rows === undefined) return null;
  const by = new Map();
  for (const row of rows) {
    const name = Object.keys(row).find(
      (key) =>
        key
          .replace(/^\uFEFF/, '')
          .trim()
          .toLowerCase() === 'meterid',
    );
    const meter = name === undefined ? '' : String(row[name]).trim().toLowerCase();
    by.set(meter, [...(by.get(meter) ?? []), row]);
  }
  return by;
}

/**
 * A day's money, fed its read lines: `options` are the tab's reconciliation options (the PEC
 * rate), `prices` the list by meter ({@link pricesByMeter}).
 */
export function createDayMoney(options, prices) {
  const cost = new Map();
  const pecValue = new Map();
  const creditUsed = new Map();
  let without = null;
  return {
    cost,
    pecValue,
    creditUsed,
    observe(read) {
      const { line } = read;
      const billed = line.billingPreTaxTotal;
      add(cost, billed.currency, billed.amount);
      if (!nonZero(line.pecPercentage)) {
        const meter = (line.meterId ?? '').toLowerCase();
        without ??= createUsageReconciler({
          ...options,
          ...(prices === null ? {} : { prices: prices.get(meter) ?? [] }),
        });
        // a line of a file without the PEC column is a line with PEC 0 for what it would save
        without.observe({ ...read, line: { ...line, pecPercentage: '0' } });
      }
      if (line.unitPrice === null) return;
      const credit = line.creditPercentage ?? '0';
      if (nonZero(line.pecPercentage))
        add(pecValue, billed.currency, amountAfter(line, '0', credit) - billed.amount);
      // credited as the library judges it: `Credit Not Applied` is no credit (USG-5)
      if (isCreditedUsageLine(line))
        add(
          creditUsed,
          billed.currency,
          amountAfter(line, line.pecPercentage ?? '0', '0') - billed.amount,
        );
    },
    /** What PEC would have saved on the day's lines without it, per currency. */
    lost() {
      const sums = new Map();
      if (without === null) return sums;
      for (const f of without.finish(null).pec.notEarned)
        add(sums, f.atStake.currency, f.atStake.amount);
      return sums;
    },
  };
}
