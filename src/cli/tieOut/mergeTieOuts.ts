import type { CurrencyCode } from '../../index.ts';
import { addDecimals, decimalText, type FileDecimal, sum } from '../../kernel/fileDecimal.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type {
  Invoice,
  TieOutAmount,
  TieOutCurrencySummary,
  TieOutOutcome,
  TieOutResult,
  TieOutResults,
} from '../../usage/index.ts';

/** Code-unit order: the same in every time zone and locale. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** An amount of the tie-out as an exact decimal: minor units, or a major-unit decimal's text. */
function decimalOf(amount: TieOutAmount): FileDecimal {
  if (amount.exact === undefined)
    return { units: amount.amount, scale: currencyExponents[amount.currency] };
  const [whole = '', fraction = ''] = amount.exact.split('.');
  return { units: BigInt(`${whole}${fraction}`), scale: fraction.length };
}

/** A sum as the tie-out writes it: `Money` when whole and safe, else its decimal text in `exact`. */
function amountOf(a: FileDecimal, currency: CurrencyCode): TieOutAmount {
  const exponent = currencyExponents[currency];
  // a sum kept at more decimals than the currency has is whole when those decimals are zeros
  const digits = BigInt(a.units);
  const past = 10n ** BigInt(Math.max(0, a.scale - exponent));
  if (digits % past === 0n) {
    const units = (digits / past) * 10n ** BigInt(Math.max(0, exponent - a.scale));
    if (units <= BigInt(Number.MAX_SAFE_INTEGER) && units >= -BigInt(Number.MAX_SAFE_INTEGER))
      return { amount: Number(units), currency };
  }
  return { exact: decimalText(a), currency };
}

/** One currency's line of the summary, as the results add it up. */
interface Line {
  results: number;
  outcomes: Partial<Record<TieOutOutcome, number>>;
  total: FileDecimal;
  invoiceTotal: FileDecimal;
}

/**
 * The shares' tie-outs as one pass's (INV-3): every result by invoice number then currency, every
 * issue by row then column, and the summary added up again from them — per currency the results,
 * their outcomes, the exact sum of their totals and the invoices' totals; the rows of every
 * share; tied when every result is `tied` or `rounding` and no row is an issue.
 *
 * @param shares - Each share's tie-out, its results only of the invoice numbers it holds.
 * @param invoices - Every invoice the shares were finished against.
 * @returns The tie-out of all the rows.
 */
export function mergeTieOuts(
  shares: readonly TieOutResults[],
  invoices: readonly Invoice[],
): TieOutResults {
  const results: TieOutResult[] = shares
    .flatMap((share) => share.results)
    .sort((a, b) => byText(a.invoiceNumber, b.invoiceNumber) || byText(a.currency, b.currency));
  const issues = shares
    .flatMap((share) => share.issues)
    .sort((a, b) => a.row - b.row || byText(a.column, b.column));
  const lines = new Map<CurrencyCode, Line>();
  const of = (currency: CurrencyCode): Line => {
    let line = lines.get(currency);
    if (line === undefined) {
      line = {
        results: 0,
        outcomes: {},
        total: { units: 0, scale: 0 },
        invoiceTotal: { units: 0, scale: 0 },
      };
      lines.set(currency, line);
    }
    return line;
  };
  for (const result of results) {
    const line = of(result.currency);
    line.results++;
    line.outcomes[result.outcome] = (line.outcomes[result.outcome] ?? 0) + 1;
    if (result.total === undefined) continue;
    const { units, scale } = decimalOf(result.total);
    addDecimals(line.total.units, line.total.scale, units, scale);
    line.total = { units: sum.units, scale: sum.scale };
  }
  for (const invoice of invoices) {
    const line = of(invoice.currency);
    const scale = currencyExponents[invoice.currency];
    addDecimals(
      line.invoiceTotal.units,
      line.invoiceTotal.scale,
      invoice.totalCharges.amount,
      scale,
    );
    line.invoiceTotal = { units: sum.units, scale: sum.scale };
  }
  const currencies: TieOutCurrencySummary[] = [...lines.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([currency, line]) => ({
      currency,
      results: line.results,
      outcomes: line.outcomes,
      total: amountOf(line.total, currency),
      invoiceTotal: amountOf(line.invoiceTotal, currency),
    }));
  const rows = shares.reduce((count, share) => count + share.summary.rows, 0);
  const tied =
    issues.length === 0 &&
    results.every((result) => result.outcome === 'tied' || result.outcome === 'rounding');
  return { results, issues, summary: { rows, tied, currencies } };
}
