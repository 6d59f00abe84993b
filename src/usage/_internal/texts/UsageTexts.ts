import { SHAPE_TWICE, SHAPE_WIDTH } from '../../../kernel/shapeTexts.ts';
/**
 * The sentences of a usage reconciliation (USG-2 … USG-5), by ID. Placeholders: `{amount}`,
 * `{expected}`, `{billed}`, `{daily}`, `{low}`, `{high}` amounts with their currency; `{days}` a
 * list of days; the others numbers and names as the file writes them.
 */
export const USAGE_TEXT_IDS = [
  'line-amount',
  'line-price',
  'line-one',
  'line-group',
  'note-price',
  'note-promotion',
  'pec-not-earned',
  'pec-not-earned-month',
  'pec-excluded',
  'pec-rate',
  'reason-third-party',
  'reason-marketplace',
  'reason-spot',
  'reason-benefit',
  'band-matched',
  'band-different',
  'invoice-different',
  'missing',
  'unexpected',
  'late',
  'credit-applied',
  'credit-partial',
  'credit-ineligible',
  'remedy-pec',
  'remedy-excluded',
  'remedy-pec-rate',
  'remedy-microsoft',
  'not-checked-pec',
  'not-checked-pec-price',
  'not-checked-third-party',
  'not-checked-invoice',
  'provisional',
] as const;

/** The ID of a usage sentence. */
export type UsageTextId = (typeof USAGE_TEXT_IDS)[number];

/** The reader's own issues, by their English text. */
const READER_ISSUES = [
  'expected a row of cells keyed by column, or one JSON line',
  'expected a value',
  'expected text',
  'expected SubscriptionId or EntitlementId',
  'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)',
  'expected a number',
  'expected a percentage from 0 to 100',
  'expected an exchange rate above 0',
  'expected an active ISO 4217 code',
  'expected no more decimals than the billing currency has',
  'expected a safe integer count of minor units',
  'expected a sum of at most 9007199254740991 minor units',
  'Azure plan and PEC aren’t shown on the D (Legacy) invoice',
  'a line dated after the file was fetched',
] as const;

/** One of the reader's issues: its own, or a shape's template. */
export type UsageIssueText =
  | (typeof READER_ISSUES)[number]
  | typeof SHAPE_TWICE
  | typeof SHAPE_WIDTH;

/** The reader's issues, by their English text (`readUsageLine` answers in English). */
export const USAGE_ISSUES: readonly UsageIssueText[] = [...READER_ISSUES, SHAPE_TWICE, SHAPE_WIDTH];

/** One language's usage sentences (MSG-1), kept in this area only. */
export interface UsageTexts {
  /** The BCP 47 tag. */
  readonly tag: 'en' | 'ko' | 'zh-Hans' | 'zh-Hant';
  /** A template for every sentence. */
  readonly texts: { readonly [Id in UsageTextId]: string };
  /** The reader's issues. */
  readonly issues: { readonly [Issue in UsageIssueText]: string };
  /** What joins the items of a list. */
  readonly comma: string;
}
