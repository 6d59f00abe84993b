import { requireOneOf } from '../kernel/requireOneOf.ts';
import { requireRecord } from '../kernel/requireRecord.ts';
import { requireText } from '../kernel/requireText.ts';
import { savingsPlanMessages } from '../messages/en/reservations.ts';
import { localized } from '../messages/localized.ts';
import { sayPlain } from '../messages/sayPlain.ts';
import type { MessageOptions } from '../messages/types.ts';
import { addMonthsClamped } from '../time/addMonthsClamped.ts';
import { assertNotBefore } from '../time/assertNotBefore.ts';
import { formatDerivedInstant } from '../time/formatDerivedInstant.ts';
import { type Instant, parseInstant } from '../time/parseInstant.ts';
import type { SavingsPlanCancellation } from './resultTypes.ts';
import type { SavingsPlan } from './types.ts';

const TERMS = ['P1Y', 'P3Y'] as const;

/**
 * Whether an Azure savings plan can be cancelled (RES-2): never. "All savings plan purchases are
 * final": no cancellation, refund or exchange; the plan is billed until its term ends (TIME-4),
 * which the answer names.
 *
 * Decided: any instant from the purchase on gets the same answer (also after the term's end, when
 * there is nothing left to cancel); one before the purchase is `OUT_OF_ORDER`.
 *
 * @param plan - The savings plan: id, term and purchase instant.
 * @param at - When the cancellation is asked for.
 * @param options - `locale`.
 * @returns `{ ok: false, outcome: 'not-cancellable', code: 'NOT_CANCELLABLE', termEndsAt, message }`.
 * @throws {@link RuleError} `OUT_OF_ORDER` for `at` before the purchase; the codes of a bad plan,
 *   instant or option.
 * @example
 * ```ts
 * import { savingsPlanCancellation } from 'subscription-rules';
 * const plan = { id: 'sp-1', term: 'P3Y', purchasedAt: '2026-05-31T00:00:00Z' } as const;
 * savingsPlanCancellation(plan, '2026-06-01T00:00:00Z').termEndsAt;
 * //=> '2029-05-31T00:00:00.000Z'
 * ```
 * @category Reservations
 */
export function savingsPlanCancellation(
  plan: SavingsPlan,
  at: Instant,
  options?: MessageOptions,
): SavingsPlanCancellation {
  const read = requireRecord(plan, 'plan');
  requireText(read.id, 'plan.id');
  const months = requireOneOf(read.term, TERMS, 'plan.term') === 'P1Y' ? 12 : 36;
  const purchasedMs = parseInstant(read.purchasedAt, 'plan.purchasedAt');
  assertNotBefore(parseInstant(at, 'at'), 'at', purchasedMs, 'plan.purchasedAt');
  if (options !== undefined) requireRecord(options, 'options');
  const termEndsAt = formatDerivedInstant(
    addMonthsClamped(purchasedMs, months),
    'termEndsAt',
    purchasedMs,
    'plan.purchasedAt',
  );
  return localized<SavingsPlanCancellation>(
    {
      ok: false,
      outcome: 'not-cancellable',
      code: 'NOT_CANCELLABLE',
      rule: 'RES-2',
      termEndsAt,
      ...sayPlain(savingsPlanMessages, 'reservation.savings-plan.final', { termEndsAt }),
    },
    options,
  );
}
