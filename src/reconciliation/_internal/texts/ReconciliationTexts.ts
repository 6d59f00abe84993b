import { SHAPE_TWICE, SHAPE_WIDTH } from '../../../kernel/shapeTexts.ts';
import type { InvoiceLineKind } from '../../types.ts';

/**
 * The sentences of a reconciliation (REC-2), by ID: the arithmetic of an expected line, what the
 * file billed, and what a group the rules do not expect is. Placeholders: `{day}` the event's,
 * `{start}`/`{end}` the billed days, `{amount}` an amount with its currency, the others numbers.
 */
export const TEXT_IDS = [
  'period',
  'est',
  'prorated',
  'two-line',
  'credit',
  'full-credit',
  'line',
  'line-total',
  'billed',
  'billed-quantity',
  'billed-est',
  'missing',
  'unexpected',
  'unexpected-est',
  'unknown',
  'note',
  'charge-type',
  'promotion',
  'fetched-later',
  'rebuilt-seats',
  'renewal-start',
  'usage-billed',
  'price-file',
  'price-list',
  'est-unpriced',
  'no-market',
  'resource-unread',
] as const;

/** The ID of a reconciliation sentence. */
export type TextId = (typeof TEXT_IDS)[number];

/** The reader's own issues, by their English text. */
const READER_ISSUES = [
  'expected a charge type',
  'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)',
  'expected a last billed day at or after ChargeStartDate',
  'expected a number',
  'expected a number, or nothing',
  'expected a row of cells keyed by column',
] as const;

/** The English text of a reconciliation file's issue: the reader's own, or a shape's template. */
export type IssueText = (typeof READER_ISSUES)[number] | typeof SHAPE_TWICE | typeof SHAPE_WIDTH;

/** The reader's issues, by their English text (a file's shapes in words every reader shares). */
export const ISSUES: readonly IssueText[] = [...READER_ISSUES, SHAPE_TWICE, SHAPE_WIDTH];

/** One language's reconciliation sentences (MSG-1), kept in this area only. */
export interface ReconciliationTexts {
  /** The BCP 47 tag. */
  readonly tag: 'en' | 'ko' | 'zh-Hans' | 'zh-Hant';
  /** A template for every sentence. */
  readonly texts: { readonly [Id in TextId]: string };
  /** What each kind of line did, as `{action}`. */
  readonly actions: { readonly [Kind in InvoiceLineKind]: string };
  /** The reader's issues. */
  readonly issues: { readonly [Issue in IssueText]: string };
  /** What joins two sentences. */
  readonly separator: string;
}
