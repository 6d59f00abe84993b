import {
  type BillingCycle,
  cancellationDecision,
  type Product,
  type Purchase,
  RuleError,
  type Term,
} from '../../index.ts';
import { BILLING_FREQUENCY_MONTHS } from '../../policy/vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_PRODUCTS } from '../../policy/vocabulary/newCommerceProducts.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../../policy/vocabulary/newCommerceTerms.ts';
import { PRODUCTS } from '../../policy/vocabulary/products.ts';
import { PROGRAMS } from '../../policy/vocabulary/programs.ts';
import { parsePurchase } from '../../schemas/index.ts';
import type { Command } from '../Command.ts';
import { decisionLines } from '../decisionLines.ts';
import { inputObject } from '../inputObject.ts';
import { localeOf } from '../localeOf.ts';
import { newCommercePurchase } from '../newCommercePurchase.ts';
import { parsePriceFlag } from '../parsePriceFlag.ts';
import { requiredFlag } from '../requiredFlag.ts';
import { suggest } from '../suggest.ts';
import { UsageError } from '../UsageError.ts';
import { validInput } from '../validInput.ts';

/** The library's parameter paths and the flags that set them, longest first. */
const flags: readonly (readonly [string, string])[] = [
  ['purchase.billingFrequency', '--billing-frequency'],
  ['purchase.currentTermEnd', '--term-end'],
  ['purchase.price.currency', '--currency'],
  ['purchase.price.amount', '--price'],
  ['purchase.billingCycle', '--billing'],
  ['purchase.orderedAt', '--ordered'],
  ['purchase.termStart', '--term-start'],
  ['purchase.quantity', '--quantity'],
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
  // a flag the library names beside its value, when it was not given
  return new UsageError(
    message
      .replace(/(--[a-z-]+) undefined\b/g, '$1 not given')
      .replace(/^(--[a-z-]+): (.*), got undefined$/s, '$1: required, $2'),
  );
}

/**
 * A product the program does not sell, told before the library is asked: one sold only under New
 * Commerce (`license-based`) asks for `--program new-commerce`, a misspelt one gets the closest.
 */
function checkProduct(product: string, program: string | undefined): void {
  const newCommerce: readonly string[] = [...NEW_COMMERCE_PRODUCTS, 'azure-plan'];
  const own: readonly string[] = program === 'new-commerce' ? newCommerce : PRODUCTS;
  if (own.includes(product)) return;
  if (program !== 'new-commerce' && newCommerce.includes(product))
    throw new UsageError(
      `--product: ${product} is sold under New Commerce only; add --program new-commerce`,
    );
  throw new UsageError(
    `--product: expected one of ${own.join(', ')}${program === 'new-commerce' ? ' (New Commerce)' : ''}, got ${JSON.stringify(product)}${suggest(product, own)}`,
  );
}

/** `subscription-rules refund`: what a cancellation request gets back (REF-1 … REF-11). */
export const refundCommand: Command = {
  summary: 'Decide what a cancellation request gets back (REF-1 … REF-11, NCE-4, NCE-5)',
  usage: [
    'subscription-rules refund --product <product> [--billing monthly|annual] --ordered <instant>',
    '  --at <instant> [--price <decimal> --currency <code>] [--term P1Y|P3Y]',
    '  [--term-end <instant>] [--json]',
    'subscription-rules refund --program new-commerce --product <product> --ordered <instant>',
    '  --at <instant> [--term <term> --billing-frequency <frequency>] [--quantity <seats>]',
    '  [--term-start <instant>] [--term-end <instant>]',
    '  [--price <unit price per billing period> --currency <code>] [--json]',
  ].join('\n'),
  values: [
    `--program            ${PROGRAMS.join(', ')} (legacy when absent)`,
    `--product            legacy: ${PRODUCTS.join(', ')}`,
    `                     new-commerce: ${NEW_COMMERCE_PRODUCTS.join(', ')}, azure-plan`,
    '--billing            monthly, annual (legacy; marketplace-saas needs one)',
    '--term               legacy: P1Y, P3Y (software subscriptions; P1Y when absent)',
    `                     new-commerce: ${Object.keys(NEW_COMMERCE_TERM_MONTHS).join(', ')}`,
    `--billing-frequency  ${Object.keys(BILLING_FREQUENCY_MONTHS).join(', ')} (new-commerce)`,
    '--quantity           seats, a whole number ≥ 1 (new-commerce; 1 when absent)',
    '--term-start         when the current term started (new-commerce; --ordered when absent)',
    '--term-end           when the current term ends: the date a cancellation scheduled for the',
    "                     term's end takes effect (marketplace-saas; both programs)",
  ],
  examples: [
    'subscription-rules refund --product software-perpetual --ordered 2026-01-05T12:00:00Z --at 2026-01-20T09:00:00Z',
    'subscription-rules refund --product marketplace-saas --billing monthly --ordered 2026-11-20T10:00:00Z --at 2026-11-21T09:00:00Z --price 19.99 --currency usd --json',
    'subscription-rules refund --program new-commerce --product license-based --term P1Y --billing-frequency monthly --quantity 10 --price 12.50 --currency USD --ordered 2026-11-20T10:00:00Z --at 2026-11-23T09:00:00Z',
  ],
  options: {
    product: { type: 'string' },
    billing: { type: 'string' },
    ordered: { type: 'string' },
    at: { type: 'string' },
    price: { type: 'string' },
    currency: { type: 'string' },
    term: { type: 'string' },
    program: { type: 'string' },
    'billing-frequency': { type: 'string' },
    quantity: { type: 'string' },
    'term-start': { type: 'string' },
    'term-end': { type: 'string' },
  },
  run(positionals, values) {
    if (positionals.length > 0) {
      throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
    }
    const product = requiredFlag(
      values,
      'product',
      'the product ordered, e.g. --product marketplace-saas (--help lists them)',
    );
    const orderedAt = requiredFlag(
      values,
      'ordered',
      'the instant of the order, e.g. --ordered 2026-11-20T10:00:00Z',
    );
    const at = requiredFlag(
      values,
      'at',
      'the instant the cancellation is asked for, e.g. --at 2026-11-25T00:00:00Z',
    );
    const { billing, price, currency, term, program } = values as Record<
      string,
      string | undefined
    >;
    if (price === undefined && currency !== undefined) {
      throw new UsageError('--price: required with --currency, e.g. --price 12.50 --currency USD');
    }
    if (program !== undefined && !(PROGRAMS as readonly string[]).includes(program)) {
      throw new UsageError(
        `--program: expected one of ${PROGRAMS.join(', ')}, got ${JSON.stringify(program)}${suggest(program, PROGRAMS)}`,
      );
    }
    checkProduct(product, program);
    const nce = values as Record<string, string | undefined>;
    if (program !== 'new-commerce') {
      for (const name of ['billing-frequency', 'quantity', 'term-start']) {
        if (nce[name] !== undefined) {
          throw new UsageError(`--${name}: only with --program new-commerce`);
        }
      }
    } else if (billing !== undefined) {
      throw new UsageError('--billing: legacy only; New Commerce uses --billing-frequency');
    }
    const purchase: Purchase =
      program === 'new-commerce'
        ? newCommercePurchase({
            product,
            ordered: orderedAt,
            term,
            billingFrequency: nce['billing-frequency'],
            quantity: nce.quantity,
            termStart: nce['term-start'],
            termEnd: nce['term-end'],
            price,
            currency,
          })
        : {
            product: product as Product,
            orderedAt,
            ...(billing === undefined ? {} : { billingCycle: billing as BillingCycle }),
            ...(price === undefined ? {} : { price: parsePriceFlag(price, currency) }),
            ...(term === undefined ? {} : { term: term as Term }),
            ...(nce['term-end'] === undefined ? {} : { currentTermEnd: nce['term-end'] }),
          };
    try {
      const decision = cancellationDecision(purchase, at, localeOf(values));
      return { human: decisionLines(decision, at), json: decision };
    } catch (error) {
      throw error instanceof RuleError ? asFlags(error) : error;
    }
  },
  inputShape: '{ "purchase": <purchase>, "at": <instant> }',
  fromInput(input, values) {
    const document = inputObject(input, ['purchase', 'at'], ['purchase', 'at']);
    const purchase = validInput(parsePurchase(document.purchase), 'purchase');
    const decision = cancellationDecision(purchase, document.at as string, localeOf(values));
    return { human: decisionLines(decision, document.at as string), json: decision };
  },
};
