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
 * @returns A tracker with no line seen.
 */
export function fileDays(): FileDays {
  let firstCharge = Number.POSITIVE_INFINITY;
  let lastCharge = Number.NEGATIVE_INFINITY;
  let firstCredit = Number.POSITIVE_INFINITY;
  let lastCredit = Number.NEGATIVE_INFINITY;
  return {
    see(line) {
      if (!line.known) return;
      if (line.credit) {
        if (line.startDay - 1 < firstCredit) firstCredit = line.startDay - 1;
        if (line.startDay - 1 > lastCredit) lastCredit = line.startDay - 1;
      } else {
        if (line.startDay < firstCharge) firstCharge = line.startDay;
        if (line.startDay > lastCharge) lastCharge = line.startDay;
      }
    },
    bounds() {
      return [firstCharge, lastCharge, firstCredit, lastCredit];
    },
    add([charge, chargeEnd, credit, creditEnd]) {
      firstCharge = Math.min(firstCharge, charge);
      lastCharge = Math.max(lastCharge, chargeEnd);
      firstCredit = Math.min(firstCredit, credit);
      lastCredit = Math.max(lastCredit, creditEnd);
    },
    window() {
      const [firstDay, lastDay] =
        firstCharge <= lastCharge ? [firstCharge, lastCharge] : [firstCredit, lastCredit];
      return firstDay <= lastDay ? { firstDay, lastDay } : undefined;
    },
  };
}
