import { createResaleReconciler, exampleMaps, reconcileResale } from 'subscription-rules/resale';
import { describe, expect, it } from 'vitest';

describe('the resale examples of the API reference', () => {
  it('RSL-8 reconcileResale: two seats paid and not billed, margin −1.54 %', () => {
    const result = reconcileResale({
      cost: [
        {
          CustomerId: 'c1',
          CustomerName: 'Contoso',
          ProductId: 'CFQ7TTC0LCHC',
          SkuId: '0002',
          ChargeType: 'cycleCharge',
          ChargeStartDate: '2026-11-01',
          ChargeEndDate: '2026-11-30',
          BillableQuantity: '12',
          Subtotal: '264.00',
          Currency: 'USD',
          TermAndBillingCycle: 'Annual term, Monthly billing',
        },
      ],
      billed: [
        { Customer: 'Contoso', Item: 'BP', Qty: '10', Amount: '260.00', Date: '2026-11-01' },
      ],
      map: {
        billed: {
          customer: 'Customer',
          product: 'Item',
          quantity: 'Qty',
          amount: 'Amount',
          date: 'Date',
          defaultCurrency: 'USD',
        },
        products: [
          { code: 'BP', productId: 'CFQ7TTC0LCHC', skuId: '0002', term: 'P1Y', billing: 'monthly' },
        ],
      },
    });
    expect(result.findings[0]?.message).toBe(
      '2 seats of CFQ7TTC0LCHC/0002 (P1Y monthly) paid to Microsoft, not billed to Contoso in 2026-11: 52.00 USD a month',
    );
    expect(result.customers[0]?.marginPercent).toBe('-1.54');
  });

  it('RSL-8 createResaleReconciler: the cost and the Xero export observed apart, merged', () => {
    const map = {
      billed: exampleMaps.xero,
      products: [
        {
          code: 'BP-P1Y-M',
          productId: 'CFQ7TTC0LCHC',
          skuId: '0002',
          term: 'P1Y',
          billing: 'monthly',
        },
      ],
    } as const;
    const east = createResaleReconciler({ map });
    east.observeCost({
      CustomerId: 'c1',
      CustomerName: 'Contoso',
      ProductId: 'CFQ7TTC0LCHC',
      SkuId: '0002',
      ChargeType: 'cycleCharge',
      ChargeStartDate: '2026-11-01',
      ChargeEndDate: '2026-11-30',
      BillableQuantity: '12',
      Subtotal: '264.00',
      Currency: 'USD',
      TermAndBillingCycle: 'Annual term, Monthly billing',
    });
    const west = createResaleReconciler({ map });
    west.observeBilled({
      ContactName: 'Contoso',
      InventoryItemCode: 'BP-P1Y-M',
      Quantity: '10',
      UnitAmount: '26.00',
      LineAmount: '260.00',
      Currency: 'USD',
      InvoiceDate: '01/11/2026',
    });
    expect(
      east
        .merge(west)
        .finish()
        .findings.map((f) => [f.kind, f.atStake.amount]),
    ).toEqual([['unbilled-seats', 5200]]);
    expect(exampleMaps.xero.dateFormat).toBe('D/M/YYYY');
  });

  it('RSL-2 the QuickBooks Online map needs the currency of every line', () => {
    const billed = [
      {
        Customer: 'Contoso',
        'Item (Product/Service)': 'BP',
        'Item Quantity': '12',
        'Item Rate': '26',
        'Item Amount': '312.00',
        'Service Date': '11/30/2026',
      },
    ];
    const products = [
      { code: 'BP', productId: 'CFQ7TTC0LCHC', skuId: '0002', term: 'P1Y', billing: 'monthly' },
    ] as const;
    expect(() =>
      reconcileResale({
        cost: [],
        billed,
        map: { billed: exampleMaps.quickbooksOnline, products },
      }),
    ).toThrow('map.billed.defaultCurrency');
    const result = reconcileResale({
      cost: [],
      billed,
      map: {
        billed: { ...exampleMaps.quickbooksOnline, defaultCurrency: 'USD' },
        products,
        customers: { Contoso: 'c1' },
      },
    });
    expect(result.customers[0]).toEqual(
      expect.objectContaining({ month: '2026-11', billed: { amount: 31200, currency: 'USD' } }),
    );
  });
});
