/**
 * The sentences of a resale check (RSL-5 … RSL-8), by ID. Placeholders: `{amount}`, `{rise}`,
 * `{credited}`, `{passed}` amounts with their currency; `{term}`/`{billing}` Partner Center's codes
 * (`P1Y`, `monthly`); the others numbers and names as the inputs write them.
 */
export const RESALE_TEXT_IDS = [
  'unbilled-seats',
  'ghost',
  'over-billed',
  'term-mismatch',
  'unused-seats',
  'price-not-passed-on',
  'credit-not-passed-back',
  'margin-below-floor',
  'reason-extended-service-term',
  'reason-renewal',
  'reason-price-change',
  'remedy-unbilled',
  'remedy-ghost',
  'remedy-over-billed',
  'remedy-term',
  'remedy-unused',
  'remedy-price',
  'remedy-price-est',
  'remedy-credit',
  'remedy-margin',
  'issue-missing-column',
  'issue-missing-field',
  'issue-amount',
  'issue-decimals',
  'issue-quantity',
  'issue-date',
  'issue-period',
  'issue-currency',
  'issue-term',
  'issue-customer',
  'issue-fx',
  'issue-mixed',
  'issue-seats',
  'note-usage',
  'note-seats-differ',
  'note-prices',
  'more-seats-one',
  'more-seats-other',
  'seats-one',
  'seats-other',
  'side-cost',
  'side-billed',
] as const;

/** The ID of a resale sentence. */
export type ResaleTextId = (typeof RESALE_TEXT_IDS)[number];

/** One language's resale sentences. */
export interface ResaleTexts {
  /** The locale's tag. */
  readonly tag: string;
  /** The sentences by ID. */
  readonly texts: Readonly<Record<ResaleTextId, string>>;
}
