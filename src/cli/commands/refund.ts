import { RuleError } from '../../errors/RuleError.ts';
import type { BillingCycle, Product } from '../../policy/types.ts';
import { PRODUCTS } from '../../policy/vocabulary/products.ts';
import { cancellationDecision } from '../../refunds/cancellationDecision.ts';
import type { Purchase } from '../../refunds/Purchase.ts';
import { parsePurchase } from '../../schemas/parsePurchase.ts';
import type { Term } from '../../time/Term.ts';
import type { Command } from '../Command.ts';
import { decisionLines } from '../decisionLines.ts';
import { inputObject } from '../inputObject.ts';
import { parsePriceFlag } from '../parsePriceFlag.ts';
import { UsageError } from '../UsageError.ts';
import { validInput } from '../validInput.ts';

/** The library's parameter paths and the flags that set them, longest first. */
const flags: readonly (readonly [string, string])[] = [
  ['purchase.price.currency', '--currency'],
  ['purchase.price.amount', '--price'],
  ['purchase.billingCycle', '--billing'],
  ['purchase.orderedAt', '--ordered'],
  ['purchase.product', '--product'],
  ['purchase.price', '--price'],
  ['purchase.term', '--term'],
];

/** The same error, in the words of the command line: paths become the flags that set them. */
function asFlags(error: RuleError): UsageError {
  let message = error.message.startsWith('at: ')
    ? `--at: ${error.message.slice(4)}`
    : error.message;
  for (const [path, flag] of flags) message = message.split(path).join(flag);
  return new UsageError(message);
}

function required(values: Readonly<Record<string, unknown>>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string') throw new UsageError(`--${name}: required`);
  return value;
}

/** `subscription-rules refund`: what a cancellation request gets back (REF-1 … REF-11). */
export const refundCommand: Command = {
  summary: 'Decide what a cancellation request gets back (refunds, REF-1 … REF-11)',
  usage:
    'subscription-rules refund --product <product> [--billing monthly|annual] --ordered <instant> --at <instant> [--price <decimal> --currency <code>] [--term P1Y|P3Y] [--json]',
  values: [
    `--product   ${PRODUCTS.join(', ')}`,
    '--billing   monthly, annual (marketplace-saas needs one)',
    '--term      P1Y, P3Y (software subscriptions; P1Y when absent)',
  ],
  examples: [
    'subscription-rules refund --product software-perpetual --ordered 2026-01-05T12:00:00Z --at 2026-01-20T09:00:00Z',
    'subscription-rules refund --product marketplace-saas --billing monthly --ordered 2026-11-20T10:00:00Z --at 2026-11-21T09:00:00Z --price 19.99 --currency usd --json',
  ],
  options: {
    product: { type: 'string' },
    billing: { type: 'string' },
    ordered: { type: 'string' },
    at: { type: 'string' },
    price: { type: 'string' },
    currency: { type: 'string' },
    term: { type: 'string' },
  },
  run(positionals, values) {
    if (positionals.length > 0) {
      throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
    }
    const product = required(values, 'product');
    const orderedAt = required(values, 'ordered');
    const at = required(values, 'at');
    const { billing, price, currency, term } = values as Record<string, string | undefined>;
    if ((price === undefined) !== (currency === undefined)) {
      throw new UsageError(
        `--${price === undefined ? 'price' : 'currency'}: required with --${price === undefined ? 'currency' : 'price'}`,
      );
    }
    const purchase: Purchase = {
      product: product as Product,
      orderedAt,
      ...(billing === undefined ? {} : { billingCycle: billing as BillingCycle }),
      ...(price === undefined || currency === undefined
        ? {}
        : { price: parsePriceFlag(price, currency) }),
      ...(term === undefined ? {} : { term: term as Term }),
    };
    try {
      const decision = cancellationDecision(purchase, at);
      return { human: decisionLines(decision), json: decision };
    } catch (error) {
      throw error instanceof RuleError ? asFlags(error) : error;
    }
  },
  inputShape: '{ "purchase": <purchase>, "at": <instant> }',
  fromInput(input) {
    const document = inputObject(input, ['purchase', 'at'], ['purchase', 'at']);
    const purchase = validInput(parsePurchase(document.purchase), 'purchase');
    const decision = cancellationDecision(purchase, document.at as string);
    return { human: decisionLines(decision), json: decision };
  },
};
