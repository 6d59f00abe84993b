import type { NewCommerceEvent, NewCommerceSubscription } from 'subscription-rules';
import { createSubscription, transition } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { outcome } from '../../../_calls.ts';
import { apply, licence } from '../_states.ts';

const event: NewCommerceEvent = {
  type: 'set-auto-renew',
  at: '2026-11-22T00:00:00Z',
  enabled: true,
};

/** A JSON copy of `state` with `change` made to it. */
function changed(
  state: NewCommerceSubscription,
  change: (copy: Record<string, unknown>) => void,
): NewCommerceSubscription {
  const copy = JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
  change(copy);
  return copy as unknown as NewCommerceSubscription;
}

describe('a state read from JSON right after one the check passed (readState)', () => {
  const state = apply(createSubscription(licence), {
    type: 'change-quantity',
    at: '2026-11-21T00:00:00Z',
    quantity: 12,
  });
  const cases: [string, (copy: Record<string, unknown>) => void, string, string][] = [
    [
      'a status no state has',
      (c) => (c.status = 'paused'),
      'INVALID_ARGUMENT',
      'subscription.status',
    ],
    ['a status of another type', (c) => (c.status = 1), 'INVALID_ARGUMENT', 'subscription.status'],
    [
      'a currency not in the table',
      (c) => (c.price = { amount: 1250, currency: 'XXY' }),
      'UNKNOWN_CURRENCY',
      'subscription.price.currency',
    ],
    [
      'an empty currency',
      (c) => (c.price = { amount: 1250, currency: '' }),
      'UNKNOWN_CURRENCY',
      'subscription.price.currency',
    ],
    [
      'a term the product is not sold with',
      (c) => (c.term = 'P2Y'),
      'INVALID_ARGUMENT',
      'subscription.term',
    ],
    [
      'a billing frequency the term is not sold with',
      (c) => (c.billingFrequency = 'weekly'),
      'INVALID_ARGUMENT',
      'subscription.term',
    ],
    [
      'an end-of-term option no state has',
      (c) => (c.endOfTerm = 'renewal'),
      'INVALID_ARGUMENT',
      'subscription.endOfTerm',
    ],
  ];

  it.each(cases)(
    'ERR-1, NCE-2, EST-2: %s is refused naming its field, after a copy holding known ones passed, and the next good copy passes again',
    (_name, change, code, path) => {
      const good = JSON.parse(JSON.stringify(state)) as NewCommerceSubscription;
      const passed = outcome(() => transition(good, event));
      expect(passed).toMatchObject({ value: { ok: true } });
      const bad = outcome(() => transition(changed(state, change), event));
      expect(bad).toMatchObject({ code });
      expect((bad as { path: string }).path.startsWith(path)).toBe(true);
      expect(outcome(() => transition(JSON.parse(JSON.stringify(state)), event))).toEqual(passed);
    },
  );
});
