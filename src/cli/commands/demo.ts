import { policyAt } from '../../policy/policyAt.ts';
import type { Command } from '../Command.ts';
import { table } from '../table.ts';
import { playScenario, type Scenario } from '../timeline.ts';
import { policiesCommand } from './policies.ts';
import { timelineText } from './timeline.ts';

const orders = [
  '2020-06-15T09:30:00Z',
  '2021-03-07T23:59:59.999Z',
  '2021-03-08T00:00:00Z',
  '2026-11-20T10:00:00Z',
];

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

/** `subscription-rules demo`: a short walk through what the library decides, on the embedded policies. */
export const demoCommand: Command = {
  summary: 'Walk through decisions made with the embedded Partner Center policies',
  usage: 'subscription-rules demo [--json]',
  options: {},
  run(positionals, values) {
    const catalog = policiesCommand.run(positionals, values);
    const played = playScenario(life);
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
      "One subscription's life (marketplace SaaS, monthly, 30-day free trial, SPEC §5):",
      timelineText(played.entries),
    ].join('\n');
    return { human, json: { policies: catalog.json, rulesForOrders: rules, life: played } };
  },
};
