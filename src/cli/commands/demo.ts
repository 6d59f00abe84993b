import {
  type CancellationDecision,
  cancellationDecision,
  formatMoney,
  money,
  type Purchase,
  policyAt,
  type QuoteInput,
  quote,
} from '../../index.ts';
import type { Command } from '../Command.ts';
import { localeOf } from '../localeOf.ts';
import { moneyText } from '../moneyText.ts';
import { table } from '../table.ts';
import { playScenario, type Scenario } from '../timeline.ts';
import { marketLine, marketReport } from './market.ts';
import { policiesCommand } from './policies.ts';
import { timelineText } from './timeline.ts';

/** Names a country library may not know, and Partner Center's own codes (MKT-1..3). */
const markets = ['Swaziland', 'Saba', 'Jan Mayen', 'Congo (DRC)', 'Germany'];

import { quoteLines } from './quote.ts';

const orders = [
  '2020-06-15T09:30:00Z',
  '2021-03-07T23:59:59.999Z',
  '2021-03-08T00:00:00Z',
  '2026-11-20T10:00:00Z',
];

const saas: Purchase = {
  product: 'marketplace-saas',
  billingCycle: 'monthly',
  orderedAt: '2026-11-20T10:00:00Z',
  price: { amount: 1999, currency: 'USD' },
};
const price = { amount: 36_500, currency: 'USD' } as const;

/** Cancellation requests that show the boundaries of REF-1 … REF-11. */
const requests: readonly { readonly purchase: Purchase; readonly at: string }[] = [
  { purchase: saas, at: '2026-11-21T09:59:59.999Z' },
  { purchase: saas, at: '2026-11-21T10:00:00Z' },
  {
    purchase: { product: 'software-subscription', orderedAt: '2021-03-07T12:00:00Z', price },
    at: '2021-04-20T08:00:00Z',
  },
  {
    purchase: { product: 'software-subscription', orderedAt: '2021-03-08T12:00:00Z', price },
    at: '2021-04-20T08:00:00Z',
  },
  {
    purchase: { product: 'windows-7-esu', orderedAt: '2020-06-15T09:30:00Z' },
    at: '2020-06-16T09:30:00Z',
  },
  {
    purchase: {
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      quantity: 10,
      orderedAt: '2026-11-20T10:00:00Z',
      price: { amount: 1250, currency: 'USD' },
    },
    at: '2026-11-23T09:00:00Z',
  },
];

/** The New Commerce request of the demo, in a few lines (NCE-4, NCE-5). */
function newCommerceLines(purchase: Purchase, at: string, decision: CancellationDecision): string {
  if (purchase.program !== 'new-commerce') return '';
  const term = 'term' in purchase ? ` ${purchase.term} billed ${purchase.billingFrequency}` : '';
  const seats = `${purchase.quantity ?? 1} seats`;
  const price = purchase.price === undefined ? '' : ` at ${moneyText(purchase.price)}`;
  const credit = 'credit' in decision && decision.credit !== undefined;
  return [
    `  ${purchase.product}${term}, ${seats}${price}, ordered ${String(purchase.orderedAt)}`,
    `  cancelled ${at}`,
    `    → ${decision.outcome}${credit ? ` ${moneyText(decision.credit)}` : ''}, ${decision.rule}, ${decision.policyId}`,
    ...('windowEndsAt' in decision && decision.windowEndsAt !== undefined
      ? [`    window closes ${decision.windowEndsAt}`]
      : []),
  ].join('\n');
}

/** One full life: trial, conversion, a renewal, a suspension for nonpayment, reactivation, a scheduled cancellation. */
const life: Scenario = {
  subscription: {
    product: 'marketplace-saas',
    billingCycle: 'monthly',
    quantity: 5,
    orderedAt: '2026-01-10T09:00:00Z',
    freeTrial: true,
    price: { amount: 1200, currency: 'USD' },
    accountOpenedAt: '2025-12-01T00:00:00Z',
    firstBillingPeriodStart: '2025-12-11T00:00:00Z',
  },
  events: [
    { type: 'suspend', at: '2026-03-20T00:00:00Z', reason: 'nonpayment' },
    { type: 'reactivate', at: '2026-04-02T15:30:00Z' },
    { type: 'cancel', at: '2026-04-15T00:00:00Z' },
  ],
  until: '2026-06-01T00:00:00Z',
};
/** Two quotes: a list price that includes GST in Australia, and one that excludes sales tax in the US. */
function quoteInputs(): readonly QuoteInput[] {
  return [
    { listPrice: money('10.99', 'AUD'), market: 'AU', taxRate: '0.1' },
    { listPrice: money('10.00', 'USD'), market: 'US', taxRate: '0.0725' },
  ];
}

/** `subscription-rules demo`: a short walk through what the library decides, on the embedded policies. */
export const demoCommand: Command = {
  summary: 'Walk through decisions made with the embedded Partner Center policies',
  usage: 'subscription-rules demo [--json] [--locale ko]',
  examples: ['subscription-rules demo', 'subscription-rules demo --json'],
  options: {},
  run(positionals, values) {
    const catalog = policiesCommand.run(positionals, values);
    const options = localeOf(values);
    const played = playScenario(life, options);
    const rules = orders.map((orderedAt) => {
      const policy = policyAt(orderedAt);
      const software = policy.products['software-perpetual'].cancellation;
      return {
        orderedAt: new Date(orderedAt).toISOString(),
        policyId: policy.id,
        softwareWindowDays:
          'window' in software && 'days' in software.window ? software.window.days : null,
      };
    });
    const reports = markets.map((name) => marketReport(name));
    const refunds = requests.map(({ purchase, at }) => ({
      purchase,
      at,
      decision: cancellationDecision(purchase, at, options),
    }));
    const legacyRefunds = refunds.filter(({ purchase }) => purchase.program !== 'new-commerce');
    const newCommerceRefunds = refunds.filter(
      ({ purchase }) => purchase.program === 'new-commerce',
    );
    const quotes = quoteInputs().map((input) => ({ input, quote: quote(input) }));
    const human = [
      'subscription-rules demo: decisions made with the embedded Partner Center policies',
      '',
      catalog.human,
      '',
      'Rules in force for an order (by its orderedAt, POL-2):',
      table(
        rules.map((rule) => [
          `ordered ${rule.orderedAt}`,
          `→ ${rule.policyId}`,
          `software may be cancelled for ${rule.softwareWindowDays} days`,
        ]),
      ),
      '',
      'Markets, by name, for Azure reservations (MKT-1..3):',
      table(reports.map(marketLine)),
      '',
      'Cancellation requests (REF-1 … REF-11):',
      table(
        legacyRefunds.map(({ purchase, at, decision }) => [
          `${purchase.product}${purchase.billingCycle === undefined ? '' : ` (${purchase.billingCycle})`}`,
          `ordered ${String(purchase.orderedAt)}`,
          `cancelled ${at}`,
          `→ ${decision.outcome}${'credit' in decision && decision.credit !== undefined ? ` ${moneyText(decision.credit)}` : ''}`,
          `${decision.rule}, ${decision.policyId}`,
        ]),
      ),
      '',
      'A New Commerce cancellation request: seats credited for the unused days (NCE-4, NCE-5):',
      ...newCommerceRefunds.map(({ purchase, at, decision }) =>
        newCommerceLines(purchase, at, decision),
      ),
      '',
      'Quotes, exact to the minor unit (PRICE-4):',
      ...quotes.flatMap(({ input, quote: result }) => [
        `  ${formatMoney(input.listPrice, `en-${input.market}`)} ${input.listPrice.currency} in ${input.market}, tax rate ${input.taxRate}: the list price ${result.listPriceIncludesTax ? 'includes' : 'excludes'} tax`,
        quoteLines(result, input.market, '    '),
      ]),
      '',
      "One subscription's life (marketplace SaaS, monthly, 30-day free trial, LC-1 … LC-13):",
      timelineText(played.entries, [], options),
    ].join('\n');
    return {
      human,
      json: {
        policies: catalog.json,
        rulesForOrders: rules,
        markets: reports,
        refunds,
        quotes,
        life: played,
      },
    };
  },
};
