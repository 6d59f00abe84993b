import type { FileLine } from '../_private.ts';

/** A line's order within its day, as the seats read it (a reduction, a charge, an addition). */
const RANK: Readonly<Record<string, number>> = { removequantity: 0, addquantity: 2 };

/** What the seats hold of a subscription, taken out. */
interface Seen {
  latest?: { seats: number; row: number; order: number };
  cancelled?: true;
}

/**
 * The seats a file's lines leave each subscription with, held as one object a subscription in
 * maps: what the columns of `fileSeats` must answer alike (the seats read from a line's
 * `Quantity` are given, not read).
 */
export function objectSeats(): {
  seeSeats(line: FileLine, seats: number): void;
  take(id: string | undefined): Seen | undefined;
  put(id: string, seen: Seen): void;
  of(id: string | undefined): { seats: number; row: number } | undefined;
} {
  const latest = new Map<string | undefined, { seats: number; row: number; order: number }>();
  const cancelled = new Set<string | undefined>();
  return {
    seeSeats(line, seats) {
      if (!line.known) return;
      if (line.chargeKey === 'cancelimmediate') {
        cancelled.add(line.subscriptionId);
        return;
      }
      if (seats < 0) return;
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
    put(
      id: string,
      seen: {
        latest?: { seats: number; row: number; order: number };
        cancelled?: true;
      },
    ): void {
      if (seen.cancelled === true) cancelled.add(id);
      const seenLatest = seen.latest;
      if (seenLatest === undefined) return;
      const held = latest.get(id);
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
