import { MS_PER_DAY } from '../../kernel/units.ts';
import { startOfUtcDay } from '../../time/startOfUtcDay.ts';

/**
 * When a status a resource reports began, as a state read at `asOfMs` may hold it (NCE-8,
 * PCR-1): the rules' instant when it is consistent with the status — at or before `asOfMs`, and
 * its next step (`lastsDays` later) still to come — else the nearest instant that is: `asOfMs`
 * itself when the rules date it later (the status came early), or the latest UTC midnight whose
 * next step is still after `asOfMs` when the rules date it so early that the next step is overdue
 * (Partner Center has not taken it yet).
 *
 * @param ruleMs - The instant the rules give, epoch ms.
 * @param asOfMs - When the resource was fetched, epoch ms.
 * @param lastsDays - Days the status lasts before the next step.
 * @returns The instant, epoch ms, in (asOfMs − lastsDays days, asOfMs].
 */
export function pastEvent(ruleMs: number, asOfMs: number, lastsDays: number): number {
  if (ruleMs > asOfMs) return asOfMs;
  if (ruleMs + lastsDays * MS_PER_DAY > asOfMs) return ruleMs;
  return startOfUtcDay(asOfMs) - (lastsDays - 1) * MS_PER_DAY;
}
