import { describe, expect, it } from 'vitest';
import { runStreaming } from '../_run.ts';
import { csv, file, type Row, resource } from './_reconcileFiles.ts';

const EST_COLUMNS = [
  'CustomerId',
  'CustomerName',
  'SubscriptionId',
  'ProductName',
  'SkuName',
  'ChargeType',
  'ChargeStartDate',
  'ChargeEndDate',
  'UnitPrice',
  'EffectiveUnitPrice',
  'Quantity',
  'BillableQuantity',
  'Subtotal',
  'Currency',
  'TermAndBillingCycle',
  'PriceAdjustmentDescription',
] as const;

/** 50 seats in their Extended Service Term since 2027-11-20, at a base of 4.00 USD (+3 % = 4.12). */
const estResource = resource(50, {
  id: 'EST1',
  offerName: 'Microsoft 365 Business Standard Extended Service Term',
  effectiveStartDate: '2027-11-20T00:00:00Z',
  commitmentEndDate: '2027-12-19T00:00:00Z',
  termDuration: 'P1M',
  autoRenewEnabled: false,
});
const estMonth: Row = {
  CustomerId: 'c0ffee00-0000-4000-8000-000000000001',
  CustomerName: 'Contoso',
  SubscriptionId: 'EST1',
  ProductName: 'Microsoft 365 Business Standard',
  SkuName: 'Microsoft 365 Business Standard Extended Service Term',
  ChargeType: 'cycleCharge',
  ChargeStartDate: '2027-11-20',
  ChargeEndDate: '2027-12-19',
  UnitPrice: '4.00',
  EffectiveUnitPrice: '4.12',
  Quantity: '50',
  BillableQuantity: '50',
  Subtotal: '210.00',
  Currency: 'USD',
  TermAndBillingCycle: 'Monthly term, Monthly billing',
  PriceAdjustmentDescription: 'Extended Service Terms 3% Fee Applied',
};

async function reconciled(rows: readonly Row[], resources: object, ...flags: string[]) {
  const run = await runStreaming([
    'reconcile',
    '--file',
    file(csv(rows, EST_COLUMNS)),
    '--subscriptions',
    file(resources, { name: 'resources.json' }),
    '--json',
    ...flags,
  ]);
  return {
    ...(JSON.parse(run.out) as {
      findings: Record<string, unknown>[];
      summary: Record<string, unknown>;
    }),
    code: run.code,
    err: run.err,
  };
}

describe('subscription-rules reconcile: what to do about a subscription in its Extended Service Term', () => {
  it('EST-3, EST-4, REC-3: every finding of a subscription in its Extended Service Term says to convert or cancel now, with the uplift over the base for the seats held (50 × (4.12 − 4.00) = 6.00 USD a month)', async () => {
    const found = await reconciled([estMonth], [estResource], '--at', '2027-12-01T00:00:00Z');
    expect(found.code).toBe(1);
    const billed = found.findings.find((f) => f.chargeType === 'cycleCharge');
    expect(billed?.remedy).toEqual({
      when: 'now',
      message: 'convert or cancel now: 6.00 USD a month over the monthly price',
    });
    const korean = await reconciled(
      [estMonth],
      [estResource],
      '--at',
      '2027-12-01T00:00:00Z',
      '--locale',
      'ko',
    );
    expect(korean.findings.find((f) => f.chargeType === 'cycleCharge')?.remedy).toEqual({
      when: 'now',
      message: '지금 전환하거나 취소하세요: 월 가격보다 매월 6.00 USD 더 듭니다',
    });
  });
});
