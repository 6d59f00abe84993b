import { actionLocale } from '../../messages/actionLocale.ts';
import { legacyActionMessages } from '../../messages/en/legacy/actions.ts';
import type { AnyLocale, MessageOptions } from '../../messages/types.ts';
import type { PolicyOptions } from '../../policy/PolicyOptions.ts';
import { readSuspensionRules } from '../../policy/readSuspensionRules.ts';
import { rulesById } from '../../policy/rulesById.ts';
import type { PolicyRules } from '../../policy/types.ts';
import { decideCancellation } from '../../refunds/legacy/decideCancellation.ts';
import { instantText } from '../../time/instantText.ts';
import { isAtOrBefore } from '../../time/isAtOrBefore.ts';
import { type Instant, parseInstant } from '../../time/parseInstant.ts';
import { describe } from '../_internal/describe.ts';
import type { AllowedAction, CancelAction, SuspendAction } from './allowedActionTypes.ts';
import { advanceState } from './machine/advanceState.ts';
import { purchaseOf } from './machine/purchaseOf.ts';
import { readSubscription } from './machine/readSubscription.ts';
import { type EventType, eventTypes } from './machine/table.ts';
import { transitionLegacy } from './transitionLegacy.ts';
import type { Subscription, SubscriptionEvent } from './types.ts';

/**
 * The events a legacy subscription would accept at `at` (LC-12): the probes ask
 * {@link transitionLegacy} itself, so the list is exactly what it accepts then.
 *
 * @param subscription - The state.
 * @param at - The instant; not before the state's `asOf`.
 * @param options - `{ policy }`, `{ locale }`.
 * @returns The accepted events, in the lifecycle table's order.
 */
export function allowedActionsLegacy(
  subscription: Subscription,
  at: Instant,
  options: (PolicyOptions & MessageOptions) | undefined,
): AllowedAction[] {
  const locale = actionLocale(options);
  readSubscription(subscription);
  const policy = rulesById(subscription.policyId, 'subscription.policyId', options);
  const atMs = parseInstant(at, 'at');
  // the probes ask transition with the policy only: a refusal's message is never shown
  const asked = locale === undefined ? options : { policy: options?.policy };
  const when = instantText(at, atMs, 'at');
  const probe: Probe = { subscription, atMs, when, policy, options: asked, locale };
  const actions: AllowedAction[] = [];
  for (const type of eventTypes) offers[type](probe, actions);
  return actions;
}

/** What the offers are given: the state, the instant and its policy. */
interface Probe {
  readonly subscription: Subscription;
  readonly atMs: number;
  readonly when: string;
  readonly policy: PolicyRules;
  readonly options: PolicyOptions | undefined;
  readonly locale: AnyLocale | undefined;
}

/** Whether {@link transitionLegacy} accepts `event` now. */
function accepts(probe: Probe, event: SubscriptionEvent): boolean {
  return transitionLegacy(probe.subscription, event, probe.options).ok;
}

/**
 * For each event type of the lifecycle table, the actions to offer when `transition` accepts them
 * (a new event type in the table does not compile until it has its entry here).
 */
const offers: {
  readonly [T in EventType]: (probe: Probe, actions: AllowedAction[]) => void;
} = {
  cancel(probe, actions) {
    const { subscription, when, policy } = probe;
    if (!accepts(probe, { type: 'cancel', at: when })) return;
    const state = advanceState(subscription, probe.atMs, when, []);
    if (state.status === 'trial') {
      actions.push({
        type: 'cancel',
        outcome: 'trial-cancelled',
        until: null,
        ...describe(legacyActionMessages, probe.locale, 'action.cancel.trial'),
      });
      return;
    }
    const decision = decideCancellation(purchaseOf(state as Subscription), when, policy);
    // a stated full-credit end before the window's (PCR-1) is when the full credit ends
    const full = state.fullCreditUntil;
    const until =
      decision.outcome === 'full-credit' && full !== undefined && full < decision.windowEndsAt
        ? full
        : 'windowEndsAt' in decision && decision.outcome !== 'cancel-at-renewal'
          ? decision.windowEndsAt
          : null;
    // a cancel transition accepts has one of these outcomes; the others are refusals
    const outcome = decision.outcome as Exclude<CancelAction['outcome'], 'trial-cancelled'>;
    // the credit the cancel itself gives: the decision's, for the same purchase (REF-6)
    const credit = 'credit' in decision ? decision.credit : undefined;
    actions.push({
      type: 'cancel',
      outcome,
      until,
      ...(credit === undefined ? {} : { credit }),
      ...describe(
        legacyActionMessages,
        probe.locale,
        `action.cancel.${outcome}`,
        outcome === 'cancel-at-renewal'
          ? { termEnd: state.termEnd as string }
          : until === null
            ? {}
            : { until },
      ),
    });
  },
  suspend(probe, actions) {
    const { subscription, when } = probe;
    const reasons = readSuspensionRules(probe.policy).reasons;
    const needs: SuspendAction['needs'] = [
      ...(subscription.accountOpenedAt === null ? ['accountOpenedAt' as const] : []),
      ...(subscription.firstBillingPeriodStart === null
        ? ['firstBillingPeriodStart' as const]
        : []),
    ];
    // Dates for the ones the state lacks, chosen so that they are in order (SUS-2): the probe asks
    // whether a suspension is possible once the caller supplies them, never about made-up dates.
    const first = subscription.firstBillingPeriodStart;
    const opened =
      subscription.accountOpenedAt ??
      (first !== null && isAtOrBefore(first, when, 'subscription') ? first : when);
    const dates = { accountOpenedAt: opened, firstBillingPeriodStart: first ?? opened };
    if (
      reasons[0] === undefined ||
      !isAtOrBefore(opened, when, 'subscription') ||
      !isAtOrBefore(opened, dates.firstBillingPeriodStart, 'subscription')
    ) {
      return;
    }
    if (!accepts(probe, { type: 'suspend', at: when, reason: reasons[0], ...dates })) return;
    actions.push({
      type: 'suspend',
      // a copy: the policy's own list is never handed out (PURE-1)
      reasons: [...reasons],
      needs,
      ...(needs.length === 0
        ? describe(legacyActionMessages, probe.locale, 'action.suspend')
        : needs.length === 1
          ? describe(legacyActionMessages, probe.locale, 'action.suspend.needs', {
              field: needs[0] as string,
            })
          : describe(legacyActionMessages, probe.locale, 'action.suspend.needs-both')),
    });
  },
  reactivate(probe, actions) {
    const suspension = probe.subscription.suspension;
    if (!accepts(probe, { type: 'reactivate', at: probe.when }) || suspension === null) return;
    actions.push({
      type: 'reactivate',
      until: suspension.expiresAt,
      ...describe(legacyActionMessages, probe.locale, 'action.reactivate', {
        until: suspension.expiresAt,
      }),
    });
  },
  'set-auto-renew'(probe, actions) {
    for (const enabled of [true, false]) {
      if (accepts(probe, { type: 'set-auto-renew', at: probe.when, enabled })) {
        actions.push({
          type: 'set-auto-renew',
          enabled,
          ...describe(
            legacyActionMessages,
            probe.locale,
            enabled ? 'action.auto-renew.on' : 'action.auto-renew.off',
          ),
        });
      }
    }
  },
  'change-quantity'(probe, actions) {
    const { subscription, when } = probe;
    if (accepts(probe, { type: 'change-quantity', at: when, quantity: subscription.quantity })) {
      actions.push({
        type: 'change-quantity',
        // a usage subscription's quantity is no number of licences (PCR-1)
        ...describe(
          legacyActionMessages,
          probe.locale,
          subscription.product === 'marketplace-usage'
            ? 'action.change-quantity.usage'
            : 'action.change-quantity',
        ),
      });
    }
  },
};
