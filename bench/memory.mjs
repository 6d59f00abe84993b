// Heap bytes per subscription state: 100 000 states held at once, each made by createSubscription
// and one transition (so every state has its own instant strings), measured with the collector
// run before and after. Run with --expose-gc; prints one JSON line.
import { createSubscription, transition } from '../dist/index.js';

const COUNT = 100_000;
const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1);
const iso = (ms) => new Date(ms).toISOString();

globalThis.gc();
const before = process.memoryUsage().heapUsed;
const states = new Array(COUNT);
for (let i = 0; i < COUNT; i++) {
  const orderedAt = start + i * 60_000;
  const created = createSubscription({
    product: 'marketplace-saas',
    billingCycle: i % 2 === 0 ? 'monthly' : 'annual',
    quantity: 1 + (i % 50),
    orderedAt: iso(orderedAt),
    accountOpenedAt: iso(orderedAt - 400 * DAY),
    firstBillingPeriodStart: iso(orderedAt - 380 * DAY),
    price: { amount: 1_000 + i, currency: 'USD' },
  });
  const result = transition(created, {
    type: 'change-quantity',
    at: iso(orderedAt + DAY),
    quantity: 2,
  });
  if (!result.ok) throw new Error(result.message);
  states[i] = result.subscription;
}
globalThis.gc();
const after = process.memoryUsage().heapUsed;
const bytesPerState = Math.round((after - before) / COUNT);
console.log(JSON.stringify({ states: states.length, bytesPerState }));
