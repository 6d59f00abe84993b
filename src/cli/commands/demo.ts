import { policyAt } from '../../policy/policyAt.ts';
import { formatMoney } from '../../pricing/formatMoney.ts';
import { money } from '../../pricing/money.ts';
import { type QuoteInput, quote } from '../../pricing/quote.ts';
import type { Command } from '../Command.ts';
import { table } from '../table.ts';
import { policiesCommand } from './policies.ts';
import { quoteLines } from './quote.ts';

const orders = [
  '2020-06-15T09:30:00Z',
  '2021-03-07T23:59:59.999Z',
  '2021-03-08T00:00:00Z',
  '2026-11-20T10:00:00Z',
];

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
  usage: 'subscription-rules demo [--json]',
  options: {},
  run(positionals, values) {
    const catalog = policiesCommand.run(positionals, values);
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
    const quotes = quoteInputs().map((input) => ({ input, quote: quote(input) }));
    const human = [
      'subscription-rules demo: decisions made with the embedded Partner Center policies',
      '',
      catalog.human,
      '',
      'Rules in force for an order (by its orderedAt, SPEC POL-2):',
      table(
        rules.map((rule) => [
          `ordered ${rule.orderedAt}`,
          `→ ${rule.policyId}`,
          `software may be cancelled for ${rule.softwareWindowDays} days`,
        ]),
      ),
      '',
      'Quotes, exact to the minor unit (SPEC PRICE-4):',
      ...quotes.flatMap(({ input, quote: result }) => [
        `  ${formatMoney(input.listPrice, `en-${input.market}`)} ${input.listPrice.currency} in ${input.market}, tax rate ${input.taxRate}: the list price ${result.listPriceIncludesTax ? 'includes' : 'excludes'} tax`,
        quoteLines(result, input.market, '    '),
      ]),
    ].join('\n');
    return { human, json: { policies: catalog.json, rulesForOrders: rules, quotes } };
  },
};
