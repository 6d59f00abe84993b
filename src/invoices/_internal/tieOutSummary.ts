import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type {
  Invoice,
  TieOutAmount,
  TieOutCurrencySummary,
  TieOutOutcome,
  TieOutResult,
  TieOutSummary,
} from '../types.ts';
import { addInto, ofMinorUnits } from './decimalSum.ts';
import type { Sum } from './TieOutGroup.ts';
import { tieOutAmount } from './tieOutAmount.ts';

/** An amount of a result back as a decimal of major units' digits. */
export function decimalOf(amount: TieOutAmount, exponent: number): Sum {
  if (amount.exact === undefined) return { units: amount.amount, scale: exponent };
  const [whole = '', fraction = ''] = amount.exact.split('.');
  const digits = BigInt(`${whole}${fraction}`);
  return { units: digits, scale: fraction.length };
}

/**
 * The totals of a tie-out (INV-3): per currency, how many results of each outcome, Σ of the lines'
 * `Total` and Σ of the resources' `totalCharges`; `tied` when every result is `tied` or
 * `rounding` and no row is an issue.
 *
 * @param results - The results.
 * @param invoices - The documents compared.
 * @param rows - The rows read.
 * @param issues - How many issues.
 * @returns The summary.
 */
export function tieOutSummary(
  results: readonly TieOutResult[],
  invoices: readonly Invoice[],
  rows: number,
  issues: number,
): TieOutSummary {
  const byCurrency = new Map<
    CurrencyCode,
    {
      results: number;
      outcomes: Partial<Record<TieOutOutcome, number>>;
      total: Sum;
      invoiceTotal: Sum;
    }
  >();
  const of = (currency: CurrencyCode) => {
    let entry = byCurrency.get(currency);
    if (entry === undefined) {
      entry = {
        results: 0,
        outcomes: {},
        total: { units: 0, scale: 0 },
        invoiceTotal: { units: 0, scale: 0 },
      };
      byCurrency.set(currency, entry);
    }
    return entry;
  };
  for (const result of results) {
    const entry = of(result.currency);
    entry.results++;
    entry.outcomes[result.outcome] = (entry.outcomes[result.outcome] ?? 0) + 1;
    if (result.total !== undefined) {
      addInto(entry.total, decimalOf(result.total, currencyExponents[result.currency]));
    }
  }
  for (const invoice of invoices)
    addInto(
      of(invoice.currency).invoiceTotal,
      ofMinorUnits(invoice.totalCharges.amount, invoice.currency),
    );
  const currencies: TieOutCurrencySummary[] = [...byCurrency.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, entry]) => ({
      currency,
      results: entry.results,
      outcomes: entry.outcomes,
      total: tieOutAmount(entry.total, currency),
      invoiceTotal: tieOutAmount(entry.invoiceTotal, currency),
    }));
  return {
    rows,
    tied:
      issues === 0 &&
      results.every((result) => result.outcome === 'tied' || result.outcome === 'rounding'),
    currencies,
  };
}
