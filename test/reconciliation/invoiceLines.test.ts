import fc from 'fast-check';
import type {
  NewCommerceChargeEffect,
  NewCommerceCreditEffect,
  NewCommerceEffect,
} from 'subscription-rules';
import { chargesBetween, purchaseCharges } from 'subscription-rules/new-commerce';
import { invoiceLines } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { ruleErrorOf } from '../_errors.ts';
import { readFileDecimal, sameDecimal } from '../_private.ts';
import { accepted, added, bought, lifeEffects, removed } from './_effects.ts';

const [addition] = added.effects as [NewCommerceChargeEffect];
const [removal] = removed.effects as [NewCommerceCreditEffect];
const cancelled = (at: string) => accepted(bought, { type: 'cancel', at }).effects;

/** An upgrade's charge as MID-4 bills its target, made by hand (the lifecycle has no upgrade yet). */
const upgrade: NewCommerceChargeEffect = {
  ...addition,
  kind: 'upgrade',
  at: '2026-12-05T09:00:00.000Z',
  quantity: 10,
  seats: 10,
  amount: { amount: 5840, currency: 'USD' },
  days: 14,
  rule: 'MID-4',
};

describe('invoiceLines', () => {
  it('REC-1: the purchase of 10 seats at 12.50 USD is one new line of 125.00 USD for 2026-11-20 … 2026-12-19', () => {
    expect(
      invoiceLines(purchaseCharges(bought), { subscriptionId: 'S1', customerId: 'C1' }),
    ).toEqual([
      {
        CustomerId: 'C1',
        SubscriptionId: 'S1',
        OrderDate: '2026-11-20',
        ChargeType: 'new',
        ChargeStartDate: '2026-11-20',
        ChargeEndDate: '2026-12-19',
        UnitPrice: '12.50',
        EffectiveUnitPrice: '12.50',
        Quantity: '10',
        BillableQuantity: '10',
        Subtotal: '125.00',
        Currency: 'USD',
        TermAndBillingCycle: 'Annual term, Monthly billing',
      },
    ]);
  });

  it('REC-1, CHG-2: 5 seats added on 2026-12-05 bill 31.20 USD, EffectiveUnitPrice 6.24, from 2026-12-05 to 2026-12-19', () => {
    expect(invoiceLines(added.effects)).toEqual([
      {
        OrderDate: '2026-12-05',
        ChargeType: 'addQuantity',
        ChargeStartDate: '2026-12-05',
        ChargeEndDate: '2026-12-19',
        UnitPrice: '12.50',
        EffectiveUnitPrice: '6.24',
        Quantity: '15',
        BillableQuantity: '5',
        Subtotal: '31.20',
        Currency: 'USD',
        TermAndBillingCycle: 'Annual term, Monthly billing',
      },
    ]);
    // one millisecond before midnight the addition is a day earlier: 16 days billed, its own day
    const earlier = accepted(bought, {
      type: 'change-quantity',
      at: '2026-12-04T23:59:59.999Z',
      quantity: 15,
    });
    expect(invoiceLines(earlier.effects).map((l) => [l.ChargeStartDate, l.Subtotal])).toEqual([
      ['2026-12-04', '33.30'],
    ]);
  });

  it('REC-4: the same 5 seats removed at 18:00 credit 29.20 USD from the next day: negative BillableQuantity and Subtotal, a positive EffectiveUnitPrice', () => {
    expect(invoiceLines([...added.effects, ...removed.effects])[1]).toEqual({
      OrderDate: '2026-12-05',
      ChargeType: 'removeQuantity',
      ChargeStartDate: '2026-12-06',
      ChargeEndDate: '2026-12-19',
      UnitPrice: '12.50',
      EffectiveUnitPrice: '5.84',
      Quantity: '10',
      BillableQuantity: '-5',
      Subtotal: '-29.20',
      Currency: 'USD',
      // a credit takes the term of the charge before it
      TermAndBillingCycle: 'Annual term, Monthly billing',
    });
    expect(invoiceLines(removed.effects)[0]).not.toHaveProperty('TermAndBillingCycle');
  });

  it('REC-4: a cancellation credits from the day after with Quantity 0 (108.30 USD on day 3); a full credit from the period’s first day', () => {
    expect(invoiceLines(cancelled('2026-11-23T09:00:00Z'))).toEqual([
      {
        OrderDate: '2026-11-23',
        ChargeType: 'cancelImmediate',
        ChargeStartDate: '2026-11-24',
        ChargeEndDate: '2026-12-19',
        UnitPrice: '12.50',
        EffectiveUnitPrice: '10.83',
        Quantity: '0',
        BillableQuantity: '-10',
        Subtotal: '-108.30',
        Currency: 'USD',
      },
    ]);
    const full = invoiceLines(cancelled('2026-11-20T12:00:00Z'))[0];
    expect([full?.ChargeStartDate, full?.ChargeEndDate, full?.Subtotal]).toEqual([
      '2026-11-20',
      '2026-12-19',
      '-125.00',
    ]);
  });

  it('REC-1: each kind has its charge type; a full upgrade is convert and starts the day after; options.chargeTypes renames any kind', () => {
    const cycle = chargesBetween(bought, bought.asOf, '2026-12-20T00:00:00Z');
    const trial: NewCommerceChargeEffect = { ...addition, kind: 'trial-conversion', rule: 'CHG-1' };
    const effects: NewCommerceEffect[] = [
      ...purchaseCharges(bought),
      ...cycle,
      ...added.effects,
      ...removed.effects,
      { ...cycle[0], kind: 'renewal' } as NewCommerceChargeEffect,
      { ...trial, amount: addition.unitPrice, quantity: 1 },
      { ...trial, kind: 'term-change' as const, amount: addition.unitPrice, quantity: 1 },
      upgrade,
      { ...upgrade, full: true },
      { ...removal, kind: 'upgrade-source' as const },
      { ...removal, kind: 'term-change-source' as const },
      ...cancelled('2026-11-23T09:00:00Z'),
    ];
    expect(invoiceLines(effects).map((line) => line.ChargeType)).toEqual([
      'new',
      'cycleCharge',
      'addQuantity',
      'removeQuantity',
      'renew',
      'new',
      'new',
      'addQuantity',
      'convert',
      'removeQuantity',
      'cancelImmediate',
      'cancelImmediate',
    ]);
    expect(
      invoiceLines([upgrade, { ...upgrade, full: true }]).map((l) => l.ChargeStartDate),
    ).toEqual(['2026-12-06', '2026-12-06']);
    const renamed = invoiceLines(effects.slice(0, 4), {
      chargeTypes: { cycle: 'CycleFee', 'remove-quantity': 'Refund' },
    });
    expect(renamed.map((line) => line.ChargeType)).toEqual([
      'new',
      'CycleFee',
      'addQuantity',
      'Refund',
    ]);
  });

  it('REC-4: TermAndBillingCycle names the term and the billing (P2Y decided as Biennial)', () => {
    const line = (term: string, billingFrequency: string) =>
      invoiceLines([{ ...addition, term, billingFrequency } as NewCommerceChargeEffect])[0]
        ?.TermAndBillingCycle;
    expect([
      line('P1M', 'monthly'),
      line('P1Y', 'annual'),
      line('P3Y', 'triennial'),
      line('P3Y', 'annual'),
      line('P2Y', 'annual'),
    ]).toEqual([
      'Monthly term, Monthly billing',
      'Annual term, Annual billing',
      'Triennial term, Triennial billing',
      'Triennial term, Annual billing',
      'Biennial term, Annual billing',
    ]);
  });

  it('REC-1: amounts are written in the currency’s minor unit: no point for JPY, three decimals for BHD', () => {
    const inCurrency = (currency: string, amount: number, price: number) =>
      invoiceLines([
        {
          ...addition,
          unitPrice: { amount: price, currency },
          amount: { amount, currency },
        } as NewCommerceChargeEffect,
      ])[0];
    expect(inCurrency('JPY', 3120, 1250)).toMatchObject({
      UnitPrice: '1250',
      EffectiveUnitPrice: '624',
      Subtotal: '3120',
    });
    expect(inCurrency('BHD', 3120, 1250)).toMatchObject({
      UnitPrice: '1.250',
      EffectiveUnitPrice: '0.624',
      Subtotal: '3.120',
    });
  });

  it('REC-4: a scheduled cancellation, a no-refund credit and a credit of 0 (seats removed on the period’s last day) have no line; a few cents of rounding on that day are dated that day', () => {
    const lastDay: NewCommerceCreditEffect = {
      ...removal,
      at: '2026-12-19T12:00:00.000Z',
      days: 0,
      credit: { amount: 0, currency: 'USD' },
    };
    expect(
      invoiceLines([
        lastDay,
        { type: 'cancellation-scheduled', at: '2027-11-20T00:00:00.000Z', rule: 'NCE-7' },
        { ...removal, outcome: 'no-refund', credit: { amount: 0, currency: 'USD' }, days: 0 },
        { ...removal, outcome: 'no-refund' },
      ]),
    ).toEqual([]);
    // the rounding of NCE-5 can leave a few cents to credit on the last day: dated that day
    expect(
      invoiceLines([{ ...lastDay, credit: { amount: 8, currency: 'USD' }, quantity: 1 }]).map(
        (l) => [l.ChargeStartDate, l.ChargeEndDate, l.Subtotal],
      ),
    ).toEqual([['2026-12-19', '2026-12-19', '-0.08']]);
    // one day earlier, the same seats are credited their last day
    expect(
      invoiceLines([
        {
          ...lastDay,
          at: '2026-12-18T12:00:00.000Z',
          days: 1,
          credit: { amount: 40, currency: 'USD' },
        },
      ]).map((l) => [l.ChargeStartDate, l.ChargeEndDate, l.Subtotal]),
    ).toEqual([['2026-12-19', '2026-12-19', '-0.40']]);
  });

  it('REC-4, ERR-1: an unpriced credit and one without its period are refused at the effect; bad input names the caller’s field', () => {
    const { credit: _money, unitPrice: _price, ...unpriced } = removal;
    const refused = (run: () => unknown) => {
      const error = ruleErrorOf(run);
      return [error.code, error.path];
    };
    expect(refused(() => invoiceLines([addition, unpriced]))).toEqual([
      'MISSING_FIELD',
      'effects.1.credit',
    ]);
    const { periodStart: _s, periodEnd: _e, ...noPeriod } = removal;
    expect(refused(() => invoiceLines([noPeriod]))).toEqual([
      'MISSING_FIELD',
      'effects.0.periodStart',
    ]);
    expect(
      refused(() =>
        invoiceLines([
          addition,
          addition,
          addition,
          { ...addition, amount: { amount: 3121, currency: 'USD' } },
        ]),
      ),
    ).toEqual(['INVALID_AMOUNT', 'effects.3.amount.amount']);
    expect(
      refused(() => invoiceLines([{ ...addition, amount: { amount: 3120, currency: 'EUR' } }])),
    ).toEqual(['CURRENCY_MISMATCH', 'effects.0.amount.currency']);
    expect(refused(() => invoiceLines([{ ...addition, at: '2026-12-20T00:00:00Z' }]))).toEqual([
      'OUT_OF_ORDER',
      'effects.0.periodEnd',
    ]);
    expect(refused(() => invoiceLines([{ ...addition, kind: 'refund' } as never]))).toEqual([
      'INVALID_ARGUMENT',
      'effects.0.kind',
    ]);
    expect(refused(() => invoiceLines([{ ...addition, extra: 1 } as never]))).toEqual([
      'INVALID_ARGUMENT',
      'effects.0.extra',
    ]);
    expect(refused(() => invoiceLines([addition], { chargeTypes: { cycle: '' } }))).toEqual([
      'INVALID_ARGUMENT',
      'options.chargeTypes.cycle',
    ]);
    expect(
      refused(() => invoiceLines([addition], { chargeTypes: { cycle: 'removeQuantity' } })),
    ).toEqual(['INVALID_ARGUMENT', 'options.chargeTypes.cycle']);
    expect(
      refused(() => invoiceLines([addition], { chargeTypes: { refund: 'x' } as never })),
    ).toEqual(['INVALID_ARGUMENT', 'options.chargeTypes.refund']);
    expect(refused(() => invoiceLines(addition as never))).toEqual(['INVALID_ARGUMENT', 'effects']);
    expect(refused(() => invoiceLines([addition], { subscriptionId: 7 } as never))).toEqual([
      'INVALID_ARGUMENT',
      'options.subscriptionId',
    ]);
    expect(
      ruleErrorOf(() => invoiceLines([addition], { chargeTypes: { cycle: '' } })).message,
    ).toBe('options.chargeTypes.cycle: expected a non-empty string, got ""');
  });

  describe('properties', () => {
    it('REC-1: every line’s Subtotal is its EffectiveUnitPrice × BillableQuantity exactly, negative exactly for credits, over every life the arbitraries reach', () => {
      fc.assert(
        fc.property(lifeEffects, (effects) => {
          const lines = invoiceLines(effects);
          const moving = effects.filter(
            (e) =>
              e.type === 'charge' ||
              (e.type === 'credit' && e.outcome !== 'no-refund' && e.credit?.amount !== 0),
          );
          expect(lines.length).toBe(moving.length);
          lines.forEach((line, i) => {
            const price = readFileDecimal(line.EffectiveUnitPrice) as never as {
              units: number;
              scale: number;
            };
            const quantity = Number(line.BillableQuantity);
            const product = { units: price.units * quantity, scale: price.scale };
            expect(sameDecimal(product, readFileDecimal(line.Subtotal) as never)).toBe(true);
            expect(quantity < 0).toBe(moving[i]?.type === 'credit');
            expect(line.ChargeStartDate <= line.ChargeEndDate).toBe(true);
          });
        }),
      );
    });

    itKeepsTheContract(
      'invoiceLines',
      invoiceLines,
      lifeEffects.map(
        (effects) =>
          [effects, { subscriptionId: 'S1' }] as [typeof effects, { subscriptionId: string }],
      ),
    );
  });
});
