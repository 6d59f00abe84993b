import {
  type FileGroup,
  QUANTITIES_KEPT,
  ROWS_KEPT,
} from '../../../reconciliation/_internal/LineGroups.ts';
import { plainGroups } from '../plainGroups.ts';
import type { PlainSubscription } from '../reconPlains.ts';

/** A decimal printed by DuckDB (`-1.500000000000000000`) as digits and a scale, trailing zeros dropped. */
function decimalOf(text: string, scale?: number): { units: number | bigint; scale: number } {
  const [whole = '0', fraction = ''] = text.split('.');
  const kept = scale ?? fraction.replace(/0+$/, '').length;
  const digits = BigInt(`${whole}${fraction.slice(0, kept)}`);
  if (digits === 0n) return { units: 0, scale: scale ?? 0 };
  const safe = digits >= -9_007_199_254_740_991n && digits <= 9_007_199_254_740_991n;
  return { units: safe ? Number(digits) : digits, scale: kept };
}

/** A group of a plain subscription as the SQL lists it, with its subscription's facts. */
export interface SqlGroupRow {
  readonly k: string;
  readonly first: number;
  readonly cancelled: boolean | null;
  /** `label_0`…: the labels of the subscription's first line, in `LinePlaces.labels`' order. */
  readonly [label: `label_${number}`]: string | null;
  readonly unit_price: string | null;
  readonly unit_currency: string | null;
  readonly latest_seats: number | null;
  readonly latest_row: number | null;
  readonly latest_order: number | null;
  readonly group_first: number;
  readonly charge_type: string;
  readonly charge_key: string;
  readonly known: boolean;
  readonly credit: boolean;
  readonly start_day: number;
  readonly end_day: number;
  readonly currency: string | null;
  readonly lines: number;
  readonly negative_lines: number;
  readonly subtotal: string;
  readonly subtotal_scale: number;
  readonly quantity: string;
  readonly quantity_scale: number;
  readonly prices: number;
  readonly price: string | null;
  readonly promotions: number;
  readonly promotion: string | null;
  readonly est: boolean;
  /** The group's first `UnitPrice` (REC-5), `null` when none of its lines prints one. */
  readonly term_price: string | null;
  /** A line of the group above, when it has more than one: its row (`null` on the group's own). */
  readonly line_row: number | null;
  /** That line's own quantity. */
  readonly line_quantity: string | null;
}

/**
 * A group of the SQL as the line groups hold it.
 *
 * @param group - The group's row.
 * @param lines - Its lines' rows and own quantities in the file's order, when it has more than
 *   one (the first {@link ROWS_KEPT} at least, every one up to {@link QUANTITIES_KEPT}).
 * @param withPromotion - Whether the file has `PromotionId`.
 */
export function fileGroupOf(
  group: SqlGroupRow,
  lines: readonly { readonly row: number; readonly quantity: string }[],
  withPromotion: boolean,
): FileGroup {
  const subtotal = decimalOf(group.subtotal, group.subtotal_scale);
  const quantity = decimalOf(group.quantity, group.quantity_scale);
  const price = group.prices === 1 && group.price !== null ? decimalOf(group.price) : null;
  const one = group.lines === 1;
  return {
    subscriptionId: group.k === '' ? undefined : group.k,
    chargeType: group.charge_type,
    chargeKey: group.charge_key,
    known: group.known,
    credit: group.credit,
    startDay: group.start_day,
    endDay: group.end_day,
    currency: group.currency ?? undefined,
    lines: group.lines,
    rows: one ? [group.group_first] : lines.slice(0, ROWS_KEPT).map((line) => line.row),
    negativeLines: group.negative_lines,
    positiveLines: group.lines - group.negative_lines,
    // a line's own quantity is the sum of a group of one
    quantities: one
      ? [decimalOf(group.quantity)]
      : group.lines > QUANTITIES_KEPT
        ? null
        : lines.map((line) => decimalOf(line.quantity)),
    subtotalUnits: subtotal.units,
    subtotalScale: subtotal.scale,
    quantityUnits: quantity.units,
    quantityScale: quantity.scale,
    priceUnits: group.prices === 0 ? undefined : (price?.units ?? null),
    priceScale: price?.scale ?? 0,
    ...(withPromotion
      ? { promotionId: group.promotions === 1 ? (group.promotion ?? '') : null }
      : {}),
    est: group.est,
    ...(group.term_price === null || group.term_price === undefined
      ? {}
      : { unitPrice: group.term_price }),
  };
}

/**
 * A plain subscription of the SQL (REC-3, `--engine duckdb`) in the reconcile job's plain form,
 * as a share of the default engine writes one ({@link PlainSubscription}): its groups, and what
 * its first lines say — its labels (each trimmed, an empty one left out), its `UnitPrice` and
 * `Currency` when the file's own prices are read, its seats.
 *
 * @param found - The subscription's first group's row (its facts).
 * @param parts - Its groups, in the order of their first lines.
 * @param labels - The label columns' keys, in the order the SQL names them (`label_0`…).
 * @param withPrices - Whether its `UnitPrice` is kept.
 * @param withSeats - Whether the file has `Quantity`.
 * @returns It as plain data.
 */
export function plainSubscriptionOf(
  found: SqlGroupRow,
  parts: readonly FileGroup[],
  labels: readonly string[],
  withPrices: boolean,
  withSeats: boolean,
): PlainSubscription {
  let said: Record<string, string> | undefined;
  if (labels.length > 0) {
    said = {};
    for (let k = 0; k < labels.length; k++) {
      const text = found[`label_${k}`]?.trim();
      if (text !== undefined && text !== '') said[labels[k] as string] = text;
    }
  }
  const seats =
    !withSeats || (found.latest_row === null && found.cancelled !== true)
      ? undefined
      : {
          ...(found.latest_row === null
            ? {}
            : {
                latest: {
                  seats: Number(found.latest_seats),
                  row: found.latest_row,
                  order: Number(found.latest_order),
                },
              }),
          ...(found.cancelled === true ? { cancelled: true as const } : {}),
        };
  return {
    id: found.k === '' ? null : found.k,
    groups: parts.map(plainGroups.write),
    labels: said,
    unitPrice:
      withPrices && found.unit_price !== null && found.unit_currency !== null
        ? { UnitPrice: found.unit_price, Currency: found.unit_currency }
        : undefined,
    seats,
  };
}
