import {
  allowedActions,
  type CancelAction,
  chargesBetween,
  extendedServiceTermEligible,
  type MessageOptions,
  type Money,
  type NewCommerceAllowedAction,
  type NewCommerceSubscription,
  nextDeadline,
  type PartnerCenterNote,
  type Subscription,
} from '../../index.ts';
import { upliftPercent } from '../../pricing/upliftPercent.ts';
import type { Command, CommandOutput } from '../Command.ts';
import { currentNotes } from '../currentNotes.ts';
import { closesInWords, inspectLabels } from '../inspectLabels.ts';
import { inspectValue } from '../inspectValues.ts';
import { localeOf } from '../localeOf.ts';
import { moneyText } from '../moneyText.ts';
import { pairLines } from '../pairLines.ts';
import { readJsonInput } from '../readJsonInput.ts';
import { RESOURCE_OPTIONS, readResourceFlags } from '../readResourceFlags.ts';
import { MAX_WIDTH } from '../table.ts';
import { UsageError } from '../UsageError.ts';
import { wrapText } from '../wrapText.ts';

type Reading = Subscription | NewCommerceSubscription;
type Say = ReturnType<typeof inspectLabels>;

/**
 * The `end of term` line of a New Commerce subscription (EST-2, EST-3, EST-6): its current option,
 * what it costs from the term's end — the charge the library bills at that instant
 * (`chargesBetween`), so a renewal's scheduled changes and an Extended Service Term's base and
 * uplift are the library's own — and until when it can be changed (the term's end, while
 * `allowedActions` offers `set-end-of-term`). In an Extended Service Term: since when and what a
 * month costs. `undefined` for a state with no term end ahead (a trial, an ended subscription).
 */
function endOfTermLine(
  s: NewCommerceSubscription,
  actions: readonly NewCommerceAllowedAction[],
  say: Say,
  until: (instant: string) => string,
): string | undefined {
  const est = s.extendedServiceTerm;
  if (est !== undefined) {
    const since = est.since ?? say('sinceUnknown');
    const price = s.price as Money | null;
    return price === null
      ? say('estSinceUnpriced', { since })
      : say('estSince', {
          since,
          unitPrice: moneyText(price),
          uplift: String(upliftPercent(est.uplift)),
          charge: moneyText({ amount: price.amount * s.quantity, currency: price.currency }),
        });
  }
  const termEnd = s.termEnd;
  if (termEnd === null || (s.status !== 'active' && s.status !== 'suspended')) return undefined;
  const endMs = Date.parse(termEnd);
  const asOfMs = Date.parse(s.asOf);
  if (!(endMs > asOfMs)) return undefined;
  // what is billed at the term's end, as the library bills it: (termEnd − 1 ms, termEnd]
  const charge = chargesBetween(
    s,
    new Date(Math.max(asOfMs, endMs - 1)).toISOString(),
    termEnd,
  ).find((c) => Date.parse(c.at) === endMs);
  let option: string;
  if (s.endOfTerm === 'renew')
    option =
      charge === undefined
        ? say('eotRenew', { termEnd })
        : say('eotRenewCharge', { termEnd, charge: moneyText(charge.amount) });
  else if (s.endOfTerm === 'extended-service-term')
    option =
      charge === undefined || charge.kind !== 'extended-service-term'
        ? say('eotEstUnpriced', { termEnd })
        : say('eotEst', {
            termEnd,
            unitPrice: moneyText(charge.unitPrice),
            uplift: String(upliftPercent(charge.uplift ?? 0)),
            charge: moneyText(charge.amount),
          });
  else
    option = say(extendedServiceTermEligible(s).eligible ? 'eotCancel' : 'eotExpire', { termEnd });
  const changeable = actions.some((action) => action.type === 'set-end-of-term');
  return say('eotLine', {
    option,
    change: changeable ? say('eotChangeable', { until: until(termEnd) }) : say('eotFixed'),
  });
}

function lines(
  subscription: Reading,
  notes: readonly PartnerCenterNote[],
  at: string,
  options: MessageOptions,
  setAside?: Money,
): CommandOutput {
  const actions = allowedActions(subscription as Subscription, at, options);
  const deadline = nextDeadline(subscription as Subscription);
  const program = subscription.program;
  const nce = program === 'new-commerce';
  const billing = nce
    ? (subscription as NewCommerceSubscription).billingFrequency
    : (subscription as Subscription).billingCycle;
  const say = inspectLabels(options);
  const value = (code: string): string => inspectValue(code, options);
  const rows: [string, string][] = [
    [say('program'), value(program)],
    [say('product'), value(subscription.product)],
    [say('status'), value(subscription.status)],
    [say('quantity'), String(subscription.quantity)],
    [
      say('term'),
      say('termBilled', {
        term: subscription.term ?? say('none'),
        billing: billing === null || billing === undefined ? say('byUse') : value(billing),
      }),
    ],
    [say('termStart'), subscription.termStart ?? say('none')],
    [say('termEnd'), subscription.termEnd ?? say('none')],
  ];
  const cancel = actions.find((action): action is CancelAction => action.type === 'cancel');
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
        : `${value(cancel.outcome)}${cancel.until === null ? '' : ` ${until(cancel.until)}`}`,
  ]);
  if (nce) {
    const line = endOfTermLine(
      subscription as NewCommerceSubscription,
      actions as readonly NewCommerceAllowedAction[],
      say,
      until,
    );
    if (line !== undefined) rows.push([say('endOfTerm'), line]);
  }
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
    deadline === null
      ? say('none')
      : say('deadlineAt', { type: value(deadline.type), at: deadline.at }),
  ]);
  // an amount New Commerce actions say with a price: a credit for cancelling or removing seats
  // (a legacy reading keeps its price in the state: its cancel action carries the credit, but
  // its descriptions say no amounts)
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
          actions.map((action) => [value(action.type), action.description]),
          '  ',
        );
  const hint =
    price === null && priced && !usage
      ? wrapText(say('priceHint'), MAX_WIDTH - 2).map((line) => `  ${line}`)
      : [];
  // notes about windows that closed long before the reading are left out of what a person reads
  const { kept, left } = currentNotes(notes, at);
  const said = [
    ...(kept.length === 0 && left === 0 && setAside === undefined
      ? [`  ${say('none')}`]
      : kept.flatMap((note) =>
          wrapText(`${note.path}: ${note.message}`, MAX_WIDTH - 4).map(
            (line, i) => `${i === 0 ? '  - ' : '    '}${line}`,
          ),
        )),
    ...(setAside === undefined || price === null
      ? []
      : wrapText(
          say('priceSetAside', { given: moneyText(setAside), price: moneyText(price) }),
          MAX_WIDTH - 4,
        ).map((line, i) => `${i === 0 ? '  - ' : '    '}${line}`)),
    ...(left === 0
      ? []
      : wrapText(say('notesLeftOut', { n: left }), MAX_WIDTH - 2).map((line) => `  ${line}`)),
  ];
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
    'subscription-rules inspect <resource.json | -> --at <instant> [--price <price><code>] [--est-base <price><code>[/P1Y]] [--promotions <promotions.json>] [--json]',
  values: [
    '<resource.json>  a Subscription resource as the Partner Center API returns it, or - for stdin',
    '--at             when the resource was fetched (required: nothing here reads the clock)',
    '--price          the unit price, which the resource does not carry: per seat per billing',
    '                 period for New Commerce, per licence per term for legacy; 12.50USD,',
    '                 "12.50 USD", or 12.50 with --currency USD. The actions then say how much',
    '--est-base       New Commerce: the monthly-term price of one seat for a month, which an',
    '                 Extended Service Term after the term end is priced from (+3 %); a',
    "                 monthly-term subscription's own --price is used without it; a SKU",
    '                 without a monthly plan: its annual price with /P1Y (60.00USD/P1Y:',
    '                 60.00 ÷ 12 = 5.00, +23 % = 6.15 a seat)',
    "--promotions     Partner Center's promotion resources (one, a list, or { items }): the",
    '                 one the resource names (promotionId) discounts --price for the term',
  ],
  examples: [
    'subscription-rules inspect resource.json --at 2021-09-20T00:00:00Z',
    'subscription-rules inspect resource.json --at 2021-01-14T18:00:00Z --price 12.50USD',
    'cat resource.json | subscription-rules inspect - --at 2021-09-20T00:00:00Z --json',
  ],
  options: RESOURCE_OPTIONS,
  run(positionals, values) {
    const file = positionals[0];
    if (file === undefined)
      throw new UsageError('inspect: expected a resource file, or - for standard input');
    if (positionals.length > 1)
      throw new UsageError(`inspect: unexpected argument ${JSON.stringify(positionals[1])}`);
    const options = localeOf(values);
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
    const { subscription, notes, at, setAside } = readResourceFlags(json, file, values, options);
    return lines(subscription, notes, at, options, setAside);
  },
};
