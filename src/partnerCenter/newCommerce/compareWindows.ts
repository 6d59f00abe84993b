import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import type { NewCommercePolicyRules } from '../../policy/types.ts';
import { newCommerceWindows } from '../../refunds/newCommerce/newCommerceWindows.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import type { Basics } from '../_internal/basics.ts';
import { fullRefund } from '../_internal/basics.ts';
import { statedEnd } from '../_internal/fields.ts';
import { note } from '../_internal/note.ts';

/** The stated windows a New Commerce state keeps (PCR-1). */
type Stated = { cancellableUntil?: string | null; fullCreditUntil?: string };

const text = (ms: number | null): string | null =>
  ms === null ? null : formatInstant(ms, 'windowEndsAt');

/**
 * Keeps the windows a New Commerce resource states for its current term [startMs, termEndMs) in
 * the state (PCR-1), `cancellationAllowedUntilDate` as `cancellableUntil` and the `Full` refund's
 * `expiresAt` as `fullCreditUntil`, each compared in epoch ms with what the rules compute for the
 * term (`newCommerceWindows`, what `cancellationDecision` decides by: a licence-based or software
 * full credit ends with the term's first UTC day), a note for each disagreement. A 23:59 end is
 * the end of that day. Instants are formatted only to be kept or written in a note.
 *
 * @returns The end of the cancellation window the state now has (the stated one, else the
 *   computed one), in epoch ms, or `null` (none).
 */
export function compareWindows(
  b: Basics,
  s: Pick<NewCommerceSubscription, 'product' | 'billingFrequency'> & Stated,
  rules: NewCommercePolicyRules,
  startMs: number,
  termEndMs: number,
): number | null {
  const c = newCommerceWindows(rules, s.product, s.billingFrequency, startMs, termEndMs);
  const windowMs = c === undefined ? null : c.endMs;
  // what a cancellation at the term's start gets, until when (the lifecycle's outcomeUntil)
  const fullMs =
    c?.fullMs === undefined
      ? null
      : s.product === 'marketplace-saas'
        ? c.endMs
        : Math.min(c.firstDayEndMs, c.endMs);
  const r = b.r;
  let end = windowMs;
  if (Object.hasOwn(r, 'cancellationAllowedUntilDate')) {
    const path = 'resource.cancellationAllowedUntilDate';
    const v = r.cancellationAllowedUntilDate;
    end = v === null ? null : statedEnd(v, path);
    const stated = text(end);
    if (end !== windowMs)
      b.notes.push(
        stated === null
          ? note(path, 'resource.cancel-window.stated-none', { computed: text(windowMs) as string })
          : windowMs === null
            ? note(path, 'resource.cancel-window.computed-none', { stated })
            : note(path, 'resource.cancel-window', { stated, computed: text(windowMs) as string }),
      );
    s.cancellableUntil = stated;
  }
  const full = fullRefund(r);
  if (full !== undefined) {
    const stated = formatInstant(full.ms, full.path);
    if (full.ms !== fullMs)
      b.notes.push(
        fullMs === null
          ? note(full.path, 'resource.full-refund.computed-none', { stated })
          : note(full.path, 'resource.full-refund', { stated, computed: text(fullMs) as string }),
      );
    s.fullCreditUntil = stated;
  }
  return end;
}
