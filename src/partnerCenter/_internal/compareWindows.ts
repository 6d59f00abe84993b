import {
  cancelDecision,
  type DecisionFields,
  outcomeUntil,
} from '../../lifecycle/newCommerce/machine/cancelDecision.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import type { Basics } from './basics.ts';
import { fullRefund } from './basics.ts';
import { statedEnd } from './fields.ts';

/** The stated windows a New Commerce state keeps (PCR-1). */
type Stated = { cancellableUntil?: string | null; fullCreditUntil?: string };

/**
 * Keeps the windows a New Commerce resource states for its current term in the state (PCR-1),
 * `cancellationAllowedUntilDate` as `cancellableUntil` and the `Full` refund's `expiresAt` as
 * `fullCreditUntil`, each compared with NCE-4's, a note for each disagreement (a licence-based or
 * software full credit ends with the term's first UTC day). A 23:59 end is the end of that day.
 *
 * @returns The end of the cancellation window the state now has (the stated one, else the
 *   computed one), or `null` (no term, a trial, no window).
 */
export function compareWindows(b: Basics, s: DecisionFields & Stated): string | null {
  if (s.termStart === null || s.termEnd === null) return null;
  const d = cancelDecision(s, s.termStart);
  let windowEnd =
    'windowEndsAt' in d && d.outcome !== 'not-cancellable' ? (d.windowEndsAt ?? null) : null;
  const r = b.r;
  if (Object.hasOwn(r, 'cancellationAllowedUntilDate')) {
    const path = 'resource.cancellationAllowedUntilDate';
    const stated =
      r.cancellationAllowedUntilDate === null
        ? null
        : formatInstant(statedEnd(r.cancellationAllowedUntilDate, path), path);
    if (stated !== windowEnd)
      b.notes.push({
        path,
        message: `the resource ${stated === null ? 'allows no cancellation' : `allows cancelling until ${stated}`}, the rules ${windowEnd === null ? 'allow none' : `until ${windowEnd}`}; the resource's window is kept`,
      });
    s.cancellableUntil = stated;
    windowEnd = stated;
  }
  const full = fullRefund(r);
  if (full !== undefined) {
    const computed = d.outcome === 'full-credit' ? (outcomeUntil(s, d) ?? null) : null;
    const stated = formatInstant(full.ms, full.path);
    if (stated !== computed)
      b.notes.push({
        path: full.path,
        message: `the resource ends the full refund at ${stated}, the rules ${computed === null ? 'give no full refund' : `at ${computed}`}; the resource's window is kept`,
      });
    s.fullCreditUntil = stated;
  }
  return windowEnd;
}
