import { TERM_MONTHS } from './billingPeriods.ts';

/** `BillingPlan` in Partner Center's spelling, by its lower case. */
const PLANS: Readonly<Record<string, 'Monthly' | 'Annual' | 'Triennial' | 'None' | 'OneTime'>> = {
  monthly: 'Monthly',
  annual: 'Annual',
  triennial: 'Triennial',
  none: 'None',
  onetime: 'OneTime',
};

/** The segments Partner Center names, by their lower case. */
const SEGMENTS: Readonly<Record<string, string>> = {
  commercial: 'Commercial',
  government: 'Government',
  education: 'Education',
  charity: 'Charity',
};

/** The columns that pick a price list's rows (PL-3), in the order a message names them. */
export const PRICE_KEY_COLUMNS = [
  'ProductId',
  'SkuId',
  'TermDuration',
  'BillingPlan',
  'Market',
  'Currency',
  'Segment',
] as const;

/** A term in upper case, or `undefined` when the price list writes no such term. */
export function canonicalTerm(text: string): keyof typeof TERM_MONTHS | undefined {
  const upper = text.trim().toUpperCase();
  return Object.hasOwn(TERM_MONTHS, upper) ? (upper as keyof typeof TERM_MONTHS) : undefined;
}

/** A billing plan in Partner Center's spelling, or `undefined`. */
export function canonicalPlan(
  text: string,
): 'Monthly' | 'Annual' | 'Triennial' | 'None' | 'OneTime' | undefined {
  const lower = text.trim().toLowerCase();
  return Object.hasOwn(PLANS, lower) ? PLANS[lower] : undefined;
}

/** A segment: a known one in Partner Center's spelling, another as written (trimmed). */
export function canonicalSegment(text: string): string {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  return Object.hasOwn(SEGMENTS, lower) ? (SEGMENTS[lower] as string) : trimmed;
}

/**
 * The text that names a key's rows (PL-1): every part in one case, so a key written in any case
 * finds them; `undefined` when the term or plan is none the price list writes.
 */
export function keyText(
  productId: string,
  skuId: string,
  term: string,
  plan: string,
  market: string,
  currency: string,
  segment: string,
): string {
  return `${productId.trim().toUpperCase()}\u0000${skuId.trim().toUpperCase()}\u0000${term.trim().toUpperCase()}\u0000${plan.trim().toLowerCase()}\u0000${market.trim().toUpperCase()}\u0000${currency.trim().toUpperCase()}\u0000${segment.trim().toLowerCase()}`;
}
