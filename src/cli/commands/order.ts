import {
  checkOrder,
  type Holding,
  type Order,
  type OrderCheck,
  type Policy,
  RuleError,
} from '../../index.ts';
import { parseHoldings, parsePolicy } from '../../schemas/index.ts';
import type { Command, CommandOutput } from '../Command.ts';
import { localeOf } from '../localeOf.ts';
import { orderLabels } from '../orderLabels.ts';
import { readJsonInput } from '../readJsonInput.ts';
import { requiredFlag } from '../requiredFlag.ts';
import { UsageError } from '../UsageError.ts';

/** The library's parameter paths and the flags that set them. */
const FLAGS: Readonly<Record<string, string>> = {
  'order.offer': '--offer',
  'order.quantity': '--quantity',
  'order.term': '--term',
  'order.billingFrequency': '--billing',
  'order.subscriptionId': '--subscription',
  'options.at': '--at',
};

const REQUIRED: Readonly<Record<string, string>> = {
  offer: 'the offer, e.g. --offer microsoft-365-e3',
  quantity: 'the seats after the order, e.g. --quantity 100',
  term: 'P1M, P1Y or P3Y, e.g. --term P3Y',
  billing: 'monthly, annual or triennial, e.g. --billing annual',
};

/** Partner Center's status of a Subscription resource as a holding's (`pending` is provisioned). */
function statusOf(status: unknown): unknown {
  return status === 'pending' ? 'active' : status;
}

/**
 * The holdings of `--holdings`: a JSON list of holdings, or Partner Center's `{ totalCount, items }`
 * of Subscription resources (each read for its id, offerId, quantity, status, term and billing
 * cycle), checked by the schemas entry.
 */
function holdingsOf(file: unknown): Holding[] {
  if (typeof file !== 'string') return [];
  const json = readJsonInput(file);
  const items =
    typeof json === 'object' && json !== null && !Array.isArray(json) && 'items' in json
      ? (json as { items: unknown }).items
      : json;
  const list =
    Array.isArray(items) && items !== json
      ? items.map((item: Record<string, unknown>) => ({
          ...(typeof item?.id === 'string' ? { id: item.id } : {}),
          offerId: item?.offerId,
          quantity: item?.quantity,
          ...(item?.status === undefined ? {} : { status: statusOf(item.status) }),
          ...(typeof item?.termDuration === 'string' ? { term: item.termDuration } : {}),
          ...(['monthly', 'annual', 'triennial'].includes(item?.billingCycle as string)
            ? { billingFrequency: item.billingCycle }
            : {}),
        }))
      : items;
  const parsed = parseHoldings(list);
  if (!parsed.ok) {
    const issues = parsed.issues.map((issue) => `${issue.path || '(list)'}: ${issue.message}`);
    throw new UsageError(`--holdings: ${issues.join('; ')}`);
  }
  return parsed.value;
}

/** The policy of `--policy`, checked by the schemas entry. */
function policyOf(file: unknown): { policy?: Policy } {
  if (typeof file !== 'string') return {};
  const parsed = parsePolicy(readJsonInput(file));
  if (!parsed.ok) {
    const issues = parsed.issues.map((issue) => `${issue.path || '(policy)'}: ${issue.message}`);
    throw new UsageError(`--policy: ${issues.join('; ')}`);
  }
  return { policy: parsed.value };
}

/** The same error in the words of the command line: a field becomes its flag. */
function asFlags<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RuleError && error.path !== undefined) {
      const flag =
        FLAGS[error.path] ??
        (error.path.startsWith('holdings')
          ? `--holdings ${error.path.slice('holdings'.length)}`
          : undefined);
      if (flag !== undefined) throw new UsageError(error.message.replace(error.path, flag));
    }
    throw error;
  }
}

/** The human lines: the instant and policy, then "allowed" or one line per refusal, then the notes. */
function lines(check: OrderCheck, at: string, values: Readonly<Record<string, unknown>>): string {
  const say = orderLabels(localeOf(values));
  const head = [say('at', { at }), say('policy', { policy: check.policyId })];
  const body = check.ok
    ? [say('allowed')]
    : [
        say('refused', { count: check.refusals.length }),
        ...check.refusals.map((r) => `  ${r.message} (${r.constraintId})`),
      ];
  return [...head, ...body, ...check.notes.map((n) => say('note', { note: n.message }))].join('\n');
}

/**
 * `subscription-rules order`: whether Partner Center would take an order — a purchase, or a new
 * quantity, term or billing frequency for a subscription the customer holds — under the order
 * constraints of the New Commerce policy (ORD-10). Exit 0 allowed, 1 refused, 2 bad input.
 */
export const orderCommand: Command = {
  summary: 'Check an order against the order constraints (ORD-10)',
  usage: [
    'subscription-rules order --offer <key|productId> --quantity <n> --term P1M|P1Y|P3Y',
    '  --billing monthly|annual|triennial [--trial] [--subscription <id>]',
    '  [--holdings <holdings.json>] [--policy <policy.json>] [--at <instant>] [--json]',
  ].join('\n'),
  values: [
    '--offer         a catalog key of the policy (microsoft-365-e3, microsoft-365-business-premium,',
    '                …) or a Partner Center product ID',
    '--quantity      the seats of the subscription after the order',
    '--subscription  the id of the holding the order changes (a purchase without it)',
    '--holdings      the customer’s subscriptions: a JSON list [{ "id"?, "offer" | "offerId",',
    '                "quantity", "status"?, "term"? }], or Partner Center’s { "totalCount", "items" }',
    '--policy        a New Commerce policy of your own (JSON); the catalog’s in force at --at otherwise',
    '--at            when the order is placed; now when absent (the instant is printed)',
  ],
  examples: [
    'subscription-rules order --offer microsoft-365-e3 --quantity 99 --term P3Y --billing annual --at 2026-11-20T10:00:00Z',
    'subscription-rules order --offer microsoft-365-business-standard --quantity 150 --term P1Y --billing monthly --holdings holdings.json --json',
  ],
  options: {
    offer: { type: 'string' },
    quantity: { type: 'string' },
    term: { type: 'string' },
    billing: { type: 'string' },
    trial: { type: 'boolean' },
    subscription: { type: 'string' },
    holdings: { type: 'string' },
    policy: { type: 'string' },
    at: { type: 'string' },
  },
  run(positionals, values): CommandOutput {
    if (positionals.length > 0)
      throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
    const need = (name: string): string =>
      requiredFlag(values, name, REQUIRED[name] ?? `e.g. --${name} <value>`);
    const offer = need('offer');
    const quantityText = need('quantity');
    if (!/^\d+$/.test(quantityText))
      throw new UsageError(
        `--quantity: expected a whole number of seats, got ${JSON.stringify(quantityText)}`,
      );
    const order = {
      offer,
      quantity: Number(quantityText),
      term: need('term'),
      billingFrequency: need('billing'),
      ...(values.trial === true ? { trial: true } : {}),
      ...(typeof values.subscription === 'string' ? { subscriptionId: values.subscription } : {}),
    } as Order;
    const at = typeof values.at === 'string' ? values.at : new Date().toISOString();
    const holdings = holdingsOf(values.holdings);
    const options = { at, ...policyOf(values.policy), ...localeOf(values) };
    const check = asFlags(() => checkOrder(order, holdings, options));
    return { human: lines(check, at, values), json: { at, ...check }, exitCode: check.ok ? 0 : 1 };
  },
};
