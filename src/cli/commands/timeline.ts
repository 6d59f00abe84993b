import type {
  MessageOptions,
  NewCommerceEvent,
  SubscriptionEvent,
  SubscriptionInput,
} from '../../index.ts';
import { SUBSCRIPTION_PRODUCTS } from '../../policy/vocabulary/subscriptionProducts.ts';
import { parseEvent, parseSubscriptionInput } from '../../schemas/index.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { Command } from '../Command.ts';
import { inputObject } from '../inputObject.ts';
import { localeOf } from '../localeOf.ts';
import { moneyText } from '../moneyText.ts';
import { readJsonInput } from '../readJsonInput.ts';
import { suggest } from '../suggest.ts';
import { table } from '../table.ts';
import {
  playScenario,
  type Scenario,
  type TimelineEntry,
  type TimelinePeriod,
} from '../timeline.ts';
import { timelineLabels } from '../timelineLabels.ts';
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

/**
 * The timeline as aligned lines: instant, what happened, status after it, and a detail; then what
 * each billing period bills (CHG-1, CHG-3): its days, its charges less its credits, and of what;
 * its fixed words in the `{ locale }` of `options` (MSG-1).
 */
export function timelineText(
  entries: readonly TimelineEntry[],
  periods: readonly TimelinePeriod[] = [],
  options: MessageOptions = {},
): string {
  const say = timelineLabels(options);
  const lines = table(
    entries.map((entry) => [
      entry.at,
      entry.source === 'time' ? say('time', { type: entry.type }) : entry.type,
      entry.refused === undefined ? entry.status : say('refused', { code: entry.refused }),
      entry.detail ?? '',
    ]),
  );
  if (periods.length === 0) return lines;
  const billed = table(
    periods.map((period) => [
      say('periodRange', {
        start: period.periodStart.slice(0, 10),
        end: period.periodEnd.slice(0, 10),
      }),
      moneyText(period.amount),
      period.parts
        .map((part, i) => {
          const credit = part.amount.amount < 0;
          const size = moneyText({ ...part.amount, amount: Math.abs(part.amount.amount) });
          return `${i === 0 ? (credit ? '− ' : '') : credit ? ' − ' : ' + '}${part.kind} ${size}`;
        })
        .join(''),
    ]),
  );
  return `${lines}\n\n${say('billedHeading')}\n${billed}`;
}

/** The events New Commerce adds to the legacy ones: one missing or extra fails to compile. */
const newCommerceEventTypes: Record<
  Exclude<NewCommerceEvent['type'], SubscriptionEvent['type']>,
  true
> = {
  'schedule-renewal': true,
  'change-term': true,
  'change-billing-frequency': true,
  'set-end-of-term': true,
};
const EVENT_TYPES = [...Object.keys(eventTypes), ...Object.keys(newCommerceEventTypes)];

/** The fields by which a Partner Center Subscription resource is told from a scenario. */
const RESOURCE_FIELDS = ['offerId', 'effectiveStartDate', 'commitmentEndDate', 'unitType'];

/**
 * What a scenario's parts say before the schemas read them, in words that say what to do: a
 * Partner Center resource points to `inspect`, a date alone gives the instant to write, an unknown
 * event type the closest known one, a New Commerce product without `program` asks for it.
 */
function guide(document: Record<string, unknown>, label: string): void {
  const date = (path: string, value: unknown): void => {
    const day = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})$/.exec(value)?.[1] : undefined;
    if (day !== undefined)
      throw new UsageError(
        `${label}: ${path}: "${day}" is a date; give an instant with its time and zone, e.g. "${day}T00:00:00Z" (midnight UTC)`,
      );
  };
  const subscription = document.subscription as Record<string, unknown> | undefined;
  if (typeof subscription === 'object' && subscription !== null) {
    date('subscription.orderedAt', subscription.orderedAt);
    const product = subscription.product;
    // the one subscription product that only New Commerce sells
    if (subscription.program === undefined && product === 'license-based')
      throw new UsageError(
        `${label}: subscription.product: ${product} is sold under New Commerce only; add "program": "new-commerce" to the subscription (on the command line: --program new-commerce)`,
      );
  }
  const events = Array.isArray(document.events) ? (document.events as unknown[]) : [];
  for (const [i, event] of events.entries()) {
    if (typeof event !== 'object' || event === null) continue;
    const { type, at } = event as { type?: unknown; at?: unknown };
    if (typeof type === 'string' && !EVENT_TYPES.includes(type))
      throw new UsageError(
        `${label}: events.${i}.type: expected one of ${EVENT_TYPES.join(', ')}, got ${JSON.stringify(type)}${suggest(type, EVENT_TYPES)}`,
      );
    date(`events.${i}.at`, at);
  }
  date('until', document.until);
  if (!isInstant(document.until))
    throw new UsageError(
      `${label}: until: expected an instant in ISO 8601 with Z or ±HH:mm on a day that exists, e.g. "2026-03-01T00:00:00Z", got ${JSON.stringify(document.until) ?? 'nothing'}`,
    );
}

/** Whether the library reads `value` as an instant given as text. */
function isInstant(value: unknown): boolean {
  try {
    return typeof value === 'string' && parseInstant(value, 'until') >= Number.MIN_SAFE_INTEGER;
  } catch {
    return false;
  }
}

/**
 * A scenario document checked by the schemas entry: the creation input, every event, the end.
 *
 * @param input - The parsed JSON.
 * @param label - What the document is called in a message: its file, or `--input`.
 */
export function validScenario(input: unknown, label = '--input'): Scenario {
  if (
    typeof input === 'object' &&
    input !== null &&
    RESOURCE_FIELDS.some((field) => Object.hasOwn(input, field))
  )
    throw new UsageError(
      `${label}: this is a Partner Center subscription resource, not a scenario; read it with subscription-rules inspect ${label === '--input' ? '<resource.json>' : label} --at <instant>`,
    );
  const document = inputObject(
    input,
    ['subscription', 'events', 'until'],
    ['subscription', 'events', 'until'],
    label,
  );
  if (!Array.isArray(document.events))
    throw new UsageError(`${label}: events: expected a list of events`);
  guide(document, label);
  // Both programs' creation inputs and events are read by the schemas entry (NCE-7); a legacy
  // subscription sent a New Commerce event is refused by the lifecycle, naming the event's type.
  return {
    subscription: validInput(
      parseSubscriptionInput(document.subscription),
      'subscription',
      label,
    ) as SubscriptionInput,
    events: document.events.map(
      (event, i) => validInput(parseEvent(event), `events.${i}`, label) as SubscriptionEvent,
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
    const options = localeOf(values);
    const played = playScenario(validScenario(readJsonInput(file), file), options);
    return { human: timelineText(played.entries, played.periods, options), json: played };
  },
  inputShape:
    '{ "subscription": <createSubscription input>, "events": [<event>…], "until": <instant> }',
  fromInput(input, values) {
    const options = localeOf(values);
    const played = playScenario(validScenario(input), options);
    return { human: timelineText(played.entries, played.periods, options), json: played };
  },
};
