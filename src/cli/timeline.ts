import {
  advance,
  createSubscription,
  extendedServiceTermEligible,
  formatMessage,
  type Instant,
  type MessageOptions,
  type Money,
  type NewCommerceChargeEffect,
  type NewCommerceSubscription,
  nextDeadline,
  purchaseCharges,
  RuleError,
  RuleErrorCode,
  type Subscription,
  type SubscriptionEvent,
  type SubscriptionInput,
  transition,
} from '../index.ts';
import { fail } from '../kernel/fail.ts';
import { formatInstant } from '../time/formatInstant.ts';
import { parseInstant } from '../time/parseInstant.ts';
import { moneyText } from './moneyText.ts';
import { type TimelineLabelId, timelineLabels } from './timelineLabels.ts';
import { UsageError } from './UsageError.ts';

/**
 * A scenario for `subscription-rules timeline`: a creation, events in time order, and an end; or,
 * instead of the creation, a state already read (`from`: a Partner Center resource read at the
 * instant it was fetched, or the `subscription` of `inspect --json`), played on from its `asOf`.
 */
export type Scenario =
  | {
      readonly subscription: SubscriptionInput;
      readonly events: readonly SubscriptionEvent[];
      readonly until: Instant;
    }
  | {
      readonly from: Subscription | NewCommerceSubscription;
      readonly events: readonly SubscriptionEvent[];
      readonly until: Instant;
    };

/** One line of a timeline: what happened, when, and the status after it. */
export interface TimelineEntry {
  readonly at: string;
  readonly type: string;
  readonly source: 'created' | 'time' | 'event';
  readonly status: Subscription['status'];
  readonly refused?: string;
  readonly detail?: string;
}

/** `timeline`'s words in the scenario's language. */
type Say = ReturnType<typeof timelineLabels>;

function detailOf(state: Subscription | NewCommerceSubscription, say: Say): string {
  if (state.program === 'new-commerce') return newCommerceDetail(state, say);
  if (state.status === 'trial') return say('trialEnds', { at: state.trialEndsAt });
  if (state.status === 'suspended') return say('dataDeleted', { at: state.suspension.expiresAt });
  const licenses = say('licenses', { n: state.quantity });
  if (state.status === 'active' && state.termEnd !== null)
    return `${say(state.cancelAtRenewal ? 'cancelsAt' : state.autoRenew ? 'renewsAt' : 'expiresAt', { at: state.termEnd })}, ${licenses}`;
  return licenses;
}

/**
 * What a New Commerce term's end does (NCE-8, EST-3): cancels, renews (a month of Extended Service
 * Term renews too), continues into an Extended Service Term, is disabled (cancelled at the end of an
 * eligible term), or expires.
 */
function endVerb(state: NewCommerceSubscription): TimelineLabelId {
  if (state.cancelAtRenewal) return 'cancelsAt';
  if (state.extendedServiceTerm !== undefined) return 'estMonthRenewsAt';
  if (state.autoRenew) return 'renewsAt';
  if (state.status === 'active' && extendedServiceTermEligible(state).eligible)
    return state.endOfTerm === 'cancel' ? 'disabledAt' : 'continuesEstAt';
  return 'expiresAt';
}

/** A count of seats in words. */
const seatsOf = (quantity: number, say: Say): string =>
  quantity === 1 ? say('seat') : say('seats', { n: quantity });

/** The same for a New Commerce subscription: seats, the term's end and a scheduled change (NCE-7). */
function newCommerceDetail(state: NewCommerceSubscription, say: Say): string {
  const seats = seatsOf(state.quantity, say);
  if (state.status === 'trial') return `${say('trialEnds', { at: state.trialEndsAt })}, ${seats}`;
  if ((state.status === 'active' || state.status === 'suspended') && state.termEnd !== null) {
    const end = say(endVerb(state), { at: state.termEnd });
    const { scheduled } = state;
    const ending =
      scheduled === null
        ? end
        : say('asChange', {
            end,
            change: [
              scheduled.term,
              scheduled.billingFrequency,
              scheduled.quantity === null ? null : seatsOf(scheduled.quantity, say),
              scheduled.price === null
                ? null
                : say('atPrice', { price: moneyText(scheduled.price) }),
            ]
              .filter((part) => part !== null)
              .join(' '),
          });
    const pending = state.pendingBillingFrequency;
    const billing =
      pending === undefined
        ? ''
        : `, ${say('billedFrom', { frequency: pending.billingFrequency, from: pending.from })}`;
    return `${ending}${billing}, ${seats}`;
  }
  return seats;
}

/** What one billing period bills in a timeline (CHG-1, CHG-3): its charges less its credits. */
export interface TimelinePeriod {
  /** The period's start. */
  readonly periodStart: string;
  /** Its end (exclusive). */
  readonly periodEnd: string;
  /** Its charges less its credits, in the price's currency (integer minor units). */
  readonly amount: Money;
  /** Each charge (positive) and credit (negative) of it, by kind, in the order they came. */
  readonly parts: readonly { readonly kind: string; readonly amount: Money }[];
}

/** The periods a scenario bills, as its effects come: each charge and credit under its period. */
function periodsBilled(): {
  add(effects: readonly unknown[]): void;
  list(): TimelinePeriod[];
} {
  const periods = new Map<
    string,
    {
      periodStart: string;
      periodEnd: string;
      amount: Money;
      parts: { kind: string; amount: Money }[];
    }
  >();
  return {
    add(effects) {
      for (const raw of effects) {
        const effect = raw as {
          type?: string;
          kind?: string;
          amount?: Money;
          credit?: Money | null;
          periodStart?: string;
          periodEnd?: string;
        };
        const money =
          effect.type === 'charge'
            ? effect.amount
            : effect.type === 'credit' && effect.credit !== null && effect.credit !== undefined
              ? { ...effect.credit, amount: -effect.credit.amount }
              : undefined;
        if (
          money === undefined ||
          effect.periodStart === undefined ||
          effect.periodEnd === undefined
        )
          continue;
        const key = `${effect.periodStart} ${effect.periodEnd} ${money.currency}`;
        let period = periods.get(key);
        if (period === undefined) {
          period = {
            periodStart: effect.periodStart,
            periodEnd: effect.periodEnd,
            amount: { amount: 0, currency: money.currency },
            parts: [],
          };
          periods.set(key, period);
        }
        period.amount = { amount: period.amount.amount + money.amount, currency: money.currency };
        period.parts.push({ kind: effect.kind ?? effect.type ?? '', amount: money });
      }
    },
    list() {
      return [...periods.values()].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
    },
  };
}

/** Charges time bills on its own (CHG-1), which the timeline does not list one by one. */
const TIME_DRIVEN: ReadonlySet<string> = new Set([
  'cycle',
  'renewal',
  'trial-conversion',
  'extended-service-term',
]);

/** Lets time pass one deadline at a time up to `toMs`, recording each with the status after it. */
function passTime(
  state: Subscription,
  toMs: number,
  entries: TimelineEntry[],
  billed: ReturnType<typeof periodsBilled>,
  say: Say,
): Subscription {
  let current = state;
  for (
    let next = nextDeadline(current);
    next !== null && parseInstant(next.at, 'deadline') <= toMs;
    next = nextDeadline(current)
  ) {
    const passed = advance(current, next.at);
    billed.add('effects' in passed ? (passed.effects as readonly unknown[]) : []);
    current = passed.subscription;
    entries.push({
      at: next.at,
      type: next.type,
      source: 'time',
      status: current.status,
      detail: detailOf(current, say),
    });
  }
  return current;
}

/** Plays one event of the scenario: the deadlines before it, then the event, each an entry. */
function playEvent(
  before: Subscription,
  event: SubscriptionEvent,
  entries: TimelineEntry[],
  options: MessageOptions,
  billed: ReturnType<typeof periodsBilled>,
): Subscription {
  const say = timelineLabels(options);
  let state = passTime(before, parseInstant(event?.at, 'event.at'), entries, billed, say);
  const result = transition(state, event, options);
  const at = formatInstant(parseInstant(event.at, 'event.at'), 'event.at');
  if (result.ok) {
    state = result.subscription;
    billed.add(result.effects as readonly unknown[]);
    // the event's own money: credits, and what it bills (CHG-1: seats added mid-period)
    const effects = result.effects as readonly (
      | (typeof result.effects)[number]
      | NewCommerceChargeEffect
    )[];
    const credits = effects.flatMap((effect) =>
      effect.type === 'credit' && effect.credit !== undefined
        ? [say('credit', { amount: moneyText(effect.credit), rule: effect.rule })]
        : effect.type === 'charge' && !TIME_DRIVEN.has(effect.kind)
          ? [say('charge', { amount: moneyText(effect.amount), rule: effect.rule })]
          : [],
    );
    entries.push({
      at,
      type: event.type,
      source: 'event',
      status: state.status,
      detail: [...credits, detailOf(state, say)].join('; '),
    });
    // What the event caught up on (LC-7: a renewal or an ending that passed while suspended
    // happens at the reactivation), each with the status the event left.
    for (const caught of result.events) {
      entries.push({
        at: caught.at,
        type: caught.type,
        source: 'time',
        status: state.status,
        detail: detailOf(state, say),
      });
    }
  } else {
    entries.push({
      at,
      type: event.type,
      source: 'event',
      status: state.status,
      refused: result.code,
      detail: result.message,
    });
  }
  return state;
}

/**
 * A refusal of the event at `index` in the scenario's own list, in the words of the file: its
 * path `events.N.…`, and the instant it had to follow named by the event before it.
 */
function atEvent(error: unknown, index: number, options: MessageOptions): unknown {
  if (!(error instanceof RuleError)) return error;
  return new UsageError(
    formatMessage(error, options.locale)
      .split('event.')
      .join(`events.${index}.`)
      .split('subscription.asOf')
      .join(index === 0 ? 'the order' : `events.${index - 1}.at`),
  );
}

/**
 * Plays a scenario through the lifecycle machine: every event, time-driven or given, in order, with
 * the status after it, and the final state as of `until`; refusals and each entry's detail in the
 * `{ locale }` of `options` (the event types, statuses and charge kinds as the JSON writes them).
 */
export function playScenario(
  scenario: Scenario,
  options: MessageOptions = {},
): {
  entries: TimelineEntry[];
  subscription: Subscription;
  periods: TimelinePeriod[];
} {
  if (typeof scenario !== 'object' || scenario === null)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'scenario',
      'expected { subscription, events, until }',
      scenario,
    );
  if (!Array.isArray(scenario.events))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'scenario.events',
      'expected a list of events',
      scenario.events,
    );
  const read = 'from' in scenario;
  let state = (read ? scenario.from : createSubscription(scenario.subscription)) as Subscription;
  const created = state as Subscription | NewCommerceSubscription;
  // a state read from a resource was bought before: only what time and the events bill from now
  const bought = !read && created.program === 'new-commerce' ? purchaseCharges(created) : [];
  const billed = periodsBilled();
  billed.add(bought);
  const say = timelineLabels(options);
  const entries: TimelineEntry[] = [
    {
      at: state.asOf,
      type: read ? 'read' : 'created',
      source: 'created',
      status: state.status,
      detail: [
        ...bought.map((c) => say('charge', { amount: moneyText(c.amount), rule: c.rule })),
        detailOf(state, say),
      ].join('; '),
    },
  ];
  for (const [index, event] of scenario.events.entries()) {
    try {
      state = playEvent(state, event, entries, options, billed);
    } catch (error) {
      throw atEvent(error, index, options);
    }
  }
  const untilMs = parseInstant(scenario.until, 'scenario.until');
  state = passTime(state, untilMs, entries, billed, say);
  const end = advance(state, scenario.until);
  billed.add('effects' in end ? (end.effects as readonly unknown[]) : []);
  return { entries, subscription: end.subscription, periods: billed.list() };
}
