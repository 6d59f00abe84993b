import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { MS_PER_DAY } from '../../kernel/units.ts';
import type { NewCommerceDraft } from '../../lifecycle/newCommerce/machine/cloneState.ts';
import { DISABLED_DAYS, EXPIRED_DAYS } from '../../lifecycle/newCommerce/machine/deadlineOf.ts';
import { isSold } from '../../lifecycle/newCommerce/machine/isSold.ts';
import type {
  EndOfSale,
  NewCommerceSubscription,
  SeatBatch,
} from '../../lifecycle/newCommerce/types.ts';
import { newCommerceRulesInForceAt } from '../../policy/newCommerceRulesInForceAt.ts';
import { readTrialDays } from '../../policy/readTrialDays.ts';
import type { BillingFrequency } from '../../policy/vocabulary/billingFrequencies.ts';
import {
  NEW_COMMERCE_TERM_MONTHS,
  type NewCommerceTerm,
} from '../../policy/vocabulary/newCommerceTerms.ts';
import { isUsageProduct } from '../../policy/vocabulary/usageProducts.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { newCommerceTermEndAt } from '../../time/newCommerceTermEndAt.ts';
import { startOfUtcDay } from '../../time/startOfUtcDay.ts';
import type { Basics } from '../_internal/basics.ts';
import { checkTermAt } from '../_internal/checkTermAt.ts';
import { instant } from '../_internal/fields.ts';
import { note } from '../_internal/note.ts';
import { compareWindows } from './compareWindows.ts';
import { pastEvent } from './pastEvent.ts';
import { readEndOfTerm } from './readEndOfTerm.ts';
import { readScheduled } from './readScheduled.ts';
import { readSeats } from './readSeats.ts';

/**
 * A New Commerce state from a resource (PCR-1): `commitmentEndDate` is the term's inclusive last
 * date, so the term ends at the next 00:00:00Z; the seat batches come from `refundableQuantity`,
 * `scheduled` from `scheduledNextTermInstructions`; stated windows are kept, compared with NCE-4's.
 */
export function readNewCommerce(
  b: Basics,
  asOf: string,
  endOfSale?: EndOfSale,
): NewCommerceSubscription {
  const { r, product, notes } = b;
  const usage = isUsageProduct(product);
  const trial = b.trial;
  let term = usage ? null : ((b.term ?? null) as NewCommerceTerm | null);
  let frequency =
    usage || b.cycle === 'none' ? null : ((b.cycle ?? null) as BillingFrequency | null);
  if (trial && product !== 'marketplace-saas') {
    term = 'P1Y';
    frequency = 'monthly';
    notes.push(note('resource.termDuration', 'resource.trial-converts'));
  } else if (trial && frequency === null) frequency = 'monthly';
  // a trial has no cancellation window; the converted term opens its own (PCR-1, decided)
  if (
    trial &&
    r.cancellationAllowedUntilDate !== undefined &&
    r.cancellationAllowedUntilDate !== null
  )
    notes.push(note('resource.cancellationAllowedUntilDate', 'resource.trial-window'));
  if (!usage && (term === null || !Object.hasOwn(NEW_COMMERCE_TERM_MONTHS, term)))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'resource.termDuration',
      'expected P1M, P1Y, P2Y or P3Y',
      r.termDuration,
    );
  if (!usage && frequency === null)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'resource.billingCycle',
      'expected monthly, annual or triennial',
      r.billingCycle,
    );
  if (!usage && !isSold(product, term, frequency))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'resource.billingCycle',
      'expected a term and billing cycle {product} is sold with (NCE-2)',
      r.billingCycle,
      product,
    );
  let termAnchor: string | null = null;
  let termStart: string | null = null;
  let termEnd: string | null = null;
  let termNumber = 0;
  let startMs = b.orderedMs;
  let endMs = 0;
  if (!usage && !trial) {
    endMs = startOfUtcDay(instant(r.commitmentEndDate, 'resource.commitmentEndDate')) + MS_PER_DAY;
    if (endMs <= b.orderedMs)
      fail(
        RuleErrorCode.OUT_OF_ORDER,
        'resource.commitmentEndDate',
        'expected a date after resource.effectiveStartDate',
        r.commitmentEndDate,
      );
    const months = NEW_COMMERCE_TERM_MONTHS[term as NewCommerceTerm];
    let n = 1;
    let computed = newCommerceTermEndAt(b.orderedMs, months, 1);
    while (computed < endMs && n < 1200) computed = newCommerceTermEndAt(b.orderedMs, months, ++n);
    // a first term ending before its nominal end was aligned to an end date (MID-3): its
    // renewals are nominal, counted from its end; any other difference is a disagreement
    if (computed !== endMs)
      notes.push(
        note(
          'resource.commitmentEndDate',
          n === 1 ? 'resource.aligned-term' : 'resource.term-end',
          {
            stated: formatInstant(endMs, 'termEnd'),
            computed: formatInstant(computed, 'termEnd'),
          },
        ),
      );
    termNumber = n;
    termAnchor = b.orderedAt;
    startMs = n === 1 ? b.orderedMs : newCommerceTermEndAt(b.orderedMs, months, n - 1);
    checkTermAt(b, startMs, endMs);
    termStart = n === 1 ? b.orderedAt : formatInstant(startMs, 'termStart');
    termEnd = formatInstant(endMs, 'termEnd');
  }
  const rules = newCommerceRulesInForceAt(startMs);
  const state = {
    status: trial ? 'trial' : b.status === 'deleted' ? 'cancelled' : b.status,
    asOf,
    policyId: rules.id,
    program: 'new-commerce',
    product,
    term,
    billingFrequency: frequency,
    quantity: b.quantity,
    seats: [] as readonly SeatBatch[],
    scheduled: null,
    autoRenew: b.autoRenew,
    endOfTerm: b.autoRenew ? 'renew' : 'cancel',
    cancelAtRenewal: false,
    orderedAt: b.orderedAt,
    price: null,
    trialEndsAt: trial
      ? formatInstant(b.orderedMs + readTrialDays(rules) * MS_PER_DAY, 'trialEndsAt')
      : null,
    termAnchor,
    termNumber,
    termStart,
    termEnd,
    expiredAt: null as string | null,
    disabledAt: null as string | null,
  } as { -readonly [K in keyof NewCommerceSubscription]: NewCommerceSubscription[K] };
  if (state.status === 'expired' || state.status === 'disabled') {
    if (termEnd === null)
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'resource.status',
        'expected a status a subscription without a term can have',
        r.status,
      );
    // NCE-8: expired at the term's end, disabled 30 days later, deleted 90 days after that; a
    // state read at asOf holds no past event in the future nor a coming one in the past
    if (state.status === 'disabled') {
      const disabledMs = pastEvent(endMs + EXPIRED_DAYS * MS_PER_DAY, b.asOfMs, DISABLED_DAYS);
      state.disabledAt = formatInstant(disabledMs, 'disabledAt');
      state.expiredAt = formatInstant(Math.min(endMs, disabledMs), 'expiredAt');
    } else state.expiredAt = formatInstant(pastEvent(endMs, b.asOfMs, EXPIRED_DAYS), 'expiredAt');
    notes.push(note('resource.status', 'resource.status-since', { status: state.status }));
  }
  const window = termEnd === null ? null : compareWindows(b, state, rules, startMs, endMs);
  state.seats = readSeats(b, state, window);
  // a SKU at end of sale (the reader's option, EST-1) decides eligibility before the end of term
  if (endOfSale !== undefined) (state as { endOfSale?: EndOfSale }).endOfSale = endOfSale;
  // what the term's end does: stated, named, or inferred from auto-renew (EST-6)
  readEndOfTerm(r, state as NewCommerceDraft, notes);
  state.scheduled = readScheduled(b, state);
  // the offer the subscription is for (MID-4)
  const offerId = r.offerId;
  if (offerId !== undefined && offerId !== null) {
    if (typeof offerId !== 'string' || offerId === '')
      fail(RuleErrorCode.INVALID_ARGUMENT, 'resource.offerId', 'expected an offer id', offerId);
    (state as { offerId?: string }).offerId = offerId;
  }
  return state as NewCommerceSubscription;
}
