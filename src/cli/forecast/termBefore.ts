import {
  fromPartnerCenterSubscription,
  type MessageOptions,
  type NewCommerceSubscription,
  type Subscription,
} from '../../index.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../../policy/vocabulary/newCommerceTerms.ts';
import { addMonthsClamped } from '../../time/addMonthsClamped.ts';

const DAY = 86_400_000;
/** The start of an instant's UTC day. */
const dayOf = (ms: number): number => Math.floor(ms / DAY) * DAY;
/** An inclusive end date as Partner Center writes it: the day before `ms`'s day. */
const lastDayBefore = (ms: number): string =>
  `${new Date(dayOf(ms) - DAY).toISOString().slice(0, 10)}T00:00:00Z`;

/**
 * The resource without what it states about the moment it was fetched (its seat batches, refund
 * options and scheduled changes), its end date `lastDay` and renewing itself: the term before
 * the resource's, whose windows have passed and which renewed (decided: it did).
 */
function earlierTerm(
  resource: Readonly<Record<string, unknown>>,
  lastDay: string,
  effectiveStartDate?: string,
): Readonly<Record<string, unknown>> {
  const {
    refundableQuantity: _batches,
    refundOptions: _refund,
    scheduledNextTermInstructions: _scheduled,
    scheduledActions: _actions,
    ...rest
  } = resource;
  return {
    ...rest,
    ...(effectiveStartDate === undefined ? {} : { effectiveStartDate }),
    commitmentEndDate: lastDay,
    cancellationAllowedUntilDate: null,
    autoRenewEnabled: true,
  };
}

/**
 * A resource fetched after a renewal that falls after `at` (its current term began after `at`, a
 * later term than its first), read back to the term before (PL-8, as reconcile reads a term back,
 * REC-5), so the rules renew it at `at`'s side of the window, the term before priced by the list's
 * row at its start. Either the resource states its current term — `effectiveStartDate` its start,
 * on a day after `creationDate`'s (the purchase): the term before is as long, ends the day before
 * and starts no earlier than `creationDate`'s day — or it states its purchase in
 * `effectiveStartDate` and its current term by `commitmentEndDate` alone: its end date moves back
 * a term. What the resource states of its current term — its windows, seat batches, scheduled
 * changes and end-of-term option — is not the earlier term's: left out, and that term renewed
 * (decided: it did). Any other resource is as given.
 *
 * @param resource - The resource, as fetched.
 * @param at - The instant it is read at: just before the window.
 * @param options - `{ locale }`.
 * @returns The resource of the term holding `at`, or the resource itself.
 */
export function termBefore(
  resource: Readonly<Record<string, unknown>>,
  at: string,
  options: MessageOptions,
): Readonly<Record<string, unknown>> {
  const atMs = Date.parse(at);
  const startMs = Date.parse(String(resource.effectiveStartDate ?? ''));
  const createdMs = Date.parse(String(resource.creationDate ?? ''));
  const months = NEW_COMMERCE_TERM_MONTHS[resource.termDuration as 'P1M'];
  // the current term stated, a renewal (it began on a day after the purchase's) after `at`
  if (
    Number.isFinite(startMs) &&
    Number.isFinite(createdMs) &&
    startMs > atMs &&
    dayOf(startMs) > dayOf(createdMs) &&
    months !== undefined
  ) {
    const from = Math.max(addMonthsClamped(dayOf(startMs), -months), dayOf(createdMs));
    return earlierTerm(resource, lastDayBefore(startMs), new Date(from).toISOString());
  }
  const endDate = String(resource.commitmentEndDate ?? '');
  const endMs = Date.parse(`${endDate.slice(0, 10)}T00:00:00Z`) + DAY;
  if (!Number.isFinite(endMs) || endMs <= atMs) return resource;
  let current: Subscription | NewCommerceSubscription;
  try {
    current = fromPartnerCenterSubscription(resource as never, {
      asOf: new Date(endMs - 1).toISOString(),
      ...options,
    }).subscription;
  } catch {
    return resource;
  }
  if (
    current.program !== 'new-commerce' ||
    current.termStart === null ||
    current.termNumber < 2 ||
    current.termStart <= at
  )
    return resource;
  return earlierTerm(resource, lastDayBefore(Date.parse(current.termStart)));
}
