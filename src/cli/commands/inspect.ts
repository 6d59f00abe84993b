import {
  allowedActions,
  fromPartnerCenterSubscription,
  type MessageOptions,
  type Money,
  type NewCommerceSubscription,
  nextDeadline,
  RuleError,
  type Subscription,
} from '../../index.ts';
import { parsePartnerCenterSubscription } from '../../schemas/index.ts';
import type { Command, CommandOutput } from '../Command.ts';
import { closesInWords, inspectLabels } from '../inspectLabels.ts';
import { requiredInstant } from '../instantFlag.ts';
import { localeOf } from '../localeOf.ts';
import { moneyText } from '../moneyText.ts';
import { pairLines } from '../pairLines.ts';
import { parsePriceFlag } from '../parsePriceFlag.ts';
import { readJsonInput } from '../readJsonInput.ts';
import { MAX_WIDTH } from '../table.ts';
import { UsageError } from '../UsageError.ts';
import { wrapText } from '../wrapText.ts';

type Reading = Subscription | NewCommerceSubscription;

function lines(
  subscription: Reading,
  notes: readonly { path: string; message: string }[],
  at: string,
  options: MessageOptions,
): CommandOutput {
  const actions = allowedActions(subscription as Subscription, at, options);
  const deadline = nextDeadline(subscription as Subscription);
  const program = subscription.program;
  const nce = program === 'new-commerce';
  const billing = nce
    ? (subscription as NewCommerceSubscription).billingFrequency
    : (subscription as Subscription).billingCycle;
  const say = inspectLabels(options);
  const rows: [string, string][] = [
    [say('program'), program],
    [say('product'), subscription.product],
    [say('status'), subscription.status],
    [say('quantity'), String(subscription.quantity)],
    [
      say('term'),
      say('termBilled', {
        term: subscription.term ?? say('none'),
        billing: billing ?? say('byUse'),
      }),
    ],
    [say('termStart'), subscription.termStart ?? say('none')],
    [say('termEnd'), subscription.termEnd ?? say('none')],
  ];
  const cancel = actions.find((action) => action.type === 'cancel');
  // a usage product has no window, no seats and nothing to refund: it is billed as it is used
  const usage =
    subscription.product === 'marketplace-usage' || subscription.product === 'azure-plan';
  const price = subscription.price as Money | null;
  if (price !== null)
    rows.push([say('unitPrice'), say(nce ? 'perSeat' : 'perLicence', { price: moneyText(price) })]);
  const until = (instant: string): string =>
    say('until', { instant, left: closesInWords(say, instant, at) });
  rows.push([
    say('cancelWindow'),
    cancel === undefined
      ? say('cancelNotNow')
      : usage
        ? say('cancelUsage')
        : `${cancel.outcome ?? cancel.type}${cancel.until === undefined ? '' : ` ${until(cancel.until)}`}`,
  ]);
  if (nce && !usage) {
    for (const batch of (subscription as NewCommerceSubscription).seats) {
      rows.push([
        say('refundable'),
        say('batch', {
          quantity: batch.quantity,
          addedAt: batch.addedAt,
          reducible:
            batch.reducibleUntil === null
              ? say('notReducible')
              : say('reducible', { until: until(batch.reducibleUntil) }),
        }),
      ]);
    }
  }
  rows.push([
    say('nextDeadline'),
    deadline === null ? say('none') : say('deadlineAt', { type: deadline.type, at: deadline.at }),
  ]);
  // an amount New Commerce actions say with a price: a credit for cancelling or removing seats
  // (a legacy reading keeps its price in the state, for a cancellation decision, but its actions
  // say no amounts)
  const priced =
    nce &&
    actions.some(
      (action) =>
        action.type === 'change-quantity' ||
        (action.type === 'cancel' &&
          (action.outcome === 'full-credit' || action.outcome === 'prorated-credit')),
    );
  const now =
    actions.length === 0
      ? [`  ${say('nothing')}`]
      : pairLines(
          actions.map((action) => [action.type, action.description]),
          '  ',
        );
  const hint =
    price === null && priced && !usage
      ? wrapText(say('priceHint'), MAX_WIDTH - 2).map((line) => `  ${line}`)
      : [];
  const said =
    notes.length === 0
      ? [`  ${say('none')}`]
      : notes.flatMap((note) =>
          wrapText(`${note.path}: ${note.message}`, MAX_WIDTH - 4).map(
            (line, i) => `${i === 0 ? '  - ' : '    '}${line}`,
          ),
        );
  return {
    human: [
      ...pairLines(rows),
      '',
      say('canBeDone', { at }),
      ...now,
      ...hint,
      '',
      say('notes'),
      ...said,
    ].join('\n'),
    json: { subscription, notes, allowedActions: actions, nextDeadline: deadline },
  };
}

/** `subscription-rules inspect <resource.json | -> --at <instant>`: what a Partner Center resource reads as (PCR-1). */
export const inspectCommand: Command = {
  summary: 'Read a Partner Center subscription resource (JSON): state, windows, actions (PCR-1)',
  usage:
    'subscription-rules inspect <resource.json | -> --at <instant> [--price <price><code>] [--json]',
  values: [
    '<resource.json>  a Subscription resource as the Partner Center API returns it, or - for stdin',
    '--at             when the resource was fetched (required: nothing here reads the clock)',
    '--price          the unit price, which the resource does not carry: per seat per billing',
    '                 period for New Commerce, per licence per term for legacy; 12.50USD,',
    '                 "12.50 USD", or 12.50 with --currency USD. The actions then say how much',
  ],
  examples: [
    'subscription-rules inspect resource.json --at 2021-09-20T00:00:00Z',
    'subscription-rules inspect resource.json --at 2021-01-14T18:00:00Z --price 12.50USD',
    'cat resource.json | subscription-rules inspect - --at 2021-09-20T00:00:00Z --json',
  ],
  options: { at: { type: 'string' }, price: { type: 'string' }, currency: { type: 'string' } },
  run(positionals, values) {
    const file = positionals[0];
    if (file === undefined)
      throw new UsageError('inspect: expected a resource file, or - for standard input');
    if (positionals.length > 1)
      throw new UsageError(`inspect: unexpected argument ${JSON.stringify(positionals[1])}`);
    const options = localeOf(values);
    const at = requiredInstant(values, 'at', 'the instant the resource was fetched');
    if (values.price === undefined && values.currency !== undefined)
      throw new UsageError('--price: required with --currency, e.g. --price 12.50 --currency USD');
    const price =
      typeof values.price === 'string'
        ? parsePriceFlag(values.price, values.currency as string | undefined)
        : undefined;
    const json = readJsonInput(file);
    if (
      typeof json === 'object' &&
      json !== null &&
      Object.hasOwn(json, 'subscription') &&
      Object.hasOwn(json, 'events')
    )
      throw new UsageError(
        `${file}: this is a scenario, not a Partner Center subscription resource; play it with subscription-rules timeline ${file}`,
      );
    const parsed = parsePartnerCenterSubscription(json);
    if (!parsed.ok) {
      const issues = parsed.issues.map(
        (issue) => `${issue.path || '(resource)'}: ${issue.message}`,
      );
      throw new UsageError(`${file}: ${issues.join('; ')}`);
    }
    try {
      const { subscription, notes } = fromPartnerCenterSubscription(parsed.value, {
        asOf: at,
        ...(price === undefined ? {} : { price }),
        ...options,
      });
      return lines(subscription, notes, at, options);
    } catch (error) {
      // the library names its own parameters; on the command line they are the --at and --price flags
      if (error instanceof RuleError)
        throw new UsageError(
          error.message
            .split('options.asOf')
            .join('--at')
            .replace(/options\.price(\.\w+)?/g, '--price') +
            // a renewal into a new plan needs that plan's price: the rest reads without one
            (price !== undefined && error.path === 'resource.scheduledNextTermInstructions'
              ? ' (inspect it without --price to see the rest)'
              : ''),
        );
      throw error;
    }
  },
};
