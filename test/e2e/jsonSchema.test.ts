import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { partnerCenterPolicies } from 'subscription-rules';
import * as schemas from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';

const folder = new URL('../../dist/json-schema/', import.meta.url);
const load = (name: string): object =>
  JSON.parse(readFileSync(new URL(`${name}.json`, folder), 'utf8'));

/** For each published schema: the parseX of the same shape, a valid sample and an invalid one. */
const cases: Record<
  string,
  { parse: (input: unknown) => { ok: boolean }; valid: unknown; invalid: unknown }
> = {
  'upgrade-request': {
    parse: schemas.parseUpgradeRequest,
    valid: {
      at: '2026-11-30T12:00:00Z',
      quantity: 4,
      to: { offerId: 'CFQ7TTC0LDPB:0001', price: { amount: 2200, currency: 'USD' } },
    },
    // no offer (a price alone is optional: the price list may price the target, PL-3)
    invalid: { at: '2026-11-30T12:00:00Z', to: { price: { amount: 2200, currency: 'USD' } } },
  },
  'custom-term-end-dates-input': {
    parse: schemas.parseCustomTermEndDatesInput,
    valid: { term: 'P1Y', billingFrequency: 'monthly', startDate: '2026-11-20T10:00:00Z' },
    invalid: { term: 'P2Y', billingFrequency: 'monthly', startDate: '2026-11-20T10:00:00Z' },
  },
  customer: {
    parse: schemas.parseCustomer,
    valid: { segment: 'education', billingCountry: 'SZ' },
    invalid: { segment: 'retail', billingCountry: 'SZ' },
  },
  'partner-center-subscription': {
    parse: schemas.parsePartnerCenterSubscription,
    // a resource the reader reads (the parser runs it), as Partner Center returns one
    valid: {
      quantity: 10,
      productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
      effectiveStartDate: '2021-01-14T16:57:14.498252Z',
      commitmentEndDate: '2022-01-13T00:00:00Z',
      status: 'active',
      autoRenewEnabled: true,
      billingType: 'license',
      billingCycle: 'monthly',
      termDuration: 'P1Y',
      isMicrosoftProduct: true,
      offerName: 'Microsoft 365 Business Basic',
    },
    invalid: {
      quantity: 0,
      effectiveStartDate: '2021-01-14',
      status: 'active',
      autoRenewEnabled: true,
    },
  },
  'download-link': {
    parse: schemas.parseDownloadLink,
    valid: { issuedAt: '2020-06-01T00:00:00Z', downloads: 3, revoked: false, policyId: 'p' },
    invalid: { issuedAt: '2020-06-01', downloads: 3, revoked: false, policyId: 'p' },
  },
  event: {
    parse: schemas.parseEvent,
    valid: { type: 'change-quantity', at: '2026-01-01T00:00:00Z', quantity: 3 },
    invalid: { type: 'change-quantity', at: '2026-01-01T00:00:00Z', quantity: 0 },
  },
  invoice: {
    parse: schemas.parseInvoice,
    valid: {
      id: 'G000024135',
      invoiceDate: '2026-11-08T00:00:00Z',
      totalCharges: 2075.89,
      paidAmount: 0,
      currencyCode: 'USD',
      documentType: 'Invoice',
      amendments: [],
      invoiceType: 'Recurring',
    },
    // no total
    invalid: { id: 'G000024135', invoiceDate: '2026-11-08T00:00:00Z', currencyCode: 'USD' },
  },
  'invoice-line': {
    parse: schemas.parseInvoiceLine,
    valid: {
      ChargeType: 'addQuantity',
      ChargeStartDate: '2026-12-05',
      ChargeEndDate: '2026-12-19',
      BillableQuantity: '5',
      Subtotal: '31.20',
      Currency: 'USD',
    },
    invalid: {
      ChargeType: 'addQuantity',
      ChargeStartDate: '2026-12-05',
      ChargeEndDate: '2026-12-19',
      BillableQuantity: 5,
      Subtotal: '31.20',
      Currency: 'USD',
    },
  },
  'new-commerce-charge-effect': {
    parse: schemas.parseNewCommerceEffect,
    valid: {
      type: 'charge',
      kind: 'add-quantity',
      at: '2026-12-05T00:00:00Z',
      quantity: 5,
      unitPrice: { amount: 1250, currency: 'USD' },
      amount: { amount: 3120, currency: 'USD' },
      periodStart: '2026-11-20T10:00:00Z',
      periodEnd: '2026-12-20T00:00:00Z',
      days: 15,
      periodDays: 30,
      seats: 15,
      term: 'P1Y',
      billingFrequency: 'monthly',
      rule: 'CHG-2',
    },
    invalid: { type: 'charge', kind: 'refund', at: '2026-12-05T00:00:00Z' },
  },
  'new-commerce-credit-effect': {
    parse: schemas.parseNewCommerceEffect,
    valid: {
      type: 'credit',
      kind: 'cancel',
      outcome: 'no-refund',
      at: '2026-12-01T00:00:00Z',
      quantity: 1,
      seats: 0,
      rule: 'NCE-4',
    },
    invalid: {
      type: 'credit',
      kind: 'cancel',
      outcome: 'no-refund',
      at: '2026-12-01T00:00:00Z',
      quantity: 0,
      seats: 0,
      rule: 'NCE-4',
    },
  },
  money: {
    parse: schemas.parseMoney,
    valid: { amount: 1999, currency: 'AUD' },
    invalid: { amount: 19.99, currency: 'AUD' },
  },
  offer: {
    parse: schemas.parseOffer,
    valid: { id: 'crm', publisher: 'partner', billingType: 'license' },
    invalid: { id: 'crm', publisher: 'isv', billingType: 'license' },
  },
  policy: {
    parse: schemas.parsePolicy,
    valid: JSON.parse(JSON.stringify(partnerCenterPolicies[1])),
    invalid: { ...JSON.parse(JSON.stringify(partnerCenterPolicies[1])), trialDays: -1 },
  },
  promotion: {
    parse: schemas.parsePromotion,
    valid: {
      id: '39NFJQT1PJQB:0001:39NFJQT1Q5KN',
      name: 'Visio Plan 1',
      startDate: '2021-09-23T00:00:00+00:00',
      endDate: '2021-10-14T23:59:59+00:00',
      requiredProducts: [
        {
          productId: 'CFQ7TTC0HD33',
          skuId: '0003',
          term: { duration: 'P1Y', billingCycle: 'Annual' },
          pricingPolicies: [{ policyType: 'PercentDiscount', value: '0.05' }],
        },
      ],
    },
    // no id, and no products
    invalid: { startDate: '2021-09-23T00:00:00+00:00', endDate: '2021-10-14T23:59:59+00:00' },
  },
  purchase: {
    parse: schemas.parsePurchase,
    valid: { product: 'software-plan', orderedAt: '2026-01-01T00:00:00+01:00' },
    invalid: { product: 'software-plan', orderedAt: '2026-01-01T00:00:00' },
  },
  order: {
    parse: schemas.parseOrder,
    valid: { offer: 'microsoft-365-e3', quantity: 100, term: 'P3Y', billingFrequency: 'annual' },
    invalid: { offer: 'microsoft-365-e3', quantity: 0, term: 'P3Y', billingFrequency: 'annual' },
  },
  holdings: {
    parse: schemas.parseHoldings,
    valid: [{ id: 's1', offer: 'microsoft-365-e3', quantity: 0, status: 'cancelled', extra: 1 }],
    invalid: [{ offer: 'microsoft-365-e3', quantity: -1 }],
  },
  reservation: {
    parse: schemas.parseReservation,
    valid: {
      id: 'vm-3y',
      type: 'virtual-machines',
      term: 'P3Y',
      billingPlan: 'monthly',
      purchasedAt: '2026-01-15T00:00:00Z',
      price: { amount: 360000, currency: 'EUR' },
      usdRate: '1.0825',
    },
    invalid: {
      id: 'vm-3y',
      type: 'virtual-machines',
      term: 'P2Y',
      billingPlan: 'monthly',
      purchasedAt: '2026-01-15T00:00:00Z',
      price: { amount: 360000, currency: 'EUR' },
    },
  },
  'refund-history': {
    parse: schemas.parseRefundHistory,
    valid: [
      { at: '2026-12-20T00:00:00Z', cancelledCommitment: { amount: 240000, currency: 'USD' } },
      {
        at: '2027-01-20T00:00:00+01:00',
        cancelledCommitment: { amount: 1000, currency: 'EUR' },
        usdRate: 1.08,
      },
    ],
    invalid: [{ at: '2026-12-20T00:00:00Z', cancelledCommitment: { amount: -1, currency: 'USD' } }],
  },
  'savings-plan': {
    parse: schemas.parseSavingsPlan,
    valid: { id: 'sp-1', term: 'P1Y', purchasedAt: '2026-05-31T00:00:00Z' },
    invalid: { id: 'sp-1', term: 'P1Y', purchasedAt: '2026-05-31' },
  },
  'quote-input': {
    parse: schemas.parseQuoteInput,
    valid: { listPrice: { amount: 1099, currency: 'AUD' }, market: 'AU', taxRate: '0.1' },
    invalid: {
      listPrice: { amount: 1099, currency: 'AUD' },
      market: 'AU',
      taxRate: '0.1',
      extra: 1,
    },
  },
  subscription: {
    parse: schemas.parseSubscription,
    valid: {
      status: 'active',
      asOf: '2026-01-01T00:00:00.000Z',
      policyId: 'partner-center-2021-03',
      product: 'marketplace-usage',
      billingCycle: null,
      term: null,
      quantity: 1,
      autoRenew: true,
      cancelAtRenewal: false,
      orderedAt: '2026-01-01T00:00:00.000Z',
      price: null,
      accountOpenedAt: null,
      firstBillingPeriodStart: null,
      trialEndsAt: null,
      termAnchor: null,
      termNumber: 0,
      termStart: null,
      termEnd: null,
      suspension: null,
    },
    invalid: { status: 'paused' },
  },
  'subscription-input': {
    parse: schemas.parseSubscriptionInput,
    valid: { product: 'marketplace-usage', quantity: 1, orderedAt: '2026-01-01T00:00:00Z' },
    invalid: { product: 'marketplace-usage', quantity: 1.5, orderedAt: '2026-01-01T00:00:00Z' },
  },
  'support-request': {
    parse: schemas.parseSupportRequest,
    valid: {
      customer: { domain: 'contoso.com' },
      orderId: 'ORD-1',
      reason: 'Bought twice',
      amountRequested: { amount: 1999, currency: 'USD' },
      contact: { name: 'Ana', email: 'ana@example.com', phone: '+1 425 555 0100' },
    },
    invalid: {
      customer: { domain: 'contoso.com' },
      orderId: 'ORD-1',
      reason: 'Bought twice',
      amountRequested: { amount: 1999, currency: 'USD' },
      contact: { name: 'Ana', email: 'ana@example.com' },
    },
  },
};

/** New Commerce samples for the schemas that take both programs: a valid one and an invalid one. */
const newCommerceState = {
  status: 'active',
  asOf: '2026-01-01T00:00:00.000Z',
  policyId: 'partner-center-nce-2023-01',
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 3,
  seats: [
    {
      quantity: 3,
      addedAt: '2026-01-01T00:00:00.000Z',
      reducibleUntil: '2026-01-08T00:00:00.000Z',
    },
  ],
  scheduled: { quantity: 5, term: null, billingFrequency: null, price: null },
  autoRenew: true,
  endOfTerm: 'renew',
  cancelAtRenewal: false,
  orderedAt: '2026-01-01T00:00:00.000Z',
  price: { amount: 1250, currency: 'USD' },
  trialEndsAt: null,
  termAnchor: '2026-01-01T00:00:00.000Z',
  termNumber: 1,
  termStart: '2026-01-01T00:00:00.000Z',
  termEnd: '2027-01-01T00:00:00.000Z',
  expiredAt: null,
  disabledAt: null,
};
const newCommerceCases: readonly [string, unknown, unknown][] = [
  [
    'subscription-input',
    {
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      quantity: 10,
      orderedAt: '2026-01-01T00:00:00Z',
      trial: { convertsTo: { term: 'P1Y', billingFrequency: 'annual' } },
    },
    {
      program: 'new-commerce',
      product: 'license-based',
      quantity: 1,
      orderedAt: '2026-01-01T00:00:00Z',
      seats: [],
    },
  ],
  ['subscription', newCommerceState, { ...newCommerceState, status: 'paused' }],
  [
    'event',
    {
      type: 'schedule-renewal',
      at: '2026-06-01T00:00:00Z',
      term: 'P3Y',
      billingFrequency: 'annual',
    },
    { type: 'schedule-renewal', at: '2026-06-01T00:00:00Z', term: 'P5Y' },
  ],
  [
    'event',
    {
      type: 'change-term',
      at: '2026-06-01T00:00:00Z',
      term: 'P3Y',
      billingFrequency: 'annual',
      price: { amount: 15000, currency: 'USD' },
    },
    // no term (the price is optional: the price list may price it, PL-3)
    { type: 'change-term', at: '2026-06-01T00:00:00Z', billingFrequency: 'annual' },
  ],
  [
    'event',
    { type: 'schedule-renewal', at: '2026-06-01T00:00:00Z', customTermEndDate: '2027-10-31' },
    { type: 'schedule-renewal', at: '2026-06-01T00:00:00Z', customTermEndDate: '31/10/2027' },
  ],
  [
    'subscription-input',
    {
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      quantity: 10,
      orderedAt: '2026-11-20T10:00:00Z',
      customTermEndDate: '2027-10-31',
      offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0KHS3',
    },
    {
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      quantity: 10,
      orderedAt: '2026-11-20T10:00:00Z',
      customTermEndDate: 'October',
    },
  ],
];

describe('the JSON Schema files', () => {
  it('ERR-2: one file per input type is published, and each is valid JSON Schema (draft 2020-12)', () => {
    const names = readdirSync(folder)
      .map((file) => file.replace(/\.json$/, ''))
      .sort();
    expect(names).toEqual(Object.keys(cases).sort());
    for (const name of names) {
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      expect(() => ajv.compile(load(name)), name).not.toThrow();
    }
  });

  it('ERR-2: a valid and an invalid sample get the same answer from zod and from the JSON Schema', () => {
    for (const [name, { parse, valid, invalid }] of Object.entries(cases)) {
      const validate = new Ajv2020({ strict: false }).compile(load(name));
      expect([name, parse(valid).ok, validate(valid)]).toEqual([name, true, true]);
      expect([name, parse(invalid).ok, validate(invalid)]).toEqual([name, false, false]);
    }
  });

  it('ERR-2, NCE-7: New Commerce samples get the same answer from zod and from the JSON Schema', () => {
    for (const [name, valid, invalid] of newCommerceCases) {
      const parse = cases[name]?.parse;
      const validate = new Ajv2020({ strict: false }).compile(load(name));
      expect([name, parse?.(valid).ok, validate(valid)]).toEqual([name, true, true]);
      expect([name, parse?.(invalid).ok, validate(invalid)]).toEqual([name, false, false]);
    }
  });

  it('writes a subschema used in several places once, under $defs: the market codes of a policy', () => {
    const policy = readFileSync(new URL('policy.json', folder), 'utf8');
    expect(policy.match(/"AD"/g)).toHaveLength(1);
    expect(policy).toContain('"$ref": "#/$defs/');
  });
});
