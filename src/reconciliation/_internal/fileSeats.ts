import { CHARGE_TYPES } from './chargeTypes.ts';
import type { FileLine } from './FileLine.ts';
import { seatsOf } from './seatsOf.ts';

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
 * The seats each subscription's lines leave it with (REC-3): the `Quantity` (seats after the
 * event, REC-1) of its latest line, latest by `ChargeStartDate`, then a reduction before a
 * period's charge before an addition on one day; a subscription the file cancels has none (its
 * credit's `Quantity` is 0, whatever the resource says after). What a resource fetched after a
 * later seat change is checked against.
 *
 * @returns What the lines are shown to (a row's `Quantity` cell, or its seats read already by
 *   {@link seatsOf}), and the seats of a subscription.
 */
export function fileSeats(): {
  see(line: FileLine, quantity: unknown): void;
  seeSeats(line: FileLine, seats: number): void;
  of(id: string | undefined): FileSeats | undefined;
  take(id: string): SeenSeats | undefined;
  put(id: string, seen: SeenSeats): void;
} {
  const latest = new Map<string | undefined, { seats: number; row: number; order: number }>();
  const cancelled = new Set<string | undefined>();
  const cancel = CHARGE_TYPES.cancel.toLowerCase();
  const self: ReturnType<typeof fileSeats> = {
    see(line, quantity) {
      if (line.known) self.seeSeats(line, seatsOf(quantity));
    },
    seeSeats(line, seats) {
      if (!line.known) return;
      if (line.chargeKey === cancel) {
        cancelled.add(line.subscriptionId);
        return;
      }
      if (seats < 0) return;
      // a two-line change's reversal refunds the old quantity: its new line says the seats
      if (!line.credit && Number(line.quantityUnits) < 0) return;
      const order = line.startDay * 4 + (RANK[line.chargeKey] ?? 1);
      const held = latest.get(line.subscriptionId);
      if (held === undefined) latest.set(line.subscriptionId, { seats, row: line.row, order });
      else if (order >= held.order) {
        // in place: the object is this map's own until taken
        held.seats = seats;
        held.row = line.row;
        held.order = order;
      }
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
  return self;
}
