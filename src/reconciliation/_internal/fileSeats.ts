import { CHARGE_TYPES } from './chargeTypes.ts';
import type { FileLine } from './FileLine.ts';
import { SubscriptionSlots } from './SubscriptionSlots.ts';
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

/** A subscription's seats' flags: a line said them, a line cancelled it. */
const LATEST = 1;
const CANCELLED = 2;

/** A column twice as long, its values kept. */
function grown<T extends Int32Array | Uint8Array>(from: T, make: (length: number) => T): T {
  const to = make(from.length * 2);
  to.set(from);
  return to;
}

/**
 * The seats each subscription's lines leave it with (REC-3): the `Quantity` (seats after the
 * event, REC-1) of its latest line, latest by `ChargeStartDate`, then a reduction before a
 * period's charge before an addition on one day; a subscription the file cancels has none (its
 * credit's `Quantity` is 0, whatever the resource says after). What a resource fetched after a
 * later seat change is checked against. Held as columns by the subscriptions' numbers (seats,
 * row, order, flags: 13 bytes), no object a subscription.
 *
 * @param slots - The subscriptions' numbers, shared with the other tables holding them (its own
 *   unless given).
 * @returns What the lines are shown to (a row's `Quantity` cell, or its seats read already by
 *   {@link seatsOf}), and the seats of a subscription.
 */
export function fileSeats(slots: SubscriptionSlots = new SubscriptionSlots()): {
  see(line: FileLine, quantity: unknown): void;
  seeSeats(line: FileLine, seats: number): void;
  of(id: string | undefined): FileSeats | undefined;
  take(id: string | undefined): SeenSeats | undefined;
  put(id: string, seen: SeenSeats): void;
} {
  let seatsAt = new Int32Array(1024);
  let rowAt = new Int32Array(1024);
  let orderAt = new Int32Array(1024);
  let flagsAt = new Uint8Array(1024);
  const cancel = CHARGE_TYPES.cancel.toLowerCase();
  /** The subscription's number, held here from now on; its flags 0 when new. */
  const slotOf = (id: string | undefined): number => {
    let slot = slots.find(id);
    if (slot !== -1 && (flagsAt[slot] ?? 0) !== 0) return slot;
    slot = slots.hold(id);
    while (slot >= flagsAt.length) {
      seatsAt = grown(seatsAt, (n) => new Int32Array(n));
      rowAt = grown(rowAt, (n) => new Int32Array(n));
      orderAt = grown(orderAt, (n) => new Int32Array(n));
      flagsAt = grown(flagsAt, (n) => new Uint8Array(n));
    }
    flagsAt[slot] = 0;
    return slot;
  };
  /** The subscription's number when something is held here of it, else -1. */
  const heldAt = (id: string | undefined): number => {
    const slot = slots.find(id);
    return slot !== -1 && (flagsAt[slot] ?? 0) !== 0 ? slot : -1;
  };
  const self: ReturnType<typeof fileSeats> = {
    see(line, quantity) {
      if (line.known) self.seeSeats(line, seatsOf(quantity));
    },
    seeSeats(line, seats) {
      if (!line.known) return;
      if (line.chargeKey === cancel) {
        const slot = slotOf(line.subscriptionId);
        flagsAt[slot] = (flagsAt[slot] as number) | CANCELLED;
        return;
      }
      if (seats < 0) return;
      // a two-line change's reversal refunds the old quantity: its new line says the seats
      if (!line.credit && Number(line.quantityUnits) < 0) return;
      const order = line.startDay * 4 + (RANK[line.chargeKey] ?? 1);
      const slot = slotOf(line.subscriptionId);
      const flags = flagsAt[slot] as number;
      if ((flags & LATEST) === 0 || order >= (orderAt[slot] as number)) {
        seatsAt[slot] = seats;
        rowAt[slot] = line.row;
        orderAt[slot] = order;
        flagsAt[slot] = flags | LATEST;
      }
    },
    take(id) {
      const slot = heldAt(id);
      if (slot === -1) return undefined;
      const flags = flagsAt[slot] as number;
      flagsAt[slot] = 0;
      slots.letGo(id, slot);
      return {
        ...((flags & LATEST) === 0
          ? {}
          : {
              latest: {
                seats: seatsAt[slot] as number,
                row: rowAt[slot] as number,
                order: orderAt[slot] as number,
              },
            }),
        ...((flags & CANCELLED) === 0 ? {} : { cancelled: true as const }),
      };
    },
    put(id, seen) {
      const seenLatest = seen.latest;
      if (seen.cancelled !== true && seenLatest === undefined) return;
      const slot = slotOf(id);
      const flags = flagsAt[slot] as number;
      if (seen.cancelled === true) flagsAt[slot] = flags | CANCELLED;
      if (seenLatest === undefined) return;
      // the latest of the two, a later line winning a tie as when the lines are read in one go
      if (
        (flags & LATEST) === 0 ||
        seenLatest.order > (orderAt[slot] as number) ||
        (seenLatest.order === orderAt[slot] && seenLatest.row > (rowAt[slot] as number))
      ) {
        seatsAt[slot] = seenLatest.seats;
        rowAt[slot] = seenLatest.row;
        orderAt[slot] = seenLatest.order;
        flagsAt[slot] = (flagsAt[slot] as number) | LATEST;
      }
    },
    of(id) {
      const slot = heldAt(id);
      if (slot === -1) return undefined;
      const flags = flagsAt[slot] as number;
      if ((flags & CANCELLED) !== 0 || (flags & LATEST) === 0) return undefined;
      return { seats: seatsAt[slot] as number, row: rowAt[slot] as number };
    },
  };
  return self;
}
