import type { FileWindow } from './FileChange.ts';
import type { FileLine } from './FileLine.ts';

/**
 * What a file's days are learnt from: the first and last `ChargeStartDate` of its charges, then of
 * its credits (the day before), as epoch days; infinite while none was seen.
 */
export type DayBounds = readonly [number, number, number, number];

/** The days a file bills events on, learnt line by line. */
export interface FileDays {
  /** Takes one line into account. */
  see(line: FileLine): void;
  /** What was learnt so far, to be added to another tracker's ({@link FileDays.add}). */
  bounds(): DayBounds;
  /** Takes another tracker's lines into account, as if this one had seen them. */
  add(bounds: DayBounds): void;
  /** The days so far; `undefined` while no line of a known charge type was seen. */
  window(): FileWindow | undefined;
}

/**
 * The days a file bills events on (REC-3): from the earliest to the latest `ChargeStartDate` of its
 * charges of a known type — the day before, of its credits, when it holds only credits (the day of
 * a reduction counts as used, NCE-5). A charge type nobody knows says nothing of them.
 *
 * @param bounds - Where what is learnt is kept, as {@link DayBounds} (changed in place: plain
 *   data, so what a reader learnt crosses to a worker as it is); a new one unless given.
 * @returns A tracker with no line seen (or the lines `bounds` says were).
 */
export function fileDays(
  bounds: [number, number, number, number] = [
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ],
): FileDays {
  const b = bounds;
  return {
    see(line) {
      if (!line.known) return;
      if (line.credit) {
        if (line.startDay - 1 < b[2]) b[2] = line.startDay - 1;
        if (line.startDay - 1 > b[3]) b[3] = line.startDay - 1;
      } else {
        if (line.startDay < b[0]) b[0] = line.startDay;
        if (line.startDay > b[1]) b[1] = line.startDay;
      }
    },
    bounds() {
      return [b[0], b[1], b[2], b[3]];
    },
    add([charge, chargeEnd, credit, creditEnd]) {
      b[0] = Math.min(b[0], charge);
      b[1] = Math.max(b[1], chargeEnd);
      b[2] = Math.min(b[2], credit);
      b[3] = Math.max(b[3], creditEnd);
    },
    window() {
      const [firstDay, lastDay] = b[0] <= b[1] ? [b[0], b[1]] : [b[2], b[3]];
      return firstDay <= lastDay ? { firstDay, lastDay } : undefined;
    },
  };
}
