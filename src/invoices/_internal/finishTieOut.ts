import { fill } from '../../messages/fill.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import type {
  Invoice,
  TieOutAmendment,
  TieOutIssue,
  TieOutOptions,
  TieOutResult,
  TieOutResults,
} from '../types.ts';
import { addInto, isWithin, isZero, minus, ofMinorUnits } from './decimalSum.ts';
import { invoiceDocuments } from './invoiceDocuments.ts';
import type { Sum, TieOutGroup } from './TieOutGroup.ts';
import type { TieOutState } from './TieOutState.ts';
import type { TieOutTexts } from './texts/TieOutTexts.ts';
import { tieOutTextsFor } from './texts/tieOutTextsFor.ts';
import { amountText, tieOutAmount } from './tieOutAmount.ts';
import type { RowIssue } from './tieOutRow.ts';
import { tieOutSummary } from './tieOutSummary.ts';

/** Code-unit order: the same in every time zone and locale. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `(m + k + [k > 0])`: the minor units the lines' rounding can leave (INV-2). */
function boundOf(group: TieOutGroup | undefined): number {
  if (group === undefined) return 0;
  return group.fractional + group.taxed + (group.taxed > 0 ? 1 : 0);
}

/** The residual's classification: 0 tied, within the bound rounding, else an adjustment. */
function classify(
  residual: Sum,
  bound: number,
  currency: CurrencyCode,
): 'tied' | 'rounding' | 'adjustment-not-in-files' {
  if (isZero(residual)) return 'tied';
  return isWithin(residual, bound, currency) ? 'rounding' : 'adjustment-not-in-files';
}

/**
 * Ties the groups of a state out against the invoices (INV-2, INV-3): one result per (number,
 * currency), by number then currency, each with its outcome, its sentence and its notes.
 *
 * @param state - What the rows left.
 * @param invoices - The Invoice resources.
 * @param options - `locale`.
 * @param context - `withoutTwice`: leaves out the issues of a header naming a column twice (a
 *   warehouse's group; the file's summary says each once).
 * @returns The results, the issues and the summary.
 * @throws {@link RuleError} for a resource that cannot be read, or a bad locale.
 */
export function finishTieOut(
  state: TieOutState,
  invoices: unknown,
  options: TieOutOptions | undefined,
  context: { readonly withoutTwice?: boolean } = {},
): TieOutResults {
  const texts = tieOutTextsFor(options?.locale);
  const { byId, amendmentsOf } = invoiceDocuments(invoices);
  const byNumber = new Map<string, TieOutGroup[]>();
  for (const group of state.groups.values()) {
    const list = byNumber.get(group.invoiceNumber) ?? [];
    list.push(group);
    byNumber.set(group.invoiceNumber, list);
  }
  const numbers = [...new Set([...byNumber.keys(), ...byId.keys()])].sort(byText);
  const results: TieOutResult[] = [];
  for (const number of numbers) {
    const groups = (byNumber.get(number) ?? []).sort((a, b) => byText(a.currency, b.currency));
    const invoice = byId.get(number);
    if (groups.length === 0) {
      if (invoice !== undefined)
        results.push(resultOf(texts, invoice, undefined, [], amendmentsOf));
      continue;
    }
    for (const group of groups) results.push(resultOf(texts, invoice, group, groups, amendmentsOf));
  }
  const issues: TieOutIssue[] = [
    ...state.issues,
    ...(context.withoutTwice === true ? [] : state.headerIssues()),
  ]
    .sort((a, b) => a.row - b.row || byText(a.column, b.column))
    .map((issue) => tieOutIssue(texts, issue));
  return {
    results,
    issues,
    summary: tieOutSummary(results, [...byId.values()], state.rows, issues.length),
  };
}

/** One result: the sums, the comparison and its sentence. */
/**
 * An issue of a row in `texts`' words.
 *
 * @param texts - The words.
 * @param issue - The issue.
 * @returns It as a result lists it.
 */
export function tieOutIssue(texts: TieOutTexts, issue: RowIssue): TieOutIssue {
  return {
    row: issue.row,
    column: issue.column,
    message: fill(
      texts.issues[issue.id],
      {
        sum: issue.sum ?? '',
        column: issue.column,
        other: issue.other ?? '',
        safe: Number.MAX_SAFE_INTEGER,
        cells: issue.cells ?? 0,
        header: issue.header ?? 0,
      },
      String,
    ),
  };
}

function resultOf(
  texts: TieOutTexts,
  invoice: Invoice | undefined,
  group: TieOutGroup | undefined,
  groups: readonly TieOutGroup[],
  amendmentsOf: ReadonlyMap<string, readonly TieOutAmendment[]>,
): TieOutResult {
  const number = group?.invoiceNumber ?? (invoice as Invoice).id;
  const currency = group?.currency ?? (invoice as Invoice).currency;
  const zero = { units: 0, scale: 0 };
  const total = group?.total ?? zero;
  const amendments = amendmentsOf.get(number) ?? [];
  const params: Record<string, string | number> = {
    invoice: number,
    lines: group?.lines ?? 0,
    total: amountText(total, currency),
    currency,
    taxed: group?.taxed ?? 0,
    fractional: group?.fractional ?? 0,
    currencies: groups.map((g) => g.currency).join(', '),
  };
  let outcome: TieOutResult['outcome'];
  let classification: TieOutResult['classification'];
  let residual: Sum | undefined;
  const bound = boundOf(group);
  const mixed = groups.length > 1;
  if (mixed) outcome = 'mixed-currency';
  else if (invoice === undefined) outcome = 'no-invoice';
  else if (invoice.currency !== currency) {
    outcome = 'currency-mismatch';
    params.invoiceCurrency = invoice.currency;
  } else {
    residual = minus(ofMinorUnits(invoice.totalCharges.amount, currency), total);
    const found = classify(residual, bound, currency);
    if (group === undefined) {
      outcome = 'no-lines';
      classification = found;
      params.classification = texts.classifications[found];
    } else outcome = found;
    params.residual = amountText(residual, currency);
  }
  if (invoice !== undefined)
    params.invoiceTotal = amountText(
      ofMinorUnits(invoice.totalCharges.amount, invoice.currency),
      invoice.currency,
    );
  params.tolerance = amountText(ofMinorUnits(bound, currency), currency);
  const sentences = [fill(texts.outcomes[outcome], params, String)];
  // an amendment in another currency is listed, but cannot be added to this one's total
  const net =
    invoice === undefined || amendments.length === 0
      ? undefined
      : amendments.reduce(
          (sum, a) => {
            if (a.totalCharges.currency === invoice.currency)
              addInto(sum, ofMinorUnits(a.totalCharges.amount, invoice.currency));
            return sum;
          },
          ofMinorUnits(invoice.totalCharges.amount, invoice.currency),
        );
  if (invoice?.amendsOf !== undefined)
    sentences.push(fill(texts.notes.amends, { amendsOf: invoice.amendsOf }, String));
  if (net !== undefined && invoice !== undefined) {
    sentences.push(
      fill(
        texts.notes.amendments,
        {
          amendments: amendments.map((a) => a.id).join(', '),
          net: amountText(net, invoice.currency),
        },
        String,
      ),
    );
    for (const a of amendments)
      if (a.totalCharges.currency !== invoice.currency)
        sentences.push(
          fill(
            texts.notes['amendment-currency'],
            {
              amendment: a.id,
              amendmentCurrency: a.totalCharges.currency,
              currency: invoice.currency,
            },
            String,
          ),
        );
  }
  const netOfAmendments =
    net === undefined || invoice === undefined ? undefined : tieOutAmount(net, invoice.currency);
  if (invoice?.documentType === 'credit-note' && invoice.totalCharges.amount > 0)
    sentences.push(texts.notes['positive-credit']);
  if (invoice?.legacy === true) sentences.push(texts.notes.legacy);
  const check = group === undefined || mixed ? undefined : isZero(minus(sumOf(group), group.total));
  if (check === false) sentences.push(texts.notes.check);
  return {
    invoiceNumber: number,
    currency,
    documentType: invoice?.documentType ?? 'invoice',
    ...(invoice?.amendsOf === undefined ? {} : { amendsOf: invoice.amendsOf }),
    amendments,
    ...(netOfAmendments === undefined ? {} : { netOfAmendments }),
    lines: group?.lines ?? 0,
    ...(mixed
      ? {}
      : {
          subtotal: tieOutAmount(group?.subtotal ?? zero, currency),
          tax: tieOutAmount(group?.tax ?? zero, currency),
          total: tieOutAmount(total, currency),
          check: check ?? true,
        }),
    ...(invoice === undefined ? {} : { invoiceTotal: invoice.totalCharges }),
    ...(residual === undefined ? {} : { residual: tieOutAmount(residual, currency) }),
    ...(residual === undefined ? {} : { tolerance: { amount: bound, currency } }),
    taxedLines: group?.taxed ?? 0,
    fractionalLines: group?.fractional ?? 0,
    outcome,
    ...(classification === undefined ? {} : { classification }),
    ...(outcome === 'adjustment-not-in-files' || classification === 'adjustment-not-in-files'
      ? { remedy: 'never' as const }
      : {}),
    message: sentences.join(texts.separator),
    rows: group === undefined ? [] : [...group.rows].sort((a, b) => a - b),
  };
}

/** Σ Subtotal + Σ TaxTotal of a group. */
function sumOf(group: TieOutGroup): Sum {
  const sum = { units: group.subtotal.units, scale: group.subtotal.scale };
  addInto(sum, group.tax);
  return sum;
}
