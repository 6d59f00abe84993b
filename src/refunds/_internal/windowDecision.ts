import { MS_PER_DAY } from '../../kernel/units.ts';
import type { WindowCancellation } from '../../policy/types.ts';
import { windowEndAt } from '../../policy/windowEndAt.ts';
import { windowLength } from '../../policy/windowLength.ts';
import type { Money } from '../../pricing/money.ts';
import { roundHalfUp } from '../../pricing/rounding/roundHalfUp.ts';
import { unusedTermCredit } from '../../pricing/unusedTermCredit.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import type { Term } from '../../time/Term.ts';
import { termEndAt } from '../../time/termEndAt.ts';
import type { CancellationDecision } from '../types.ts';
import { statedWindow } from './statedWindow.ts';

/**
 * The decision of a rule with a window [orderedAt, orderedAt + window) (TIME-3; REF-1, REF-2,
 * REF-3, REF-5, REF-6, REF-9). Works on epoch milliseconds already checked; formats each output
 * instant once and builds no closure, array or regular expression. A stated full-credit end
 * (`fullCreditUntil`, PCR-1) replaces the computed one: it ends a full-credit window, and before it
 * a prorated rule credits in full.
 *
 * @param rule - The product's window rule.
 * @param policyId - The deciding policy's ID.
 * @param orderedMs - The order, epoch ms.
 * @param atMs - The request, epoch ms, not before the order.
 * @param price - The checked price, if any.
 * @param term - The purchase's term, for a prorated credit.
 * @param currentTermEndMs - The current term's end, epoch ms, after `atMs`, if given.
 * @param fullCreditUntil - The purchase's stated full-credit end, as given.
 * @returns The decision.
 */
export function windowDecision(
  rule: WindowCancellation,
  policyId: string,
  orderedMs: number,
  atMs: number,
  price: Money | undefined,
  term: Term,
  currentTermEndMs: number | undefined,
  fullCreditUntil: unknown,
): CancellationDecision {
  const window = rule.window;
  const computedEndMs = windowEndAt(orderedMs, window);
  const full = rule.within === 'full-credit';
  const w = statedWindow(
    undefined,
    fullCreditUntil,
    orderedMs,
    computedEndMs,
    full ? computedEndMs : undefined,
    full,
  );
  const endMs = w.endMs;
  const [count, unit] = windowLength(window);
  const span = w.stated ? 'stated' : `${count}-${unit.replace(' ', '-')}`;
  const windowEndsAt = formatInstant(endMs, 'windowEndsAt');
  if (atMs >= endMs) {
    if (rule.after === 'not-cancellable') {
      return {
        outcome: 'not-cancellable',
        rule: rule.afterRule,
        policyId,
        message: `No longer cancellable: the ${span} cancellation window after the order ended ${windowEndsAt}.`,
        reason: 'window-closed',
        windowEndsAt,
        daysRemaining: 0,
      };
    }
    const scheduled = 'the cancellation is scheduled for the end of the current term';
    const message = `Requested after the ${span} full-credit window (ended ${windowEndsAt}): ${scheduled}`;
    if (currentTermEndMs === undefined) {
      return {
        outcome: 'cancel-at-renewal',
        rule: rule.afterRule,
        policyId,
        message: `${message}, with no credit.`,
        windowEndsAt,
        daysRemaining: 0,
      };
    }
    const effectiveAt = formatInstant(currentTermEndMs, 'effectiveAt');
    return {
      outcome: 'cancel-at-renewal',
      rule: rule.afterRule,
      policyId,
      message: `${message} (${effectiveAt}), with no credit.`,
      windowEndsAt,
      daysRemaining: 0,
      effectiveAt,
    };
  }
  const daysRemaining = Math.floor((endMs - atMs) / MS_PER_DAY);
  const outcome =
    w.fullMs === undefined ? rule.within : atMs < w.fullMs ? 'full-credit' : 'prorated-credit';
  const length = w.stated
    ? 'the stated window'
    : `${count} ${unit}${count === 1 ? '' : 's'} of the order`;
  const message =
    outcome === 'full-credit'
      ? `Cancelled within ${length}: full credit on the next invoice (window ends ${windowEndsAt}).`
      : `Cancelled within ${length}, with no early-termination fee: the unused part of the term is credited on the next invoice (window ends ${windowEndsAt}).`;
  if (price === undefined) {
    return { outcome, rule: rule.withinRule, policyId, message, windowEndsAt, daysRemaining };
  }
  const amount =
    outcome === 'full-credit'
      ? price.amount
      : unusedTermCredit(price.amount, orderedMs, termEndAt(orderedMs, term, 1), atMs, roundHalfUp);
  return {
    outcome,
    rule: rule.withinRule,
    policyId,
    message,
    windowEndsAt,
    daysRemaining,
    credit: { amount, currency: price.currency },
  };
}
