import {
  cancelDecision,
  type DecisionFields,
  outcomeUntil,
} from '../../lifecycle/newCommerce/machine/cancelDecision.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import type { Basics } from './basics.ts';
import { fullRefund } from './basics.ts';
import { statedEnd } from './fields.ts';

/**
 * Compares the windows a New Commerce resource states with NCE-4's for its current term, a note for
 * each disagreement (PCR-1): `cancellationAllowedUntilDate` with the cancellation window, the `Full`
 * refund's `expiresAt` with the full-credit end (a licence-based or software full credit ends with
 * the term's first UTC day). A 23:59 end is the end of that day.
 *
 * @returns The computed cancellation window's end, or `null` (no term, a trial, no window).
 */
export function compareWindows(b: Basics, s: DecisionFields): string | null {
  if (s.termStart === null || s.termEnd === null) return null;
  const d = cancelDecision(s, s.termStart);
  const windowEnd =
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
        message: `the resource ${stated === null ? 'allows no cancellation' : `allows cancelling until ${stated}`}, the rules ${windowEnd === null ? 'allow none' : `until ${windowEnd}`}; the rules' window is used`,
      });
  }
  const full = fullRefund(r);
  if (full !== undefined) {
    // a licence-based or software full credit ends with the term's first UTC day (NCE-4)
    const computed = d.outcome === 'full-credit' ? (outcomeUntil(s, d) ?? null) : null;
    const stated = formatInstant(full.ms, full.path);
    if (stated !== computed)
      b.notes.push({
        path: full.path,
        message: `the resource ends the full refund at ${stated}, the rules ${computed === null ? 'give no full refund' : `at ${computed}`}; the rules' window is used`,
      });
  }
  return windowEnd;
}
