import type {
  MessageOptions,
  NewCommerceEvent,
  SubscriptionEvent,
  SubscriptionInput,
} from '../../index.ts';
import { SUBSCRIPTION_PRODUCTS } from '../../policy/vocabulary/subscriptionProducts.ts';
import { parseEvent, parseSubscription, parseSubscriptionInput } from '../../schemas/index.ts';
import { addMonthsClamped } from '../../time/addMonthsClamped.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { Command } from '../Command.ts';
import { inputObject } from '../inputObject.ts';
import { inspectValue } from '../inspectValues.ts';
import { instantFlag } from '../instantFlag.ts';
import { localeOf } from '../localeOf.ts';
import { moneyText } from '../moneyText.ts';
import { readJsonInput } from '../readJsonInput.ts';
import { RESOURCE_OPTIONS, readResourceFlags } from '../readResourceFlags.ts';
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
  const value = (code: string): string => inspectValue(code, options);
  const lines = table(
    entries.map((entry) => [
      entry.at,
      entry.source === 'time' ? say('time', { type: value(entry.type) }) : value(entry.type),
      entry.refused === undefined ? value(entry.status) : say('refused', { code: entry.refused }),
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

/**
 * What `timeline` plays when given what `inspect` reads rather than a scenario (PCR-1): a Partner
 * Center resource, read as `inspect` reads it (`--at`, `--price`, `--est-base`, `--promotions`), or
 * the output of `inspect --json` (its `subscription`, checked by the schemas entry), each played on
 * from the instant it was read until `--until` (default: 12 months after it) with no event, so
 * time alone passes: renewals, Extended Service Term months, expiries and what each bills.
 * `undefined` for anything else (a scenario).
 */
function readingOf(
  input: unknown,
  label: string,
  values: Readonly<Record<string, unknown>>,
  options: MessageOptions,
): Scenario | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const untilOf = (asOf: string): string => {
    if (typeof values.until === 'string') {
      const until = instantFlag('until', values.until);
      if (parseInstant(until, 'until') < parseInstant(asOf, 'asOf'))
        throw new UsageError(`--until: ${until} is before the reading, ${asOf}`);
      return until;
    }
    return formatInstant(addMonthsClamped(parseInstant(asOf, 'asOf'), 12), 'until');
  };
  if (RESOURCE_FIELDS.some((field) => Object.hasOwn(input, field))) {
    if (values.at === undefined)
      throw new UsageError(
        `${label}: this is a Partner Center subscription resource: give --at, the instant it was fetched, to play it on from then, e.g. subscription-rules timeline ${label} --at 2026-11-25T00:00:00Z`,
      );
    const { subscription } = readResourceFlags(input, label, values, options);
    return { from: subscription, events: [], until: untilOf(subscription.asOf) };
  }
  const inspected = ['subscription', 'allowedActions', 'nextDeadline'];
  if (inspected.every((field) => Object.hasOwn(input, field))) {
    const document = input as Record<string, unknown>;
    const from = validInput(parseSubscription(document.subscription), 'subscription', label);
    return { from, events: [], until: untilOf(from.asOf) };
  }
  return undefined;
}

/** The timeline of a scenario, a resource or an `inspect --json` output, as text and JSON. */
function played(
  input: unknown,
  label: string,
  values: Readonly<Record<string, unknown>>,
): { human: string; json: unknown } {
  const options = localeOf(values);
  const scenario =
    readingOf(input, label, values, options) ??
    validScenario(input, label === '--input' ? '--input' : label);
  const result = playScenario(scenario, options);
  return { human: timelineText(result.entries, result.periods, options), json: result };
}

/** `subscription-rules timeline <scenario.json | resource.json | ->`: plays a scenario through the lifecycle machine. */
export const timelineCommand: Command = {
  summary: 'Play a subscription scenario (JSON) through the lifecycle, every event in order',
  usage:
    'subscription-rules timeline <scenario.json | -> [--json]\n  scenario: { "subscription": <createSubscription input>, "events": [<event>…], "until": <instant> }\n       subscription-rules timeline <resource.json | inspect.json | -> --at <instant> [--until <instant>] [--price <price><code>] [--est-base <price><code>[/P1Y]] [--json]',
  values: [
    `events      ${Object.keys(eventTypes).join(', ')}, each with its "at"`,
    `products    ${SUBSCRIPTION_PRODUCTS.join(', ')}`,
    '  new commerce: "program": "new-commerce" with license-based, software-subscription or',
    '  marketplace-saas, "term", "billingFrequency", "quantity", "orderedAt", "price" (per period);',
    '  its own events too: schedule-renewal, change-quantity (a reduction is credited),',
    '  change-term (a longer term now) and change-billing-frequency (from the next period)',
    'a Partner Center resource, read as inspect reads it (--at, --price, --est-base,',
    '  --promotions), or the output of inspect --json: time passes from the reading until',
    '  --until (default: 12 months after it), each renewal, month and ending with what it bills',
  ],
  examples: [
    'subscription-rules timeline scenario.json',
    'cat scenario.json | subscription-rules timeline - --json',
    'subscription-rules timeline resource.json --at 2026-11-25T00:00:00Z --est-base 28.00USD',
    'subscription-rules inspect resource.json --at 2026-11-25T00:00:00Z --json | subscription-rules timeline -',
  ],
  options: { ...RESOURCE_OPTIONS, until: { type: 'string' } },
  run(positionals, values) {
    const file = positionals[0];
    if (file === undefined)
      throw new UsageError('timeline: expected a scenario file, or - for standard input');
    return played(readJsonInput(file), file, values);
  },
  inputShape:
    '{ "subscription": <createSubscription input>, "events": [<event>…], "until": <instant> }',
  fromInput(input, values) {
    return played(input, '--input', values);
  },
};
