import {
  allowedActions,
  fromPartnerCenterSubscription,
  type MessageOptions,
  type NewCommerceSubscription,
  nextDeadline,
  RuleError,
  type Subscription,
} from '../../index.ts';
import { parsePartnerCenterSubscription } from '../../schemas/index.ts';
import type { Command, CommandOutput } from '../Command.ts';
import { localeOf } from '../localeOf.ts';
import { readJsonInput } from '../readJsonInput.ts';
import { columnsOf, MAX_WIDTH, table } from '../table.ts';
import { UsageError } from '../UsageError.ts';

/**
 * A note cut at spaces into lines of at most {@link MAX_WIDTH} columns, indented under `- `; a
 * Chinese note has few spaces, so it is cut between any two characters when a word is too long.
 */
function wrapped(text: string): string[] {
  const out: string[] = [];
  let line = '  -';
  for (const word of text.split(' ')) {
    if (columnsOf(line) + 1 + columnsOf(word) > MAX_WIDTH && line.trim() !== '-') {
      out.push(line);
      line = '   ';
    }
    line += ' ';
    for (const char of word) {
      if (columnsOf(line) + columnsOf(char) > MAX_WIDTH) {
        out.push(line);
        line = '    ';
      }
      line += char;
    }
  }
  out.push(line);
  return out;
}

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
  const rows: string[][] = [
    ['program', program],
    ['product', subscription.product],
    ['status', subscription.status],
    ['quantity', String(subscription.quantity)],
    ['term', `${subscription.term ?? 'none'}, billed ${billing ?? 'by use'}`],
    ['term start', subscription.termStart ?? 'none'],
    ['term end', subscription.termEnd ?? 'none'],
  ];
  const cancel = actions.find((action) => action.type === 'cancel');
  // a usage product has no window, no seats and nothing to refund: it is billed as it is used
  const usage =
    subscription.product === 'marketplace-usage' || subscription.product === 'azure-plan';
  rows.push([
    'cancel window',
    cancel === undefined
      ? 'none: cancel is not accepted now'
      : usage
        ? 'none: cancel at any time, usage is billed as it happens'
        : `${cancel.outcome ?? cancel.type}${cancel.until === undefined ? '' : ` until ${cancel.until}`}`,
  ]);
  if (nce && !usage) {
    for (const batch of (subscription as NewCommerceSubscription).seats) {
      rows.push([
        'refundable',
        `${batch.quantity} added ${batch.addedAt}, ${batch.reducibleUntil === null ? 'not reducible' : `reducible until ${batch.reducibleUntil}`}`,
      ]);
    }
  }
  rows.push(['next deadline', deadline === null ? 'none' : `${deadline.type} at ${deadline.at}`]);
  const now =
    actions.length === 0 ? ['  nothing'] : [table(actions.map((a) => [a.type, a.description]))];
  const said =
    notes.length === 0
      ? ['  none']
      : notes.flatMap((note) => wrapped(`${note.path}: ${note.message}`));
  return {
    human: [table(rows, ''), '', `can be done at ${at}:`, ...now, '', 'notes:', ...said].join('\n'),
    json: { subscription, notes, allowedActions: actions, nextDeadline: deadline },
  };
}

/** `subscription-rules inspect <resource.json | -> --at <instant>`: what a Partner Center resource reads as (PCR-1). */
export const inspectCommand: Command = {
  summary: 'Read a Partner Center subscription resource (JSON): state, windows, actions (PCR-1)',
  usage: 'subscription-rules inspect <resource.json | -> --at <instant> [--json]',
  values: [
    '<resource.json>  a Subscription resource as the Partner Center API returns it, or - for stdin',
    '--at             when the resource was fetched (required: nothing here reads the clock)',
  ],
  examples: [
    'subscription-rules inspect resource.json --at 2021-09-20T00:00:00Z',
    'cat resource.json | subscription-rules inspect - --at 2021-09-20T00:00:00Z --json',
  ],
  options: { at: { type: 'string' } },
  run(positionals, values) {
    const file = positionals[0];
    if (file === undefined)
      throw new UsageError('inspect: expected a resource file, or - for standard input');
    if (positionals.length > 1)
      throw new UsageError(`inspect: unexpected argument ${JSON.stringify(positionals[1])}`);
    const options = localeOf(values);
    const at = values.at;
    if (typeof at !== 'string') throw new UsageError('--at: required');
    const parsed = parsePartnerCenterSubscription(readJsonInput(file));
    if (!parsed.ok) {
      const issues = parsed.issues.map(
        (issue) => `${issue.path || '(resource)'}: ${issue.message}`,
      );
      throw new UsageError(`${file}: ${issues.join('; ')}`);
    }
    try {
      const { subscription, notes } = fromPartnerCenterSubscription(parsed.value, {
        asOf: at,
        ...options,
      });
      return lines(subscription, notes, at, options);
    } catch (error) {
      // the library names its own parameter; on the command line it is the --at flag
      if (error instanceof RuleError)
        throw new UsageError(error.message.split('options.asOf').join('--at'));
      throw error;
    }
  },
};
