import { isRuleError } from '../../errors/isRuleError.ts';
import { MS_PER_DAY as DAY } from '../../kernel/units.ts';
import type { NewCommerceEvent } from '../../lifecycle/newCommerce/eventTypes.ts';
import type {
  NewCommerceChargeEffect,
  NewCommerceCreditEffect,
} from '../../lifecycle/newCommerce/resultTypes.ts';
import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import type { MessageOptions } from '../../messages/types.ts';
import type { PromotionOptions } from '../../prices/types.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { NewCommerceRules } from '../replayTypes.ts';
import { errorText } from './errorText.ts';
import type { FileChange, FileWindow } from './FileChange.ts';
import { isoText } from './isoInstants.ts';

/** On one day, seats are added before any are removed, and a cancellation comes last. */
const ORDER = { add: 0, remove: 1, cancel: 2 } as const;

/** A change of the file the rules refuse, with the rules' own message. */
export interface Refusal {
  /** The change. */
  readonly change: FileChange;
  /** When the replay applied it. */
  readonly at: string;
  /** Why the rules refuse it (the refusal's message, or the RuleError's). */
  readonly message: string;
}

/** What the rules say a subscription was billed over the file's days. */
export interface Replay {
  /** The charges and credits, in time order. */
  readonly effects: (NewCommerceChargeEffect | NewCommerceCreditEffect)[];
  /** The file's changes the rules refuse. */
  readonly refusals: Refusal[];
  /** The state the replay ends in, at the end of the file's last day or its last change. */
  readonly end: NewCommerceSubscription;
}

const dayOf = (iso: string | null): number | null =>
  iso === null ? null : Math.floor(parseInstant(iso, 'subscription') / DAY);

/**
 * Replays what the rules say one subscription was billed over the file's days (REC-3): its
 * purchase when it falls on them (`purchaseCharges`), then the file's changes as events through
 * `transition` with the periods passed on the way (`advance`), then `chargesBetween` to the end of
 * the file's last day. The file gives days, not instants, so a change happens at the start of its
 * day (00:00:00Z), or at the state's own instant when that is later (a change on the day of the
 * purchase comes after it; seats added a millisecond after it, since seats added at the purchase's
 * very instant are credited as bought with it); a credit's line starts the day after its event (NCE-5 counts that day
 * as used), except a full credit on a term's first day, which starts on that day (NCE-4, REC-4).
 * Seats added on a day come before seats removed on it, and a cancellation last. A change the rules
 * refuse is kept with their message, never dropped, and the replay goes on without it.
 *
 * @param rules - The New Commerce rules (`purchaseCharges`, `advance`, `transition`, `chargesBetween`).
 * @param subscription - The state read at the start (`asOf` no later than the file's first day).
 * @param changes - The file's changes for it.
 * @param window - The file's days.
 * @param options - `{ locale }` for the refusals' messages; `promotions` for the renewals (PL-5).
 * @param asOfMs - The instant the state was read at, in epoch ms, when the caller holds it: taken
 *   for the state's `asOf` when that is its text, without reading the text again.
 * @param renewal - Whether the state's term is a renewal (REC-5: it starts after the resource's
 *   `creationDate`): its first period is then billed as a renewal (`renew`), not a purchase.
 * @returns The effects and the refusals.
 */
export function replay(
  rules: NewCommerceRules,
  subscription: NewCommerceSubscription,
  changes: readonly FileChange[],
  window: FileWindow,
  options: MessageOptions & PromotionOptions,
  asOfMs?: number,
  renewal = false,
): Replay {
  const promotions =
    options.promotions === undefined ? undefined : { promotions: options.promotions };
  const effects: Replay['effects'] = [];
  const refusals: Refusal[] = [];
  // a resource read as in its Extended Service Term whose start is its month's (EST-6, EST-7)
  // was not bought then: that month is one of its Extended Service Term, from its base (EST-5)
  const est = subscription.extendedServiceTerm;
  const orderedMs = parseInstant(subscription.orderedAt, 'subscription.orderedAt');
  if (orderedMs >= window.firstDay * DAY)
    for (const charge of rules.purchaseCharges(subscription))
      effects.push(
        est === undefined
          ? renewal
            ? { ...charge, kind: 'renewal' }
            : charge
          : {
              ...charge,
              kind: 'extended-service-term',
              rule: 'EST-5',
              ...(est.basePrice === null
                ? {}
                : { basePrice: { ...est.basePrice }, uplift: est.uplift }),
            },
      );
  let state = subscription;
  // the state's asOf is the instant the caller read it at, as a number when it says so
  let cursor =
    asOfMs !== undefined && state.asOf === isoText(asOfMs)
      ? asOfMs
      : parseInstant(state.asOf, 'subscription.asOf');
  const eventDay = (change: FileChange): number => change.day - (change.kind === 'add' ? 0 : 1);
  // a credit line starting on a term's first day is a full credit of that day: after its additions
  const firstDays = [dayOf(subscription.termStart), dayOf(subscription.termEnd)];
  const sortDay = (change: FileChange): number =>
    change.kind !== 'add' && firstDays.includes(change.day) ? change.day : eventDay(change);
  const sorted = [...changes].sort(
    (a, b) => sortDay(a) - sortDay(b) || ORDER[a.kind] - ORDER[b.kind],
  );
  for (const change of sorted) {
    // a full credit is the first day of the term the state is in, or of the one it renews into
    const full =
      change.kind !== 'add' &&
      (change.day === dayOf(state.termStart) || change.day === dayOf(state.termEnd));
    // seats added on the purchase's day come after it: at its very instant they would be part of it
    const atMs = Math.max(
      (full ? change.day : eventDay(change)) * DAY,
      change.kind === 'add' ? orderedMs + 1 : cursor,
      cursor,
    );
    const at = isoText(atMs);
    try {
      const passed = rules.advance(state, at, promotions);
      effects.push(...passed.effects);
      state = passed.subscription;
      const event: NewCommerceEvent =
        change.kind === 'cancel'
          ? { type: 'cancel', at }
          : {
              type: 'change-quantity',
              at,
              quantity: state.quantity + (change.kind === 'add' ? change.seats : -change.seats),
            };
      const result = rules.transition(state, event, options);
      if (result.ok) {
        for (const effect of result.effects)
          if (effect.type !== 'cancellation-scheduled') effects.push(effect);
        state = result.subscription;
      } else refusals.push({ change, at, message: result.message });
    } catch (error) {
      if (!isRuleError(error)) throw error;
      refusals.push({ change, at, message: errorText(error, options) });
    }
    cursor = atMs;
  }
  const toMs = (window.lastDay + 1) * DAY - 1;
  if (toMs >= cursor)
    effects.push(...rules.chargesBetween(state, isoText(cursor), isoText(toMs), promotions));
  return { effects, refusals, end: state };
}
