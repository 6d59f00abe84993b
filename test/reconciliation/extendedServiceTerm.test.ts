import { advance, createSubscription, transition } from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { type InvoiceLine, invoiceLines, reconcile } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });
/** 50 seats of a P1Y monthly licence at 5.00; at its end 2027-11-20 the Extended Service Term at a base of 4.00. */
const bought = createSubscription({
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 50,
  orderedAt: '2026-11-20T10:00:00Z',
  price: usd(500),
});
const chosen = transition(bought, {
  type: 'set-end-of-term',
  at: '2027-01-01T00:00:00Z',
  action: 'extended-service-term',
  basePrice: usd(400),
});
if (!chosen.ok) throw new Error('expected the Extended Service Term to be chosen');
const months = advance(chosen.subscription, '2027-12-20T00:00:00Z');
const est = months.effects.filter((e) => e.kind === 'extended-service-term');
const lines = invoiceLines(est, { subscriptionId: 'S1' });
/** A file's row of a line, every cell text, its charge type as given. */
const row = (line: InvoiceLine, chargeType = line.ChargeType): Record<string, string> => ({
  ...line,
  ChargeType: chargeType,
});

describe('Extended Service Term lines (EST-5)', () => {
  it('EST-5: every month prints cycleCharge, Monthly term, Monthly billing, the base as UnitPrice, the price as EffectiveUnitPrice, and the fee', () => {
    expect(lines).toEqual([
      {
        SubscriptionId: 'S1',
        OrderDate: '2027-11-20',
        ChargeType: 'cycleCharge',
        ChargeStartDate: '2027-11-20',
        ChargeEndDate: '2027-12-19',
        UnitPrice: '4.00',
        EffectiveUnitPrice: '4.12',
        Quantity: '50',
        BillableQuantity: '50',
        Subtotal: '206.00',
        Currency: 'USD',
        TermAndBillingCycle: 'Monthly term, Monthly billing',
        PriceAdjustmentDescription: 'Extended Service Terms 3% Fee Applied',
      },
      expect.objectContaining({ ChargeStartDate: '2027-12-20', Subtotal: '206.00' }),
    ]);
  });

  it('EST-5: the first month matches whether the file prints it cycleCharge, renew or new, and the match says which', () => {
    for (const printed of ['cycleCharge', 'renew', 'new']) {
      const file = [row(lines[0] as InvoiceLine, printed), row(lines[1] as InvoiceLine)];
      const result = reconcile(est, file, { subscriptionId: 'S1' });
      expect([result.missing, result.unexpected, result.different]).toEqual([[], [], []]);
      expect(result.matched[0]?.printedAs).toBe(printed === 'cycleCharge' ? undefined : printed);
      expect(result.matched[0]?.rules).toEqual(['EST-5']);
    }
  });

  it('EST-5: a month billed otherwise is explained: the base, the uplift, the price and the month', () => {
    const file = [{ ...row(lines[0] as InvoiceLine), Subtotal: '210.00' }];
    const result = reconcile(est.slice(0, 1), file, { subscriptionId: 'S1' });
    expect(result.different[0]?.message).toBe(
      'Extended Service Term since 2027-11-20: 4.00 + 3 % = 4.12 × 50 = 206.00 USD a month; billed 210.00 USD',
    );
    const korean = reconcile(est.slice(0, 1), file, { subscriptionId: 'S1', locale: ko });
    expect(korean.different[0]?.message).toContain('2027-11-20부터 연장 서비스 기간: 4.00 + 3%');
  });

  it('EST-4, EST-5: an Extended Service Term month cancelled prints its credit as cancelImmediate', () => {
    const cancel = transition(months.subscription, { type: 'cancel', at: '2027-12-29T12:00:00Z' });
    if (!cancel.ok) throw new Error('expected the cancellation');
    const [credit] = invoiceLines(cancel.effects.filter((e) => e.type === 'credit'));
    expect(credit).toMatchObject({
      ChargeType: 'cancelImmediate',
      ChargeStartDate: '2027-12-30',
      ChargeEndDate: '2028-01-19',
      BillableQuantity: '-50',
    });
  });

  it('EST-7: a file’s Extended Service Term line whose amount differs is different from the expected month, not unexpected', () => {
    // billed at 4.20 a seat instead of 4.12: 210.00 for the 50 seats
    const first = lines[0] as InvoiceLine;
    const file = [
      { ...row(first), EffectiveUnitPrice: '4.20', Subtotal: '210.00' },
      row(lines[1] as InvoiceLine),
    ];
    const result = reconcile(est, file, { subscriptionId: 'S1' });
    expect([result.missing, result.unexpected]).toEqual([[], []]);
    expect(result.different).toHaveLength(1);
    expect(result.different[0]).toMatchObject({
      chargeType: 'cycleCharge',
      chargeStartDate: '2027-11-20',
      fields: ['Subtotal'],
      rules: ['EST-5'],
    });
    expect(result.different[0]?.message).toContain('Extended Service Term since 2027-11-20');
  });
});
