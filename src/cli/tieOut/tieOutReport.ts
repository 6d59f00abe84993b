import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type {
  TieOutAmount,
  TieOutResult,
  TieOutUsage,
  UsageTieOutResult,
  UsageTieOutResults,
} from '../../usage/index.ts';
import { BOM, csvCell } from '../engine/write/csvCell.ts';
import { table } from '../table.ts';
import { otherInvoicesText } from '../usage/otherInvoicesText.ts';
import { tieOutLabel } from './tieOutLabels.ts';

/** Where each file's rows start among the rows read: a row's file and its own number. */
export interface RowPlaces {
  /** The files, in the order read. */
  readonly files: readonly string[];
  /** The number of the row before each file's first (0 for the first file). */
  readonly offsets: readonly number[];
  /** `--usage`'s files (the daily usage file or the export's blobs), when given. */
  readonly usage?: readonly string[] | undefined;
}

/** A row among all those read as its file and its number in it (`recon.csv:3`). */
export function rowPlace(places: RowPlaces, row: number): string {
  let i = places.offsets.length - 1;
  while (i > 0 && (places.offsets[i] as number) >= row) i--;
  return `${places.files[i] ?? ''}:${row - (places.offsets[i] ?? 0)}`;
}

/** An amount of the tie-out as text: `2075.89 USD`, `-1.2 JPY`. */
export function amountText(amount: TieOutAmount | undefined): string {
  if (amount === undefined) return '—';
  if (amount.exact !== undefined) return `${amount.exact} ${amount.currency}`;
  const exponent = currencyExponents[amount.currency];
  const digits = String(Math.abs(amount.amount)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent === 0 ? '' : `.${digits.slice(digits.length - exponent)}`;
  return `${amount.amount < 0 ? '-' : ''}${whole}${fraction} ${amount.currency}`;
}

/**
 * The usage groups `tie-out --usage` found not matching the invoices (USG-4): different, missing
 * or unexpected — 0 without `--usage`. Any makes the exit code 1; the residuals leave them out.
 *
 * @param tied - The results.
 * @returns How many.
 */
export function usageFound(tied: UsageTieOutResults): number {
  if (tied.usage === undefined) return 0;
  return (
    tied.usage.different.filter((f) => f.rule === 'USG-4').length +
    tied.usage.missing.length +
    tied.usage.unexpected.length
  );
}

/** A result's usage check in its row: `1 matched, rounding 0.01 USD; 1 different`, or `—`. */
function usageCell(usage: TieOutUsage | undefined, tag: string | undefined): string {
  if (usage === undefined) return '—';
  const parts: string[] = [];
  if (usage.matched > 0)
    parts.push(
      tieOutLabel(tag, 'usageMatched', {
        count: usage.matched,
        rounding: amountText(usage.rounding),
      }),
    );
  if (usage.different > 0)
    parts.push(tieOutLabel(tag, 'usageDifferent', { count: usage.different }));
  if (usage.missing > 0) parts.push(tieOutLabel(tag, 'usageMissing', { count: usage.missing }));
  if (usage.unexpected > 0)
    parts.push(tieOutLabel(tag, 'usageUnexpected', { count: usage.unexpected }));
  return parts.length === 0 ? '—' : parts.join('; ');
}

/**
 * The tie-out for people (INV-3): a table per invoice and currency (sum, invoice total, residual,
 * outcome, and with `--usage` its daily usage check), the sentence of every result that is not
 * tied and of every usage group found, the rows not read, the summary per currency and a last line
 * saying whether every invoice ties out (and with `--usage`, how many usage groups do not match).
 *
 * @param tied - The results.
 * @param places - The files and where their rows start.
 * @param tag - The locale's tag.
 * @returns The text.
 */
export function tieOutText(
  tied: UsageTieOutResults,
  places: RowPlaces,
  tag: string | undefined,
): string {
  const label = (id: Parameters<typeof tieOutLabel>[1], params?: Record<string, string | number>) =>
    tieOutLabel(tag, id, params);
  const usage = tied.usage !== undefined;
  const rows = [
    ['invoice', 'currency', 'lines', 'sum', 'invoiceTotal', 'residual', 'outcome']
      .concat(usage ? ['usage'] : [])
      .map((id) => label(id as never)),
    ...tied.results.map((r: UsageTieOutResult) =>
      [
        r.invoiceNumber,
        r.currency,
        String(r.lines),
        amountText(r.total),
        amountText(r.invoiceTotal),
        amountText(r.residual),
        label(r.outcome),
      ].concat(usage ? [usageCell(r.usage, tag)] : []),
    ),
  ];
  const lines = [label('files', { files: places.files.join(', ') })];
  if (places.usage !== undefined)
    lines.push(label('usageFiles', { files: places.usage.join(', ') }));
  lines.push('', table(rows), '');
  // an invoice of two currencies is a result in each, with one note: said once
  const notes = new Set(tied.results.flatMap((r) => (r.outcome === 'tied' ? [] : [r.message])));
  for (const note of notes) lines.push(`  ${note}`);
  if (notes.size > 0) lines.push('');
  const found = tied.results.flatMap((r: UsageTieOutResult) => r.usage?.findings ?? []);
  for (const f of found) lines.push(`  ${f.invoiceNumber ?? ''} ${f.rule}: ${f.message}`);
  if (found.length > 0) lines.push('');
  // daily lines billed on an invoice this file does not hold: counted, never missing (USG-4)
  const others = otherInvoicesText(tied.usage?.summary.otherInvoices ?? [], tag);
  if (others.length > 0) lines.push(...others, '');
  if (tied.issues.length > 0) {
    lines.push(label('issues'));
    for (const issue of tied.issues)
      lines.push(`  ${rowPlace(places, issue.row)} ${issue.column}: ${issue.message}`);
    lines.push('');
  }
  lines.push(label('perCurrency'));
  for (const c of tied.summary.currencies)
    lines.push(
      `  ${label('currencyLine', {
        currency: c.currency,
        count: c.results,
        outcomes: Object.entries(c.outcomes)
          .map(([outcome, n]) => `${n} ${label(outcome as TieOutResult['outcome'])}`)
          .join(', '),
        total: amountText(c.total),
        invoiceTotal: amountText(c.invoiceTotal),
      })}`,
    );
  lines.push('', label(tied.summary.tied ? 'allTied' : 'notTied', { rows: tied.summary.rows }));
  const notMatched = usageFound(tied);
  if (notMatched > 0) lines.push(label('usageFound', { count: notMatched }));
  return lines.join('\n');
}

/** The columns of `tie-out --csv`. */
const COLUMNS = [
  'InvoiceNumber',
  'Currency',
  'DocumentType',
  'AmendsOf',
  'Lines',
  'Subtotal',
  'TaxTotal',
  'Total',
  'InvoiceTotal',
  'Residual',
  'Tolerance',
  'Outcome',
  'Classification',
  'NetOfAmendments',
  'Message',
] as const;

/** The columns `tie-out --csv` adds with `--usage`: each result's daily usage check. */
const USAGE_COLUMNS = [
  'UsageMatched',
  'UsageRounding',
  'UsageDifferent',
  'UsageMissing',
  'UsageUnexpected',
] as const;

/** An amount as a CSV cell: decimal text without its currency (the row says it). */
function cell(amount: TieOutAmount | undefined): string {
  return amount === undefined ? '' : amountText(amount).replace(/ [A-Z]{3}$/, '');
}

/**
 * The tie-out as CSV for a spreadsheet (INV-3): a byte-order mark, a header, one row per invoice
 * and currency; amounts as decimal text in the row's currency; with `--usage`, each result's usage
 * check in five more columns (matched, their rounding, different, missing, unexpected).
 *
 * @param tied - The results.
 * @returns The lines.
 */
export function tieOutCsv(tied: UsageTieOutResults): string[] {
  const usage = tied.usage !== undefined;
  return [
    BOM + [...COLUMNS, ...(usage ? USAGE_COLUMNS : [])].join(','),
    ...tied.results.map((r: UsageTieOutResult) =>
      [
        r.invoiceNumber,
        r.currency,
        r.documentType,
        r.amendsOf,
        r.lines,
        cell(r.subtotal),
        cell(r.tax),
        cell(r.total),
        cell(r.invoiceTotal),
        cell(r.residual),
        cell(r.tolerance),
        r.outcome,
        r.classification,
        cell(r.netOfAmendments),
        r.message,
        ...(usage
          ? [
              r.usage?.matched,
              cell(r.usage?.rounding),
              r.usage?.different,
              r.usage?.missing,
              r.usage?.unexpected,
            ]
          : []),
      ]
        .map(csvCell)
        .join(','),
    ),
  ];
}
