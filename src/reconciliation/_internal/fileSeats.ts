import { CHARGE_TYPES } from './chargeTypes.ts';
import type { FileLine } from './FileLine.ts';

/** The seats a file's lines leave a subscription with: its latest line's `Quantity`, and where. */
export interface FileSeats {
  /** The seats after the subscription's latest line (its `Quantity`). */
  readonly seats: number;
  /** That line's row. */
  readonly row: number;
}

/**
 * When a line's event happened, for ordering the lines of a day (REC-1, REC-4): a credit's line
 * starts the day after its event, so a reduction printed on day d happened on d − 1, before the
 * period that starts on d; seats added on d come after that period's charge.
 */
const RANK: Readonly<Record<string, number>> = {
  [CHARGE_TYPES['remove-quantity'].toLowerCase()]: 0,
  [CHARGE_TYPES['add-quantity'].toLowerCase()]: 2,
};

/**
 * The seats each subscription's lines leave it with (REC-3): the `Quantity` (seats after the
 * event, REC-1) of its latest line, latest by `ChargeStartDate`, then a reduction before a
 * period's charge before an addition on one day; a subscription the file cancels has none (its
 * credit's `Quantity` is 0, whatever the resource says after). What a resource fetched after a
 * later seat change is checked against.
 *
 * @returns What the lines are shown to, and the seats of a subscription.
 */
export function fileSeats(): {
  see(line: FileLine, quantity: unknown): void;
  of(id: string | undefined): FileSeats | undefined;
} {
  const latest = new Map<string | undefined, { seats: number; row: number; order: number }>();
  const cancelled = new Set<string | undefined>();
  return {
    see(line, quantity) {
      if (!line.known) return;
      if (line.chargeKey === CHARGE_TYPES.cancel.toLowerCase()) {
        cancelled.add(line.subscriptionId);
        return;
      }
      const text = typeof quantity === 'string' ? quantity.trim().replace(/^'/, '') : '';
      if (!/^\d{1,9}(\.0+)?$/.test(text)) return;
      // a two-line change's reversal refunds the old quantity: its new line says the seats
      if (!line.credit && Number(line.quantityUnits) < 0) return;
      const order = line.startDay * 4 + (RANK[line.chargeKey] ?? 1);
      const held = latest.get(line.subscriptionId);
      if (held === undefined || order >= held.order)
        latest.set(line.subscriptionId, { seats: Number.parseInt(text, 10), row: line.row, order });
    },
    of(id) {
      if (cancelled.has(id)) return undefined;
      const held = latest.get(id);
      return held === undefined ? undefined : { seats: held.seats, row: held.row };
    },
  };
}
