// The three real Partner Center Subscription resources of Microsoft's reference pages, the same as
// the library's tests read (test/partnerCenter/_samples.ts; a test checks the copies are equal).

/** The 2019 marketplace SaaS resource of the update-auto-renew reference (legacy). */
export const saas2019 = {
  id: 'a4c1340d-6911-4758-bba3-0c4c6007d161',
  offerId: 'DZH318Z0BQ3P',
  offerName: 'Test WebHooks SaaS',
  quantity: 1,
  unitType: 'Licenses',
  creationDate: '2019-01-04T01:00:12.6647304Z',
  effectiveStartDate: '2019-01-09T00:21:45.9263727+00:00',
  commitmentEndDate: '2019-02-08T00:21:45.9263727+00:00',
  status: 'active',
  autoRenewEnabled: false,
  isTrial: false,
  billingType: 'license',
  billingCycle: 'monthly',
  termDuration: 'P1M',
  refundOptions: [{ type: 'Full', expiresAt: '2019-01-10T00:21:45.9263727+00:00' }],
  isMicrosoftProduct: false,
  publisherName: 'Test Publisher',
  contractType: 'subscription',
};

/** The 2021 New Commerce software subscription of the update-auto-renew reference. */
export const software2021 = {
  id: 'c7c2c8a8-b3f9-4a4f-9c4e-1b2f0f6c1d2e',
  offerId: 'DG7GMGF0FKZV:0001:DG7GMGF0DWMS',
  offerName: 'Windows Server 2019 Datacenter - 2 Core License Pack',
  quantity: 1,
  unitType: 'Licenses',
  productType: { id: 'Software', displayName: 'Software' },
  creationDate: '2021-09-14T16:44:14.1210743Z',
  effectiveStartDate: '2021-09-14T16:44:03.4609789Z',
  commitmentEndDate: '2024-09-13T00:00:00Z',
  cancellationAllowedUntilDate: '2021-10-14T23:59:00Z',
  status: 'active',
  autoRenewEnabled: true,
  isTrial: false,
  billingType: 'license',
  billingCycle: 'triennial',
  termDuration: 'P3Y',
  isMicrosoftProduct: true,
  scheduledNextTermInstructions: {
    product: {
      productId: 'DG7GMGF0FKZV',
      skuId: '0001',
      availabilityId: 'DG7GMGF0DWMS',
      billingCycle: 'Annual',
      termDuration: 'P3Y',
    },
    quantity: 1,
  },
};

/** The 2021 New Commerce Microsoft 365 Business Basic resource of the update-subscription reference. */
export const m365_2021 = {
  id: 'e2b1a7d4-6f7c-4b55-b0f1-7d4c2b8e9a10',
  offerId: 'CFQ7TTC0LH18:0001:CFQ7TTC0KHS3',
  offerName: 'Microsoft 365 Business Basic',
  quantity: 10,
  unitType: 'Licenses',
  productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
  creationDate: '2021-01-14T16:57:15.0966728Z',
  effectiveStartDate: '2021-01-14T16:57:14.498252Z',
  commitmentEndDate: '2022-01-13T00:00:00Z',
  status: 'active',
  autoRenewEnabled: true,
  isTrial: false,
  billingType: 'license',
  billingCycle: 'monthly',
  termDuration: 'P1Y',
  isMicrosoftProduct: true,
  refundOptions: [{ type: 'Full', expiresAt: '2021-01-15T00:00:00Z' }],
};

/**
 * The samples the inspector offers, each with an instant it can be read at: a resource is read as of
 * the instant it was fetched, and these were fetched in the first days of their terms.
 */
export const SAMPLES = [
  { id: 'm365', resource: m365_2021, asOf: '2021-01-14T20:00:00Z' },
  { id: 'software', resource: software2021, asOf: '2021-09-20T00:00:00Z' },
  { id: 'saas', resource: saas2019, asOf: '2019-01-09T12:00:00Z' },
];
