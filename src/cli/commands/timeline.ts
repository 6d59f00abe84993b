import type { SubscriptionEvent, SubscriptionInput } from '../../index.ts';
import { SUBSCRIPTION_PRODUCTS } from '../../policy/vocabulary/subscriptionProducts.ts';
import { parseEvent, parseSubscriptionInput } from '../../schemas/index.ts';
import type { Command } from '../Command.ts';
import { inputObject } from '../inputObject.ts';
import { localeOf } from '../localeOf.ts';
import { readJsonInput } from '../readJsonInput.ts';
import { table } from '../table.ts';
import { playScenario, type Scenario, type TimelineEntry } from '../timeline.ts';
import { UsageError } from '../UsageError.ts';
import { validInput } from '../validInput.ts';

/**
 * The events of a legacy scenario, in the order `allowedActions` lists them: one missing or extra
 * fails to compile.
 */
const eventTypes: Record<SubscriptionEvent['type'], true> = {
  cancel: true,
  suspend: true,
  reactivate: true,
  'set-auto-renew': true,
  'change-quantity': true,
};

/** The timeline as aligned lines: instant, what happened, status after it, and a detail. */
export function timelineText(entries: readonly TimelineEntry[]): string {
  return table(
    entries.map((entry) => [
      entry.at,
      entry.source === 'time' ? `${entry.type} (time)` : entry.type,
      entry.refused === undefined ? entry.status : `refused ${entry.refused}`,
      entry.detail ?? '',
    ]),
  );
}

/** A scenario document checked by the schemas entry: the creation input, every event, the end. */
export function validScenario(input: unknown): Scenario {
  const document = inputObject(
    input,
    ['subscription', 'events', 'until'],
    ['subscription', 'events', 'until'],
  );
  if (!Array.isArray(document.events))
    throw new UsageError('--input: events: expected a list of events');
  // Both programs' creation inputs and events are read by the schemas entry (NCE-7); a legacy
  // subscription sent a New Commerce event is refused by the lifecycle, naming the event's type.
  return {
    subscription: validInput(
      parseSubscriptionInput(document.subscription),
      'subscription',
    ) as SubscriptionInput,
    events: document.events.map(
      (event, i) => validInput(parseEvent(event), `events.${i}`) as SubscriptionEvent,
    ),
    until: document.until as string,
  };
}

/** `subscription-rules timeline <scenario.json | ->`: plays a scenario through the lifecycle machine. */
export const timelineCommand: Command = {
  summary: 'Play a subscription scenario (JSON) through the lifecycle, every event in order',
  usage:
    'subscription-rules timeline <scenario.json | -> [--json]\n  scenario: { "subscription": <createSubscription input>, "events": [<event>…], "until": <instant> }',
  values: [
    `events      ${Object.keys(eventTypes).join(', ')}, each with its "at"`,
    `products    ${SUBSCRIPTION_PRODUCTS.join(', ')}`,
    '  new commerce: "program": "new-commerce" with license-based, software-subscription or',
    '  marketplace-saas, "term", "billingFrequency", "quantity", "orderedAt", "price" (per period);',
    '  its own events too: schedule-renewal, change-quantity (a reduction is credited),',
    '  change-term (a longer term now) and change-billing-frequency (from the next period)',
  ],
  examples: [
    'subscription-rules timeline scenario.json',
    'cat scenario.json | subscription-rules timeline - --json',
  ],
  options: {},
  run(positionals, values) {
    const file = positionals[0];
    if (file === undefined)
      throw new UsageError('timeline: expected a scenario file, or - for standard input');
    const played = playScenario(validScenario(readJsonInput(file)), localeOf(values));
    return { human: timelineText(played.entries), json: played };
  },
  inputShape:
    '{ "subscription": <createSubscription input>, "events": [<event>…], "until": <instant> }',
  fromInput(input, values) {
    const played = playScenario(validScenario(input), localeOf(values));
    return { human: timelineText(played.entries), json: played };
  },
};
