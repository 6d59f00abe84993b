import { parsePurchase } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';

const seats = {
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 10,
  price: { amount: 1250, currency: 'USD' },
  orderedAt: '2026-11-20T21:00:00+11:00',
};

describe('parsePurchase (New Commerce)', () => {
  it('NCE-4: a New Commerce purchase comes back with its instants in ISO UTC form', () => {
    expect(parsePurchase({ ...seats, termStart: '2027-11-21T00:00:00+11:00' })).toEqual({
      ok: true,
      value: {
        program: 'new-commerce',
        product: 'license-based',
        orderedAt: '2026-11-20T10:00:00.000Z',
        term: 'P1Y',
        billingFrequency: 'monthly',
        quantity: 10,
        price: { amount: 1250, currency: 'USD' },
        termStart: '2027-11-20T13:00:00.000Z',
      },
    });
  });

  it.each([
    [{ ...seats, billingFrequency: 'triennial' }, 'billingFrequency'],
    [{ ...seats, term: undefined }, 'term'],
    [{ ...seats, product: 'software-plan' }, 'product'],
    [{ ...seats, billingCycle: 'monthly' }, ''],
    [{ ...seats, termStart: '2026-11-20T09:59:59.999Z' }, 'termStart'],
    [{ ...seats, currentTermEnd: '2026-11-20T10:00:00Z' }, 'currentTermEnd'],
    [{ ...seats, quantity: 0 }, 'quantity'],
    [
      {
        program: 'new-commerce',
        product: 'software-perpetual',
        orderedAt: seats.orderedAt,
        term: 'P1Y',
      },
      'term',
    ],
  ])('NCE-2: %j is refused with an issue at %s', (input, path) => {
    const parsed = parsePurchase(JSON.parse(JSON.stringify(input)));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((issue) => issue.path)).toContain(path);
  });
});
