import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { Subscription } from '../../lifecycle/legacy/types.ts';
import { readTrialDays } from '../../policy/readTrialDays.ts';
import { rulesInForceAt } from '../../policy/rulesInForceAt.ts';
import { decideCancellation } from '../../refunds/legacy/decideCancellation.ts';
import type { LegacyPurchase } from '../../refunds/Purchase.ts';
import { addDays } from '../../time/addDays.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import type { Term } from '../../time/Term.ts';
import { termEndAt } from '../../time/termEndAt.ts';
import { TERM_MONTHS } from '../../time/terms.ts';
import { type Basics, fullRefund } from '../_internal/basics.ts';
import { checkTermAt } from '../_internal/checkTermAt.ts';
import { instant } from '../_internal/fields.ts';
import { note } from '../_internal/note.ts';

/**
 * A legacy state from a resource (PCR-1): `commitmentEndDate` is the term's end instant, kept as
 * given (later terms are anchored on it); the term it ends is the one whose TIME-4 end is nearest,
 * so a first term is `[effectiveStartDate, commitmentEndDate)` as stated — P1M resources state the
 * start + 30 days — with a note where the two ends differ; a stated Full refund end is kept as
 * `fullCreditUntil`, a note when it differs from REF-1's.
 */
export function readLegacy(b: Basics, asOf: string): Subscription {
  const { r, product, notes } = b;
  if (product === 'license-based')
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'resource.isMicrosoftProduct',
      'expected a legacy product',
      true,
    );
  if (b.status === 'suspended')
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'resource.status',
      'expected a legacy status the rules can carry (a suspended legacy resource does not say when or why it was suspended)',
      r.status,
    );
  const policy = rulesInForceAt(b.orderedMs);
  const usage = product === 'marketplace-usage';
  // a usage subscription runs until cancelled: it never expires (LC-1)
  if (usage && (b.status === 'expired' || b.status === 'disabled'))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'resource.status',
      'expected a status a usage subscription can have (it never expires)',
      r.status,
    );
  const term = usage ? null : (b.term as Term);
  if (term !== null && !Object.hasOwn(TERM_MONTHS, term))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'resource.termDuration',
      'expected P1M, P1Y or P3Y',
      r.termDuration,
    );
  const cycle = usage || b.cycle === 'none' || b.cycle === undefined ? null : b.cycle;
  // a marketplace SaaS's rules differ by billing cycle (REF-1..REF-3): a paid one states it
  if (
    (cycle !== null && cycle !== 'monthly' && cycle !== 'annual') ||
    (cycle === null && product === 'marketplace-saas' && !b.trial)
  )
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'resource.billingCycle',
      'expected monthly or annual',
      r.billingCycle,
    );
  let termEnd: string | null = null;
  let termAnchor: string | null = null;
  let termStart: string | null = null;
  let trialEndsAt: string | null = null;
  if (b.trial) {
    trialEndsAt = formatInstant(addDays(b.orderedMs, readTrialDays(policy)), 'trialEndsAt');
  } else if (term !== null) {
    const endMs = instant(r.commitmentEndDate, 'resource.commitmentEndDate');
    if (endMs <= b.orderedMs)
      fail(
        RuleErrorCode.OUT_OF_ORDER,
        'resource.commitmentEndDate',
        'expected an end after resource.effectiveStartDate',
        r.commitmentEndDate,
      );
    // the term the stated end closes is the one whose computed end is nearest: Partner Center's
    // legacy P1M resources state the start + 30 days, which passes a February's computed end by
    // a few days — a term stated longer or shorter than TIME-4's, never a term of its own
    let n = 1;
    while (termEndAt(b.orderedMs, term, n) < endMs && n < 1200) n++;
    if (n > 1) {
      const before = termEndAt(b.orderedMs, term, n - 1);
      if (endMs - before < termEndAt(b.orderedMs, term, n) - endMs) n--;
    }
    const computed = termEndAt(b.orderedMs, term, n);
    if (computed !== endMs)
      notes.push(
        note('resource.commitmentEndDate', 'resource.term-end.legacy', {
          stated: formatInstant(endMs, 'termEnd'),
          computed: formatInstant(computed, 'termEnd'),
        }),
      );
    checkTermAt(b, n === 1 ? b.orderedMs : termEndAt(b.orderedMs, term, n - 1), endMs);
    termEnd = formatInstant(endMs, 'termEnd');
    termAnchor = termEnd;
    termStart =
      n === 1 ? b.orderedAt : formatInstant(termEndAt(b.orderedMs, term, n - 1), 'termStart');
  }
  const given = fullRefund(r);
  const full = b.trial ? undefined : given;
  if (full !== undefined) {
    const purchase = {
      product,
      orderedAt: b.orderedAt,
      ...(cycle === null ? {} : { billingCycle: cycle }),
      ...(term === null ? {} : { term }),
    } as LegacyPurchase;
    const decision = decideCancellation(purchase, b.orderedAt, policy);
    const computed = decision.outcome === 'full-credit' ? decision.windowEndsAt : null;
    const stated = formatInstant(full.ms, full.path);
    if (computed !== stated)
      notes.push(
        computed === null
          ? note(full.path, 'resource.full-refund.computed-none', { stated })
          : note(full.path, 'resource.full-refund', { stated, computed }),
      );
  }
  const status = b.trial
    ? 'trial'
    : b.status === 'deleted'
      ? 'cancelled'
      : b.status === 'disabled'
        ? 'expired'
        : b.status;
  if (b.status === 'disabled') notes.push(note('resource.status', 'resource.disabled-as-expired'));
  return {
    status,
    asOf,
    policyId: policy.id,
    program: 'legacy',
    product,
    billingCycle: cycle,
    term,
    quantity: b.quantity,
    autoRenew: b.autoRenew,
    cancelAtRenewal: false,
    orderedAt: b.orderedAt,
    price: null,
    accountOpenedAt: null,
    firstBillingPeriodStart: null,
    trialEndsAt,
    termAnchor,
    termNumber: 0,
    termStart,
    termEnd,
    suspension: null,
    ...(full === undefined ? {} : { fullCreditUntil: formatInstant(full.ms, full.path) }),
  } as Subscription;
}
