import { policyAt } from '../../policy/policyAt.ts';
import type { Command } from '../Command.ts';
import { table } from '../table.ts';
import { marketLine, marketReport } from './market.ts';
import { policiesCommand } from './policies.ts';

/** Names a country library may not know, and Partner Center's own codes (SPEC MKT-1..3). */
const markets = ['Swaziland', 'Saba', 'Jan Mayen', 'Congo (DRC)', 'Germany'];

const orders = [
  '2020-06-15T09:30:00Z',
  '2021-03-07T23:59:59.999Z',
  '2021-03-08T00:00:00Z',
  '2026-11-20T10:00:00Z',
];

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
    const reports = markets.map((name) => marketReport(name));
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
      'Markets, by name, for Azure reservations (SPEC MKT-1..3):',
      table(reports.map(marketLine)),
    ].join('\n');
    return { human, json: { policies: catalog.json, rulesForOrders: rules, markets: reports } };
  },
};
