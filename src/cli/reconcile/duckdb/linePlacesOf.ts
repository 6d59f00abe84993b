import { columnIndex } from '../../../kernel/columnIndex.ts';
import {
  type FindingLabels,
  LABEL_COLUMNS,
} from '../../../reconciliation/_internal/FindingLabels.ts';
import type { LinePlaces } from './groupingSql.ts';

/** The columns the default reader reads, as it finds them: exactly, else in any case, trimmed. */
const LINE_COLUMNS = [
  'ChargeType',
  'ChargeStartDate',
  'ChargeEndDate',
  'BillableQuantity',
  'Subtotal',
  'SubscriptionId',
  'EffectiveUnitPrice',
  'Currency',
  'PromotionId',
  'PriceAdjustmentDescription',
  'SkuName',
  'OfferName',
  'ProductName',
] as const;

function headerKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/**
 * Where DuckDB's SQL reads a reconciliation file's columns (REC-3, `--engine duckdb`), found as
 * the default engine's line reader finds them: exactly, else in any case, trimmed.
 *
 * @param header - The header row's cells (its columns a line needs all there).
 * @param withPrices - Whether each subscription's `UnitPrice` is kept (without `--prices`).
 * @returns The places; or why the default engine reads the file (a column the comparison reads
 *   named twice, which the two readers would take differently).
 */
export function linePlacesOf(
  header: readonly string[],
  withPrices: boolean,
): { readonly places: LinePlaces } | { readonly why: string } {
  const exact = new Map<string, number>();
  for (const column of LINE_COLUMNS) {
    let at = header.indexOf(column);
    if (at < 0) at = header.findIndex((name) => headerKey(name) === column.toLowerCase());
    if (header.filter((name) => headerKey(name) === column.toLowerCase()).length > 1)
      return { why: `the header names ${column} twice` };
    if (at >= 0) exact.set(column, at);
  }
  const place = (column: (typeof LINE_COLUMNS)[number]): number => exact.get(column) as number;
  const at = columnIndex(header);
  return {
    places: {
      chargeType: place('ChargeType'),
      startDate: place('ChargeStartDate'),
      endDate: place('ChargeEndDate'),
      billableQuantity: place('BillableQuantity'),
      subtotal: place('Subtotal'),
      subscriptionId: exact.get('SubscriptionId'),
      effectiveUnitPrice: exact.get('EffectiveUnitPrice'),
      currency: exact.get('Currency'),
      promotionId: exact.get('PromotionId'),
      named: (['PriceAdjustmentDescription', 'SkuName', 'OfferName', 'ProductName'] as const)
        .map((column) => exact.get(column))
        .filter((i) => i !== undefined),
      seats: at('Quantity'),
      unitPrice: withPrices ? at('UnitPrice') : undefined,
      termPrice: at('UnitPrice'),
      labels: Object.entries(LABEL_COLUMNS).flatMap(([key, column]) => {
        const i = at(column);
        return i === undefined ? [] : [[key as keyof FindingLabels, i] as const];
      }),
    },
  };
}
