import { MS_PER_DAY } from '../../kernel/units.ts';
import type { TermWindowCancellation, WindowCancellation } from '../../policy/types.ts';
import { windowEndAt } from '../../policy/windowEndAt.ts';
import { startOfUtcDay } from '../../time/startOfUtcDay.ts';

/** The ends of a New Commerce term's computed windows, in epoch ms (NCE-3, NCE-4). */
export interface TermWindowEnds {
  /** The end of the cancellation window (exclusive): it never outlives the term. */
  readonly endMs: number;
  /** The end of the first day (exclusive): 00:00:00Z after the term's start. */
  readonly firstDayEndMs: number;
  /** The end of the full credit a request at the term's start gets, if it gets one. */
  readonly fullMs: number | undefined;
  /** Whether the whole window is a full-credit one (a window rule, marketplace SaaS). */
  readonly fullOnly: boolean;
}

/**
 * The windows a rule computes for a term [startMs, termEndMs) (NCE-3, NCE-4): the cancellation
 * window from the term's start, cut at the term's end; the full credit of a term window ends with
 * the term's first UTC day, that of a full-credit window with the window. What `termDecision`
 * decides by, and what the Partner Center reader compares a resource's stated windows with.
 *
 * @param rule - The product's window or term-window rule.
 * @param startMs - The term's start (the order for a product without a term).
 * @param termEndMs - The term's end (infinite for a product without a term).
 * @returns The ends, in epoch ms.
 */
export function termWindowEnds(
  rule: WindowCancellation | TermWindowCancellation,
  startMs: number,
  termEndMs: number,
): TermWindowEnds {
  const endMs = Math.min(windowEndAt(startMs, rule.window), termEndMs);
  const firstDayEndMs = startOfUtcDay(startMs) + MS_PER_DAY;
  if (rule.type === 'term-window') {
    const fullMs = rule.firstDay === 'full-credit' ? Math.min(firstDayEndMs, endMs) : undefined;
    return { endMs, firstDayEndMs, fullMs, fullOnly: false };
  }
  const full = rule.within === 'full-credit';
  return { endMs, firstDayEndMs, fullMs: full ? endMs : undefined, fullOnly: full };
}
