import fc from 'fast-check';
import { checkOrder, RuleError } from 'subscription-rules';
import {
  holdings as holdingsArbitrary,
  order as orderArbitrary,
} from 'subscription-rules/arbitraries';
import { parseHoldings, parseOrder } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';

const AT = { at: '2026-11-20T10:00:00Z' };
const GOOD = { offer: 'microsoft-365-e3', quantity: 100, term: 'P3Y', billingFrequency: 'annual' };

/** The code checkOrder throws for an order (or holdings), or `'ok'`. */
function checked(order: unknown, holdings: unknown): string {
  try {
    checkOrder(order as never, holdings as never, AT);
    return 'ok';
  } catch (error) {
    if (error instanceof RuleError) return error.code;
    throw error;
  }
}

/** Values a caller gets wrong. */
const wrong = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  ' ',
  'x',
  0,
  -1,
  1.5,
  2 ** 53,
  true,
  'P2Y',
  'P1M',
  'monthly',
  'triennial',
  'active',
  'deleted',
  [],
  {},
);

describe('parseOrder and parseHoldings', () => {
  it('ORD-9: issues with paths and checkOrder’s codes', () => {
    const bad = parseOrder({ ...GOOD, quantity: 0, term: 'P2Y' });
    expect(bad.ok || bad.issues.map((i) => [i.path, i.code])).toEqual([
      ['quantity', 'INVALID_QUANTITY'],
      ['term', 'INVALID_ARGUMENT'],
    ]);
    const pair = parseOrder({ ...GOOD, term: 'P1M' });
    expect(pair.ok || pair.issues.map((i) => [i.path, i.code])).toEqual([
      ['billingFrequency', 'INVALID_ARGUMENT'],
    ]);
    const noQuantity = parseOrder({ offer: 'x', term: 'P1Y', billingFrequency: 'annual' });
    expect(noQuantity.ok || noQuantity.issues.map((i) => [i.path, i.code])).toEqual([
      ['quantity', 'INVALID_QUANTITY'],
    ]);
    const heldNone = parseHoldings([{ offer: 'a' }]);
    expect(heldNone.ok || heldNone.issues.map((i) => [i.path, i.code])).toEqual([
      ['[0].quantity', 'INVALID_QUANTITY'],
    ]);
    const missing = parseOrder({ offer: 'x', quantity: 1, billingFrequency: 'annual' });
    expect(missing.ok || missing.issues.map((i) => [i.path, i.code])).toEqual([
      ['term', 'MISSING_FIELD'],
    ]);
    const held = parseHoldings([
      { offer: 'a', quantity: 1 },
      { offer: 'b', quantity: 1 },
      { offer: 'c', quantity: -1 },
    ]);
    expect(held.ok || held.issues.map((i) => [i.path, i.code])).toEqual([
      ['[2].quantity', 'INVALID_QUANTITY'],
    ]);
    const noOffer = parseHoldings([{ quantity: 1 }]);
    expect(noOffer.ok || noOffer.issues.map((i) => [i.path, i.code])).toEqual([
      ['[0].offer', 'MISSING_FIELD'],
    ]);
    expect(
      parseHoldings([{ offerId: 'CFQ7TTC0LFLX:0001', quantity: 0, program: 'new-commerce' }]),
    ).toEqual({
      ok: true,
      value: [{ offerId: 'CFQ7TTC0LFLX:0001', quantity: 0, program: 'new-commerce' }],
    });
  });

  describe('properties', () => {
    it('ORD-9: parseOrder accepts exactly the orders checkOrder accepts, with the same code', () => {
      const keys = [
        'offer',
        'quantity',
        'term',
        'billingFrequency',
        'trial',
        'subscriptionId',
        'extra',
      ];
      fc.assert(
        fc.property(orderArbitrary(), fc.constantFrom(...keys), wrong, (order, key, value) => {
          const input = { ...order, [key]: value } as Record<string, unknown>;
          if (value === undefined) delete input[key];
          if (key === 'subscriptionId') return; // a change needs its holding: checkOrder's cross-check
          const parsed = parseOrder(input);
          const code = checked(input, []);
          expect(parsed.ok).toBe(code === 'ok');
          if (!parsed.ok) expect(parsed.issues[0]?.code).toBe(code);
        }),
        { numRuns: 400 },
      );
    });

    it('ORD-9: parseHoldings accepts exactly the holdings checkOrder accepts, with the same code', () => {
      const keys = [
        'id',
        'offer',
        'offerId',
        'quantity',
        'status',
        'term',
        'billingFrequency',
        'trial',
        'extra',
      ];
      fc.assert(
        fc.property(
          holdingsArbitrary({ maxQuantity: 50 }),
          fc.nat(),
          fc.constantFrom(...keys),
          wrong,
          (holdings, at, key, value) => {
            const input = holdings.map((h) => ({ ...h })) as Record<string, unknown>[];
            const target = input[at % Math.max(1, input.length)];
            if (target !== undefined) {
              if (value === undefined) delete target[key];
              else target[key] = value;
            }
            const parsed = parseHoldings(input);
            const code = checked(
              { offer: 'microsoft-365-e3', quantity: 1, term: 'P1Y', billingFrequency: 'annual' },
              input,
            );
            expect(parsed.ok).toBe(code === 'ok');
            if (!parsed.ok) expect(parsed.issues[0]?.code).toBe(code);
          },
        ),
        { numRuns: 400 },
      );
    });
  });
});
