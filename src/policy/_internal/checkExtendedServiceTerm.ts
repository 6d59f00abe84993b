import { NEW_COMMERCE_PRODUCTS } from '../vocabulary/newCommerceProducts.ts';
import { fraction, list, oneOf, record, type Sink, text } from './guards.ts';

/** An instant as the catalog writes it: UTC, to the second or millisecond. */
export const EST_INSTANT: RegExp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/**
 * Checks a New Commerce policy's `extendedServiceTerm` section (EST-1, EST-3): the products it is
 * for, the two term dates as UTC instants, and the two uplifts as fractions in [0, 1) (0.03 is 3 %).
 */
export function checkExtendedServiceTerm(value: unknown, path: string, sink: Sink): void {
  const est = record(value, path, sink, [
    'products',
    'termStartedFrom',
    'termEndingFrom',
    'monthlyPlanUplift',
    'noMonthlyPlanUplift',
  ]);
  if (est === undefined) return;
  list(est.products, `${path}.products`, sink, (product, at, s) =>
    oneOf(product, NEW_COMMERCE_PRODUCTS, at, s),
  );
  text(est.termStartedFrom, `${path}.termStartedFrom`, sink, EST_INSTANT);
  text(est.termEndingFrom, `${path}.termEndingFrom`, sink, EST_INSTANT);
  fraction(est.monthlyPlanUplift, `${path}.monthlyPlanUplift`, sink);
  fraction(est.noMonthlyPlanUplift, `${path}.noMonthlyPlanUplift`, sink);
}
