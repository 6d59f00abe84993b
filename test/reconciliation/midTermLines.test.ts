import { createSubscription, transition, upgrade } from 'subscription-rules';
import { invoiceLines } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';

const basic = createSubscription({
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 10,
  orderedAt: '2026-11-20T10:00:00Z',
  price: { amount: 1250, currency: 'USD' },
});
const to = { offerId: 'CFQ7TTC0LDPB:0001', price: { amount: 2200, currency: 'USD' } } as const;
const at = '2026-11-30T12:00:00Z';

/** `[ChargeType, ChargeStartDate, ChargeEndDate, BillableQuantity, Subtotal]` of each line. */
const lines = (effects: Parameters<typeof invoiceLines>[0]) =>
  invoiceLines(effects).map((l) => [
    l.ChargeType,
    l.ChargeStartDate,
    l.ChargeEndDate,
    l.BillableQuantity,
    l.Subtotal,
  ]);

describe('invoice lines of the changes made mid-term (REC-1, MID-1, MID-4)', () => {
  it('MID-4, REC-1: a partial upgrade is the source\u2019s removeQuantity and the target\u2019s addQuantity for the 19 days after the upgrade\u2019s', () => {
    const result = upgrade(basic, { at, quantity: 4, to });
    expect(result.ok && lines(result.effects)).toEqual([
      ['removeQuantity', '2026-12-01', '2026-12-19', '-4', '-31.64'],
      ['addQuantity', '2026-12-01', '2026-12-19', '4', '55.68'],
    ]);
  });

  it('MID-4, REC-1: a full upgrade\u2019s charge is a convert line', () => {
    const result = upgrade(basic, { at, to });
    expect(result.ok && lines(result.effects).map((l) => l[0])).toEqual([
      'removeQuantity',
      'convert',
    ]);
  });

  it('MID-1, REC-1: a term change is the old period\u2019s cancelImmediate and the new term\u2019s new line', () => {
    const result = transition(basic, {
      type: 'change-term',
      at,
      term: 'P3Y',
      billingFrequency: 'annual',
      price: { amount: 14000, currency: 'USD' },
    });
    expect(result.ok && lines(result.effects)).toEqual([
      ['cancelImmediate', '2026-12-01', '2026-12-19', '-10', '-79.10'],
      ['new', '2026-11-30', '2027-11-29', '10', '1400.00'],
    ]);
  });
});
