import {
  type Reservation,
  type ReservationBillingPlan,
  type ReservationTerm,
  RuleError,
  reservationExchange,
  reservationRefund,
} from '../../index.ts';
import { parseRefundHistory } from '../../schemas/index.ts';
import type { Command, CommandOutput } from '../Command.ts';
import { localeOf } from '../localeOf.ts';
import { parsePriceFlag } from '../parsePriceFlag.ts';
import { readJsonInput } from '../readJsonInput.ts';
import { requiredFlag } from '../requiredFlag.ts';
import { exchangeLines, refundLines } from '../reservationLines.ts';
import { suggest } from '../suggest.ts';
import { UsageError } from '../UsageError.ts';

/** The library's parameter paths and the flags that set them. */
const flags: Readonly<Record<string, string>> = {
  'reservation.id': '--id',
  'reservation.type': '--type',
  'reservation.term': '--term',
  'reservation.billingPlan': '--billing-plan',
  'reservation.purchasedAt': '--purchased',
  'reservation.price.amount': '--price',
  'reservation.currentPrice.currency': '--current-price',
  'reservation.usdRate': '--usd-rate',
  'options.usdRate': '--usd-rate',
  'options.service': '--service',
  at: '--at',
};

const ACTIONS = ['refund', 'exchange'] as const;

const REQUIRED: Readonly<Record<string, string>> = {
  type: 'the reservation type, e.g. --type virtual-machines',
  term: 'P1Y or P3Y, e.g. --term P1Y',
  'billing-plan': 'upfront or monthly, e.g. --billing-plan upfront',
  purchased: 'the instant of the purchase, e.g. --purchased 2026-01-15T00:00:00Z',
  price: "the whole term's commitment with its currency, e.g. --price 3600USD",
};

function required(values: Readonly<Record<string, unknown>>, name: string): string {
  return requiredFlag(values, name, REQUIRED[name] ?? `e.g. --${name} <value>`);
}

/** The reservation the flags describe; the library checks each field. */
function reservationOf(values: Readonly<Record<string, unknown>>): Reservation {
  const currency = typeof values.currency === 'string' ? values.currency : undefined;
  const current = values['current-price'];
  const rate = values['usd-rate'];
  const type = required(values, 'type');
  const term = required(values, 'term') as ReservationTerm;
  const billingPlan = required(values, 'billing-plan') as ReservationBillingPlan;
  const purchasedAt = required(values, 'purchased');
  const price = parsePriceFlag(required(values, 'price'), currency);
  return {
    id: typeof values.id === 'string' ? values.id : 'reservation',
    type,
    term,
    billingPlan,
    purchasedAt,
    price,
    // today's price is in the currency of the commitment, given once
    ...(typeof current === 'string'
      ? { currentPrice: renamePrice(() => parsePriceFlag(current, price.currency)) }
      : {}),
    ...(typeof rate === 'string' ? { usdRate: rate } : {}),
  };
}

/** `--price`'s message for the current price, named by its own flag. */
function renamePrice<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof UsageError && error.message.startsWith('--price: ')) {
      throw new UsageError(`--current-price: ${error.message.slice('--price: '.length)}`);
    }
    throw error;
  }
}

/** The earlier refunds of `--history`, checked by the schemas entry. */
function historyOf(file: unknown): Parameters<typeof reservationRefund>[2] {
  if (typeof file !== 'string') return {};
  const parsed = parseRefundHistory(readJsonInput(file));
  if (!parsed.ok) {
    const issues = parsed.issues.map((issue) => `${issue.path || '(list)'}: ${issue.message}`);
    throw new UsageError(`--history: ${issues.join('; ')}`);
  }
  return { refunds: parsed.value };
}

/** The same error in the words of the command line: a field becomes its flag, a refund `--history`'s item. */
function asFlags<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RuleError && error.path !== undefined) {
      const history = 'options.refunds.';
      const flag =
        flags[error.path] ??
        (error.path.startsWith(history)
          ? `--history ${error.path.slice(history.length)}`
          : undefined);
      if (flag !== undefined) throw new UsageError(error.message.replace(error.path, flag));
    }
    throw error;
  }
}

/**
 * `subscription-rules reservation refund|exchange`: whether an Azure reservation can be refunded
 * under the customer's limit, or exchanged (RES-1, RES-2).
 */
export const reservationCommand: Command = {
  summary: 'Refund or exchange an Azure reservation (RES-1, RES-2)',
  usage: [
    'subscription-rules reservation refund --type <type> --term P1Y|P3Y',
    '  --billing-plan upfront|monthly --purchased <instant> --price <decimal> --currency <code>',
    '  [--current-price <decimal>] [--usd-rate <decimal>] --at <instant>',
    '  [--history <refunds.json>] [--id <id>] [--json]',
    'subscription-rules reservation exchange <the same reservation flags> --at <instant>',
    '  [--service <service>] [--json]',
  ].join('\n'),
  values: [
    '--type           the reservation type: databricks, synapse-pre-purchase, avs-cloudsimple,',
    '                 azure-red-hat-openshift, red-hat, suse-linux are never refunded; any other',
    '                 is (virtual-machines, app-service, sql-database, …)',
    "--price          the whole term's commitment (a monthly plan: every payment together)",
    "--current-price  today's price of the same term, in --currency; the lower price is refunded",
    '--usd-rate       USD per unit of --currency (the limit is in USD); needed unless USD',
    '--history        a JSON list of the customer’s earlier refunds:',
    '                 [{ "at": <instant>, "cancelledCommitment": <money>, "usdRate"?: <rate> }]',
    '--service        exchange: the service savings plans name (the type when absent)',
  ],
  examples: [
    'subscription-rules reservation refund --type virtual-machines --term P3Y --billing-plan monthly --purchased 2026-01-15T00:00:00Z --price 3600 --currency USD --at 2026-12-20T00:00:00Z',
    'subscription-rules reservation refund --type sql-database --term P1Y --billing-plan upfront --purchased 2026-03-01T00:00:00Z --price 1234.56 --current-price 987.65 --currency USD --at 2026-06-15T12:00:00Z --history refunds.json --json',
    'subscription-rules reservation exchange --type virtual-machines --term P1Y --billing-plan upfront --purchased 2027-02-01T00:00:00Z --price 1200 --currency USD --at 2027-03-01T00:00:00Z',
  ],
  options: {
    id: { type: 'string' },
    type: { type: 'string' },
    term: { type: 'string' },
    'billing-plan': { type: 'string' },
    purchased: { type: 'string' },
    price: { type: 'string' },
    'current-price': { type: 'string' },
    currency: { type: 'string' },
    'usd-rate': { type: 'string' },
    at: { type: 'string' },
    history: { type: 'string' },
    service: { type: 'string' },
  },
  run(positionals, values): CommandOutput {
    const [action, extra] = positionals;
    if (action === undefined || !(ACTIONS as readonly string[]).includes(action)) {
      throw new UsageError(
        `expected refund or exchange after reservation, got ${JSON.stringify(action ?? '')}${suggest(action ?? '', ACTIONS)}`,
      );
    }
    if (extra !== undefined) throw new UsageError(`unexpected argument ${JSON.stringify(extra)}`);
    const wrong = action === 'refund' ? 'service' : 'history';
    if (values[wrong] !== undefined) {
      throw new UsageError(
        `--${wrong}: only with reservation ${wrong === 'service' ? 'exchange' : 'refund'}`,
      );
    }
    const reservation = reservationOf(values);
    const at = required(values, 'at');
    if (action === 'exchange') {
      const service = values.service;
      const decision = asFlags(() =>
        reservationExchange(reservation, at, {
          ...localeOf(values),
          ...(typeof service === 'string' ? { service } : {}),
        }),
      );
      return { human: exchangeLines(decision), json: decision };
    }
    const options = { ...historyOf(values.history), ...localeOf(values) };
    const decision = asFlags(() => reservationRefund(reservation, at, options));
    return { human: refundLines(decision), json: decision };
  },
};
