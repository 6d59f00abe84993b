import { MS_PER_DAY as DAY } from '../../kernel/units.ts';
import { chargeAt, creditAt } from '../../lifecycle/newCommerce/machine/charges.ts';
import type { NewCommerceDraft } from '../../lifecycle/newCommerce/machine/cloneState.ts';
import { creditFor } from '../../lifecycle/newCommerce/machine/credit.ts';
import type { NewCommerceEffect } from '../../lifecycle/newCommerce/resultTypes.ts';
import type { Money } from '../../pricing/money.ts';
import type { NewCommercePurchase } from '../../refunds/Purchase.ts';
import type { CancellationDecision } from '../../refunds/types.ts';
import type { BilledTerm } from '../../time/billingPeriodAt.ts';
import type { BilledLine } from './BilledLine.ts';
import { readChargeTypes } from './chargeTypes.ts';
import type { FileChange } from './FileChange.ts';
import { isoText } from './isoInstants.ts';
import { lineOfReadEffect } from './lineOfEffect.ts';

/**
 * The cancellation decision the lifecycle asks (NCE-4, `cancellationDecision` of the root entry,
 * which the command runs on): passed in, so the command carries no second copy of the policies.
 */
export type DecideCancellation = (
  purchase: NewCommercePurchase,
  at: string,
) => CancellationDecision;

/** What a plain subscription is, for its one change of seats. */
export interface PlainChangeOf {
  /** Its term's length. */
  readonly term: 'P1M' | 'P1Y';
  /** How its term is billed. */
  readonly cycle: 'monthly' | 'annual';
  /** Its order's instant (its first term's start and its terms' anchor). */
  readonly orderedMs: number;
  /** One billing period's price. */
  readonly price: Money;
  /** Its seats before the change. */
  readonly before: number;
  /** Which term of the run from `orderedMs` holds the change (1 for the first). */
  readonly termNumber: number;
  /**
   * The end of its first term's cancellation window as the resource states it
   * (`cancellationAllowedUntilDate`, read as the resource reader reads it: {@link statedWindowEnd}),
   * `null` for a resource stating none; `undefined` when it states nothing of it.
   */
  readonly cancellableUntil?: string | null | undefined;
}

/**
 * A resource's `cancellationAllowedUntilDate` as the resource reader keeps it in the state
 * (PCR-1, `cancellableUntil`): an end at 23:59 (or later in that minute) is the end of that UTC
 * day, so the window closes at the next 00:00:00Z; `null` stays `null` (no window).
 *
 * @param statedMs - The stated instant, epoch ms (read by the strict instant reader), or `null`.
 * @returns The window's end as ISO text, or `null`.
 */
export function statedWindowEnd(statedMs: number | null): string | null {
  if (statedMs === null) return null;
  const ofDay = statedMs - Math.floor(statedMs / DAY) * DAY;
  return isoText(ofDay >= DAY - 60_000 ? statedMs - ofDay + DAY : statedMs);
}

/**
 * The instant the exact replay applies a subscription's one change of seats at (REC-3): the start
 * of its event's day — an addition's line's first day, a credit's day before it — or the instant
 * the replay starts at when that is later, an addition never at the purchase's very instant; or
 * `undefined` for a credit that would be a full one (its line on the first day of the term that
 * held the replay's start, or of the term it renews into), which the exact way works out.
 *
 * @param change - The change.
 * @param orderedMs - The order's instant.
 * @param asOfMs - The instant the replay starts at.
 * @param asOfTerm - The term that held it.
 * @returns Epoch milliseconds, or `undefined`.
 */
export function changeInstant(
  change: FileChange,
  orderedMs: number,
  asOfMs: number,
  asOfTerm: BilledTerm,
): number | undefined {
  if (change.kind === 'add') return Math.max(change.day * DAY, orderedMs + 1, asOfMs);
  if (
    change.day === Math.floor(asOfTerm.startMs / DAY) ||
    change.day === Math.floor(asOfTerm.endMs / DAY)
  )
    return undefined;
  return Math.max((change.day - 1) * DAY, asOfMs);
}

/**
 * The invoice line the rules bill for a plain subscription's one change of seats at `atMs`
 * (REC-1, REC-4), made by the machine's own charge and credit functions on the state the exact
 * replay would hold then: an addition (CHG-2) by `chargeAt`, prorated from its day to its
 * period's end; seats removed (NCE-6) or a cancellation (NCE-4) by `creditFor` and `creditAt`,
 * the period's charge less its used days (NCE-5). The state is rebuilt from what a plain resource
 * states: the term holding `atMs`, its price and seats; one batch of seats added at the term's
 * start, reducible until the end of the term's cancellation window (PCR-1, `readSeats`).
 *
 * Decided: only what is certain is answered. A removal or a cancellation outside the first term
 * (where the resource's own batches and windows would be needed), seats that cannot be removed
 * then, a cancellation decided otherwise than a prorated credit (a full credit, no refund, a
 * cancellation at renewal), a credit of nothing: `undefined`, and the subscription goes the exact
 * way, which says what happened. Seats can be removed exactly while a cancellation would give
 * money back: both end with the term's cancellation window (the reader's one batch is reducible
 * until that window's end, NCE-6), so the cancellation decision says whether the window is open.
 *
 * @param change - The change.
 * @param atMs - When the replay applies it ({@link changeInstant}).
 * @param of - The subscription.
 * @param term - The term holding `atMs`, as its billing periods see it.
 * @param decide - The cancellation decision.
 * @returns The line, or `undefined`.
 */
export function plainChangeLine(
  change: FileChange,
  atMs: number,
  of: PlainChangeOf,
  term: BilledTerm,
  decide: DecideCancellation,
): BilledLine | undefined {
  const { orderedMs, price, before } = of;
  const after =
    change.kind === 'add'
      ? before + change.seats
      : change.kind === 'remove'
        ? before - change.seats
        : 0;
  const first = term.startMs === orderedMs;
  const termNumber = of.termNumber;
  const orderedAt = isoText(orderedMs);
  // the state the replay holds at the change: read by the Partner Center reader, advanced to `at`
  const state = {
    status: 'active',
    product: 'license-based',
    term: of.term,
    billingFrequency: of.cycle,
    quantity: before,
    price,
    orderedAt,
    termAnchor: orderedAt,
    termNumber,
    termStart: first ? orderedAt : isoText(term.startMs),
    termEnd: isoText(term.endMs),
    seats: [],
    scheduled: null,
  } as unknown as NewCommerceDraft;
  const at = isoText(atMs);
  let effect: NewCommerceEffect;
  if (change.kind === 'add') {
    // the state holds the new seats when the addition is charged (`change-quantity`)
    if (!Number.isSafeInteger(price.amount * after)) return undefined;
    state.quantity = after;
    effect = chargeAt(
      state,
      'add-quantity',
      change.seats,
      at,
      atMs,
      undefined,
      undefined,
      undefined,
      term,
    );
  } else {
    // the resource's own seat batches and windows are of its first term only
    if (!first || term.endMs <= atMs || atMs < orderedMs) return undefined;
    // what cancelling every seat at `at` would do, as the machine asks it (`cancelDecision`): its
    // outcome and rule only, so without the price — the credit is `creditFor`'s, worked out below
    const decision = decide(
      {
        program: 'new-commerce',
        product: 'license-based',
        term: of.term,
        billingFrequency: of.cycle,
        orderedAt,
        termStart: orderedAt,
        currentTermEnd: state.termEnd as string,
        quantity: before,
        // the window the resource states replaces the rules' (PCR-1), as in the replay's state
        ...(of.cancellableUntil === undefined ? {} : { cancellableUntil: of.cancellableUntil }),
      } as NewCommercePurchase,
      at,
    );
    if (change.kind === 'remove') {
      // one batch added at the term's start, reducible until its cancellation window's end (NCE-6)
      if (decision.outcome !== 'prorated-credit' && decision.outcome !== 'full-credit')
        return undefined;
      if (after < 1) return undefined;
      const credit = creditFor(state, change.seats, atMs, false);
      state.quantity = after;
      effect = creditAt(
        state,
        'remove-quantity',
        'prorated-credit',
        change.seats,
        at,
        atMs,
        credit,
        'NCE-6',
      );
    } else {
      if (decision.outcome !== 'prorated-credit') return undefined;
      const credit = creditFor(state, before, atMs, false);
      effect = creditAt(
        state,
        'cancel',
        'prorated-credit',
        before,
        at,
        atMs,
        credit,
        decision.rule,
      );
    }
    if (effect.type !== 'credit' || effect.credit === undefined || effect.credit.amount <= 0)
      return undefined;
    if (effect.credit.amount % effect.quantity !== 0) return undefined;
  }
  return lineOfReadEffect(
    effect,
    'expected.0',
    readChargeTypes(undefined, 'options.chargeTypes'),
    { subscriptionId: undefined, customerId: undefined },
    undefined,
  );
}
