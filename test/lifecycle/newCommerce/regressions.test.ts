import type { NewCommerceSubscription } from 'subscription-rules';
import { advance, createSubscription, transition } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { apply } from './_states.ts';

/** The credit effect of an accepted transition. */
function creditOf(
  state: NewCommerceSubscription,
  event: Parameters<typeof transition>[1],
): unknown {
  const result = transition(state as NewCommerceSubscription, event as never);
  if (!result.ok) throw new Error(`${event.type} refused: ${result.code}`);
  return (result.effects[0] as { credit?: unknown } | undefined)?.credit;
}

describe('billing periods tile the term (found by review)', () => {
  // 31.00 USD a seat a month, bought on the 31st: terms 03-31 → 04-30 → 05-31 → 06-30
  const monthly = (): NewCommerceSubscription =>
    createSubscription({
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1M',
      billingFrequency: 'monthly',
      quantity: 1,
      orderedAt: '2026-03-31T09:00:00Z',
      price: { amount: 3100, currency: 'USD' },
    });

  it('NCE-11: seats added 2026-05-28 and removed on the term’s last day 2026-05-30 are credited over the 31-day period 04-30 → 05-31 (nothing left to credit)', () => {
    const renewed = advance(monthly(), '2026-05-28T08:00:00Z').subscription;
    expect([renewed.termStart, renewed.termEnd]).toEqual([
      '2026-04-30T00:00:00.000Z',
      '2026-05-31T00:00:00.000Z',
    ]);
    const added = apply(renewed, {
      type: 'change-quantity',
      at: '2026-05-28T08:00:00Z',
      quantity: 11,
    });
    // D = 31, U = 31: charged r(r(31000 / 31) · 31 / 10) · 10 = 31000, credit 0 (was 300.00)
    expect(
      creditOf(added, { type: 'change-quantity', at: '2026-05-30T12:00:00Z', quantity: 1 }),
    ).toEqual({ amount: 0, currency: 'USD' });
    // a day earlier, U = 30: charged 30000, credit 10.00; ±1 ms around the last day's start
    expect(
      creditOf(added, { type: 'change-quantity', at: '2026-05-30T00:00:00Z', quantity: 1 }),
    ).toEqual({ amount: 0, currency: 'USD' });
    expect(
      creditOf(added, { type: 'change-quantity', at: '2026-05-29T23:59:59.999Z', quantity: 1 }),
    ).toEqual({ amount: 1000, currency: 'USD' });
  });

  it('NCE-11: 9 seats at 850.37 bought 2025-08-31, reduced to 4 on 2025-09-30T12:00Z, are credited over the renewed term’s 31 days (4114.70 USD)', () => {
    const state = createSubscription({
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1M',
      billingFrequency: 'monthly',
      quantity: 9,
      orderedAt: '2025-08-31T10:00:00Z',
      price: { amount: 85037, currency: 'USD' },
    });
    const renewed = advance(state, '2025-09-30T12:00:00Z').subscription;
    expect([renewed.termStart, renewed.termEnd]).toEqual([
      '2025-09-30T00:00:00.000Z',
      '2025-10-31T00:00:00.000Z',
    ]);
    // D = 31, U = 1, Q = 5: r(r(425185 / 31) · 1 / 5) · 5 = r(13716 / 5) · 5 = 13715
    expect(
      creditOf(renewed, { type: 'change-quantity', at: '2025-09-30T12:00:00Z', quantity: 4 }),
    ).toEqual({ amount: 425185 - 13715, currency: 'USD' });
    // cancelled the next day (the first day is a full credit): all 9 seats, D = 31, U = 2
    expect(creditOf(renewed, { type: 'cancel', at: '2025-10-01T12:00:00Z' })).toEqual({
      amount: 715959,
      currency: 'USD',
    });
  });
});
