import type { ResaleMap, ResaleTenantSeats } from 'subscription-rules/resale';

/** A row of the reconciliation file as a CSV parser with headers gives it. */
export type Row = Record<string, string>;

export const BP = { productId: 'CFQ7TTC0LCHC', skuId: '0002' };
export const BS = { productId: 'CFQ7TTC0LDPB', skuId: '0001' };
export const EXO = { productId: 'CFQ7TTC0LH16', skuId: '0001' };
export const ENTRA = { productId: 'CFQ7TTC0LFLX', skuId: '0001' };
export const VISIO = { productId: 'CFQ7TTC0HD33', skuId: '0002' };
export const E3 = { productId: 'CFQ7TTC0LF8Q', skuId: '0001' };
export const BB = { productId: 'CFQ7TTC0LH18', skuId: '0001' };

export const P1Y_MONTHLY = 'Annual term, Monthly billing';

/** One line of the reconciliation file. */
export function cost(
  customer: [id: string, name: string],
  product: { productId: string; skuId: string },
  fields: {
    type?: string;
    from: string;
    to: string;
    seats: string;
    subtotal: string;
    term?: string;
    subscription?: string;
    currency?: string;
    skuName?: string;
  },
): Row {
  return {
    CustomerId: customer[0],
    CustomerName: customer[1],
    ProductId: product.productId,
    SkuId: product.skuId,
    SkuName: fields.skuName ?? '',
    SubscriptionId: fields.subscription ?? `${customer[0]}-${product.productId}`,
    ChargeType: fields.type ?? 'cycleCharge',
    ChargeStartDate: fields.from,
    ChargeEndDate: fields.to,
    BillableQuantity: fields.seats,
    Subtotal: fields.subtotal,
    Currency: fields.currency ?? 'USD',
    TermAndBillingCycle: fields.term ?? P1Y_MONTHLY,
  };
}

/** One line of the PSA's export. */
export function billed(
  customer: string,
  code: string,
  quantity: string,
  amount: string,
  from: string,
  to: string,
  currency = 'USD',
): Row {
  return {
    Client: customer,
    Code: code,
    Qty: quantity,
    Net: amount,
    From: from,
    To: to,
    Cur: currency,
  };
}

export const map: ResaleMap = {
  billed: {
    customer: 'Client',
    product: 'Code',
    quantity: 'Qty',
    amount: 'Net',
    currency: 'Cur',
    periodStart: 'From',
    periodEnd: 'To',
  },
  products: [
    {
      code: 'BP-Y-M',
      ...BP,
      term: 'P1Y',
      billing: 'monthly',
      graphSkuId: 'CBDC14AB-D96C-4C30-B9F4-6ADA7CDC1D46',
    },
    { code: 'BS-Y-M', ...BS, term: 'P1Y', billing: 'monthly' },
    {
      code: 'EXO-Y-M',
      ...EXO,
      term: 'P1Y',
      billing: 'monthly',
      graphSkuId: '4b9405b0-7788-4568-add1-99614e613b69',
    },
    {
      code: 'EXO-M',
      ...EXO,
      term: 'P1M',
      billing: 'monthly',
      graphSkuId: '4b9405b0-7788-4568-add1-99614e613b69',
    },
    { code: 'ENTRA-Y-M', ...ENTRA, term: 'P1Y', billing: 'monthly' },
    { code: 'VISIO-Y-M', ...VISIO, term: 'P1Y', billing: 'monthly' },
    { code: 'E3-Y-M', ...E3, term: 'P1Y', billing: 'monthly' },
    { code: 'BB-Y-M', ...BB, term: 'P1Y', billing: 'monthly' },
  ],
};

export const CONTOSO: [string, string] = ['6f1c0a52-contoso', 'Contoso'];
export const FABRIKAM: [string, string] = ['0b7d3e11-fabrikam', 'Fabrikam'];
export const NORTHWIND: [string, string] = ['9a2e44c0-northwind', 'Northwind'];

/** Worked month 1: Contoso, 2026-11 (the decoys of worked month 5 included). */
export const contosoCost: Row[] = [
  cost(CONTOSO, BP, {
    from: '2026-11-01',
    to: '2026-11-30',
    seats: '12',
    subtotal: '264.00',
    subscription: 'S-BP',
  }),
  cost(CONTOSO, BS, {
    from: '2026-11-15',
    to: '2026-12-14',
    seats: '10',
    subtotal: '125.00',
    subscription: 'S-BS',
  }),
  cost(CONTOSO, BS, {
    type: 'addQuantity',
    from: '2026-11-20',
    to: '2026-12-14',
    seats: '5',
    subtotal: '52.00',
    subscription: 'S-BS',
  }),
  cost(CONTOSO, EXO, {
    from: '2026-11-01',
    to: '2026-11-30',
    seats: '20',
    subtotal: '80.00',
    subscription: 'S-EXO1',
  }),
  cost(CONTOSO, EXO, {
    from: '2026-11-01',
    to: '2026-11-30',
    seats: '3',
    subtotal: '14.40',
    term: '1 Month Subscription',
    subscription: 'S-EXO2',
  }),
  cost(CONTOSO, ENTRA, {
    from: '2026-11-01',
    to: '2027-10-31',
    seats: '10',
    subtotal: '720.00',
    term: 'Annual term, Annual billing',
    subscription: 'S-ENTRA',
  }),
];

export const contosoBilled: Row[] = [
  billed('Contoso', 'BP-Y-M', '10', '260.00', '2026-11-01', '2026-11-30'),
  billed('Contoso', 'BS-Y-M', '10', '150.00', '2026-11-01', '2026-11-30'),
  billed('Contoso', 'BS-Y-M', '5', '27.50', '2026-11-20', '2026-11-30'),
  billed('Contoso', 'EXO-Y-M', '20', '100.00', '2026-11-01', '2026-11-30'),
  billed('Contoso', 'EXO-M', '3', '18.00', '2026-11-01', '2026-11-30'),
  billed('Contoso', 'ENTRA-Y-M', '10', '70.00', '2026-11-01', '2026-11-30'),
  billed('Contoso', 'VISIO-Y-M', '2', '36.00', '2026-11-01', '2026-11-30'),
  billed('Contoso', 'LABOUR', '4', '360.00', '2026-11-01', '2026-11-30'),
];

/** Worked month 2: Fabrikam, October and November 2026. */
export const fabrikamCost: Row[] = [
  cost(FABRIKAM, E3, {
    from: '2026-10-01',
    to: '2026-10-31',
    seats: '10',
    subtotal: '230.00',
    subscription: 'S-E3',
  }),
  cost(FABRIKAM, E3, {
    type: 'renew',
    from: '2026-11-01',
    to: '2026-11-30',
    seats: '10',
    subtotal: '260.00',
    subscription: 'S-E3',
  }),
  cost(FABRIKAM, BB, {
    from: '2026-10-01',
    to: '2026-10-31',
    seats: '5',
    subtotal: '30.00',
    subscription: 'S-BB',
  }),
  cost(FABRIKAM, BB, {
    from: '2026-11-01',
    to: '2026-11-30',
    seats: '5',
    subtotal: '37.10',
    term: '1 Month Subscription',
    subscription: 'S-BB',
    skuName: 'Microsoft 365 Business Basic Extended Service Term',
  }),
];

export const fabrikamBilled: Row[] = [
  billed('Fabrikam', 'E3-Y-M', '10', '280.00', '2026-10-01', '2026-10-31'),
  billed('Fabrikam', 'E3-Y-M', '10', '280.00', '2026-11-01', '2026-11-30'),
  billed('Fabrikam', 'BB-Y-M', '5', '40.00', '2026-10-01', '2026-10-31'),
  billed('Fabrikam', 'BB-Y-M', '5', '40.00', '2026-11-01', '2026-11-30'),
];

/** Worked month 4: Northwind billed in EUR. */
export const northwindCost: Row[] = [
  cost(NORTHWIND, BS, {
    from: '2026-11-01',
    to: '2026-11-30',
    seats: '10',
    subtotal: '125.00',
    subscription: 'S-NW',
  }),
];
export const northwindBilled: Row[] = [
  billed('Northwind', 'BS-Y-M', '9', '126.00', '2026-11-01', '2026-11-30', 'EUR'),
];

/** Graph's seats of worked month 1. */
export const contosoSeats: ResaleTenantSeats[] = [
  {
    customerId: CONTOSO[0],
    value: [
      {
        skuId: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
        consumedUnits: 9,
        prepaidUnits: { enabled: 12 },
      },
      {
        skuId: '4b9405b0-7788-4568-add1-99614e613b69',
        consumedUnits: 21,
        prepaidUnits: { enabled: 23 },
      },
    ],
  },
];
