import { createSubscription, transition } from 'subscription-rules';
import { parsePurchase, parseSubscription } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';

const licence = createSubscription({
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 10,
  orderedAt: '2026-11-20T10:00:00Z',
  price: { amount: 1250, currency: 'USD' },
});
const saas = createSubscription({
  product: 'marketplace-saas',
  billingCycle: 'monthly',
  quantity: 2,
  orderedAt: '2026-11-20T10:00:00Z',
});
const pathsOf = (result: ReturnType<typeof parseSubscription>): string[] =>
  result.ok ? [] : result.issues.map((issue) => issue.path);

describe('parseSubscription (found by review)', () => {
  it('NCE-11: a New Commerce state whose term ends at or before its start, or starts after asOf, is refused by parse and by the functions alike (±1 ms)', () => {
    const ends = { ...licence, termEnd: licence.termStart as string };
    expect(pathsOf(parseSubscription(ends))).toEqual(['termEnd']);
    expect(errorOf(() => transition(ends, { type: 'cancel', at: licence.asOf }))).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'subscription.termEnd',
    });
    const oneMs = { ...licence, termEnd: '2026-11-20T10:00:00.001Z' };
    expect(parseSubscription(oneMs).ok).toBe(true);
    const later = { ...licence, termStart: '2026-11-20T10:00:00.001Z' };
    expect(pathsOf(parseSubscription(later))).toEqual(['termStart']);
    expect(errorOf(() => transition(later, { type: 'cancel', at: licence.asOf }))).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'subscription.termStart',
    });
    // legacy alike
    const legacyLater = { ...saas, termStart: '2026-11-20T10:00:00.001Z' };
    expect(pathsOf(parseSubscription(legacyLater))).toEqual(['termStart']);
  });

  it('ERR-2: a legacy state that says program: "legacy" parses, to the state the functions return', () => {
    const said = { ...saas, program: 'legacy' };
    expect(parseSubscription(said)).toEqual({ ok: true, value: saas });
    expect(transition(said as never, { type: 'cancel', at: '2026-11-20T11:00:00Z' }).ok).toBe(true);
    expect(pathsOf(parseSubscription({ ...saas, program: 'old' }))).toEqual(['program']);
  });

  it('PRICE-1: a stored state with a negative price, or one whose total leaves the safe integers, is refused by parse as by the functions', () => {
    const negative = { ...licence, price: { amount: -1, currency: 'USD' } };
    expect(pathsOf(parseSubscription(negative))).toEqual(['price.amount']);
    const huge = { ...licence, price: { amount: Number.MAX_SAFE_INTEGER, currency: 'USD' } };
    expect(pathsOf(parseSubscription(huge))).toEqual(['price.amount']);
    const legacyHuge = { ...saas, price: { amount: Number.MAX_SAFE_INTEGER, currency: 'USD' } };
    expect(pathsOf(parseSubscription(legacyHuge))).toEqual(['price.amount']);
  });
});

describe('parsePurchase (found by review)', () => {
  it('ERR-2: every issue at once — a bad orderedAt does not hide a missing billingCycle or a bad price', () => {
    const parsed = parsePurchase({
      product: 'marketplace-saas',
      orderedAt: 'yesterday',
      price: { amount: -5, currency: 'USD' },
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issues.map((issue) => issue.path).sort()).toEqual([
        'billingCycle',
        'orderedAt',
        'price.amount',
      ]);
  });
});
