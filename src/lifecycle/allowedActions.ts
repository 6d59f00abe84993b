import type { MessageOptions } from '../messages/types.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import type { Instant } from '../time/parseInstant.ts';
import { allowedActionsLegacy } from './legacy/allowedActionsLegacy.ts';
import type { AllowedAction } from './legacy/allowedActionTypes.ts';
import type { Subscription } from './legacy/types.ts';
import { allowedActionsNewCommerce } from './newCommerce/allowedActionsNewCommerce.ts';
import type { NewCommerceAllowedAction } from './newCommerce/allowedActionTypes.ts';
import type { NewCommerceActionOptions, NewCommerceSubscription } from './newCommerce/types.ts';

/**
 * The events a subscription would accept at `at` (LC-12), each with what it would do: what a
 * UI shows as buttons. It asks {@link transition} itself, so the list is exactly what `transition`
 * accepts at that instant.
 *
 * @param subscription - The state.
 * @param at - The instant; not before the state's `asOf`.
 * @param options - `{ policy }` when the subscription's policy is not in the catalog; `{ locale }`
 *   for the descriptions in another language (MSG-1), e.g. `ko` from
 *   `subscription-rules/locales/ko`.
 * @returns The accepted events, in the lifecycle table's order: cancel, suspend, reactivate,
 *   set-auto-renew, change-quantity — a union by `type` ({@link AllowedAction}), so narrowing on
 *   `type` gives each its own fields (a cancel's `outcome`, `until` and `credit`).
 * @throws {@link RuleError} `OUT_OF_ORDER` when `at` is before `asOf`; the codes of a bad instant;
 *   `INVALID_ARGUMENT` at `options.locale` for something that is not a locale.
 * @example
 * ```ts
 * import { allowedActions, createSubscription } from 'subscription-rules';
 * const sub = createSubscription({
 *   product: 'marketplace-saas', billingCycle: 'monthly', quantity: 1, orderedAt: '2026-11-20T10:00:00Z',
 * });
 * allowedActions(sub, '2026-11-20T12:00:00Z')[0]?.description;
 * //=> 'full-credit until 2026-11-21T10:00:00.000Z'
 * ```
 * Each action carries the ID and parameters of its description, so a UI can show it in its
 * customer's language, now or later with `formatMessage`:
 * ```ts
 * import { allowedActions, createSubscription, formatMessage } from 'subscription-rules';
 * import { ko } from 'subscription-rules/locales/ko';
 * const saas = createSubscription({
 *   product: 'marketplace-saas', billingCycle: 'monthly', quantity: 1, orderedAt: '2026-11-20T10:00:00Z',
 * });
 * const [cancel] = allowedActions(saas, '2026-11-20T12:00:00Z');
 * cancel?.messageId;
 * //=> 'action.cancel.full-credit'
 * allowedActions(saas, '2026-11-20T12:00:00Z', { locale: ko })[0]?.description;
 * //=> '2026년 11월 21일 10:00 UTC까지 전액 크레딧'
 * cancel && formatMessage(cancel, ko);
 * //=> '2026년 11월 21일 10:00 UTC까지 전액 크레딧'
 * ```
 * A New Commerce state (whose rules are the catalog's: `{ policy }` is refused for it) lists
 * its own events with what each would do: "cancel for a prorated
 * credit of $108.30 until …", "add seats, or reduce up to 3 seats until …" (NCE-10).
 *
 * @category Lifecycle
 */
export function allowedActions(
  subscription: NewCommerceSubscription,
  at: Instant,
  options?: NewCommerceActionOptions,
): NewCommerceAllowedAction[];
/**
 * The events a legacy subscription would accept at `at` (LC-12).
 *
 * @param subscription - The state.
 * @param at - The instant.
 * @param options - `{ policy }`, `{ locale }`.
 * @returns The accepted events.
 */
export function allowedActions(
  subscription: Subscription,
  at: Instant,
  options?: PolicyOptions & MessageOptions,
): AllowedAction[];
/**
 * The events a state of either program would accept at `at` (LC-12, NCE-10): what
 * `fromPartnerCenterSubscription` gives, before its program is known.
 *
 * @param subscription - The state.
 * @param at - The instant.
 * @param options - `{ policy }`, `{ locale }`.
 * @returns The accepted events.
 */
export function allowedActions(
  subscription: Subscription | NewCommerceSubscription,
  at: Instant,
  options?: PolicyOptions & MessageOptions,
): AllowedAction[] | NewCommerceAllowedAction[];
export function allowedActions(
  subscription: Subscription | NewCommerceSubscription,
  at: Instant,
  options?: NewCommerceActionOptions,
): AllowedAction[] | NewCommerceAllowedAction[] {
  if ((subscription as { program?: unknown } | null)?.program === 'new-commerce')
    return allowedActionsNewCommerce(subscription as NewCommerceSubscription, at, options);
  return allowedActionsLegacy(subscription as Subscription, at, options);
}
