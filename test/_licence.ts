/**
 * A monthly New Commerce licence of 10 seats bought 2026-11-20T10:00Z for a year, as a
 * Subscription resource holds it: the fields the reconciliation reads and no more. The tests of
 * the replay and of the command's engines and workers start from it.
 *
 * @param fields - Fields to add or to change (`id`, `quantity`, …).
 */
export function licence(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    offerId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0K5RF',
    quantity: 10,
    productType: { id: 'OnlineServicesNCE' },
    effectiveStartDate: '2026-11-20T10:00:00Z',
    commitmentEndDate: '2027-11-19T00:00:00Z',
    status: 'active',
    autoRenewEnabled: true,
    billingType: 'license',
    billingCycle: 'monthly',
    termDuration: 'P1Y',
    isMicrosoftProduct: true,
    ...fields,
  };
}
