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
 * What a subscription's lines have shown of its seats so far: the latest seats, where and in what
 * order, and whether a line cancelled it — taken out and put back whole when the lines are held in
 * parts (`reconcile --memory`).
 */
export interface SeenSeats {
  /** The latest line's seats, its row and its order, when a line said them. */
  readonly latest?: { readonly seats: number; readonly row: number; readonly order: number };
  /** Whether a line cancelled it. */
  readonly cancelled?: true;
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
 * A `Quantity` cell's seats: trimmed, without Excel's apostrophe, one to nine digits, then perhaps a
 * point and zeros (`'45.0000`); -1 for anything else (one scan, no regular expression).
 */
function seatsOf(quantity: unknown): number {
  if (typeof quantity !== 'string') return -1;
  const text = quantity.trim();
  let i = text.charCodeAt(0) === 39 ? 1 : 0;
  const end = text.length;
  let seats = 0;
  const first = i;
  for (; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    seats = seats * 10 + digit;
  }
  if (i === first || i - first > 9) return -1;
  if (i === end) return seats;
  if (text.charCodeAt(i) !== 46 || i + 1 === end) return -1;
  for (i++; i < end; i++) if (text.charCodeAt(i) !== 48) return -1;
  return seats;
}

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
  take(id: string): SeenSeats | undefined;
  put(id: string, seen: SeenSeats): void;
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
      const seats = seatsOf(quantity);
      if (seats < 0) return;
      // a two-line change's reversal refunds the old quantity: its new line says the seats
      if (!line.credit && Number(line.quantityUnits) < 0) return;
      const order = line.startDay * 4 + (RANK[line.chargeKey] ?? 1);
      const held = latest.get(line.subscriptionId);
      if (held === undefined || order >= held.order)
        latest.set(line.subscriptionId, { seats, row: line.row, order });
    },
    take(id) {
      const held = latest.get(id);
      const cancel = cancelled.has(id);
      latest.delete(id);
      cancelled.delete(id);
      if (held === undefined && !cancel) return undefined;
      return {
        ...(held === undefined ? {} : { latest: held }),
        ...(cancel ? { cancelled: true as const } : {}),
      };
    },
    put(id, seen) {
      if (seen.cancelled === true) cancelled.add(id);
      const seenLatest = seen.latest;
      if (seenLatest === undefined) return;
      const held = latest.get(id);
      // the latest of the two, a later line winning a tie as when the lines are read in one go
      if (
        held === undefined ||
        seenLatest.order > held.order ||
        (seenLatest.order === held.order && seenLatest.row > held.row)
      )
        latest.set(id, { ...seenLatest });
    },
    of(id) {
      if (cancelled.has(id)) return undefined;
      const held = latest.get(id);
      return held === undefined ? undefined : { seats: held.seats, row: held.row };
    },
  };
}
