import type { TieOutOutcome } from '../../types.ts';
import type { RowIssueId } from '../tieOutRow.ts';

/** The sentences of the tie-out besides its outcomes: what a result adds about itself. */
export type TieOutNoteId =
  | 'amendments'
  | 'amendment-currency'
  | 'amends'
  | 'positive-credit'
  | 'legacy'
  | 'check';

/**
 * One language's tie-out sentences (INV-2, MSG-1), kept in this area only. Placeholders:
 * `{invoice}` the number, amounts with their currency (`{total}`, `{invoiceTotal}`, `{residual}`,
 * `{tolerance}`, `{net}`), counts (`{lines}`, `{taxed}`, `{fractional}`), `{currency}`,
 * `{currencies}`, `{invoiceCurrency}`, `{classification}`, `{amendments}`, `{amendsOf}`, `{sum}`,
 * `{amendment}` and `{amendmentCurrency}` (an amendment in another currency), `{other}` (a column's
 * second name), `{safe}` (`Number.MAX_SAFE_INTEGER`), `{cells}` and `{header}` (a row's and its
 * header's counts).
 */
export interface TieOutTexts {
  /** The BCP 47 tag. */
  readonly tag: 'en' | 'ko' | 'zh-Hans' | 'zh-Hant';
  /** A sentence for every outcome. */
  readonly outcomes: { readonly [Outcome in TieOutOutcome]: string };
  /** The notes a result may add. */
  readonly notes: { readonly [Note in TieOutNoteId]: string };
  /** The classifications of a residual, as `{classification}`. */
  readonly classifications: {
    readonly [C in 'tied' | 'rounding' | 'adjustment-not-in-files']: string;
  };
  /** A row's issues. */
  readonly issues: { readonly [Issue in RowIssueId]: string };
  /** What joins two sentences. */
  readonly separator: string;
}
