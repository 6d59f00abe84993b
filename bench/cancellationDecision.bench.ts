// Speed of a refund decision against its target: at most 3× the cost of two Date.parse calls
// (one per instant it reads), measured on the built bundle: `npm run build && npx vitest bench --run`.
// Not part of the gate.
import { bench, describe } from 'vitest';
import type { Purchase } from '../dist/index.js';
import { cancellationDecision } from '../dist/index.js';

const cases: readonly (readonly [Purchase, string])[] = [
  [
    { product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' },
    '2026-11-21T09:59:59.999Z',
  ],
  [
    {
      product: 'software-subscription',
      orderedAt: '2021-03-07T12:00:00Z',
      price: { amount: 36_500, currency: 'USD' },
    },
    '2021-04-20T08:00:00Z',
  ],
  [
    { product: 'software-perpetual', orderedAt: '2026-11-20T10:00:00+10:00' },
    '2026-11-21T10:00:00.000Z',
  ],
];
let i = 0;

describe('cancellationDecision', () => {
  bench('two Date.parse calls (the yardstick)', () => {
    const [purchase, at] = cases[i++ % 3] as readonly [Purchase, string];
    Date.parse(purchase.orderedAt as string) + Date.parse(at);
  });
  bench('cancellationDecision', () => {
    const [purchase, at] = cases[i++ % 3] as readonly [Purchase, string];
    cancellationDecision(purchase, at);
  });
});
