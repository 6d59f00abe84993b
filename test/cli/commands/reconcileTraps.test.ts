import { describe, expect, it } from 'vitest';
import { run, runStreaming } from '../_run.ts';
import { csv, file, type Row, resource, SUBSCRIPTION, WORKED } from './_reconcileFiles.ts';

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

describe('subscription-rules reconcile: the newcomer’s traps, said where they happen', () => {
  /** The worked file (10 seats, 5 added on 2026-12-05) against its resource fetched with 20 seats. */
  const later = async (...flags: string[]) =>
    runStreaming([
      'reconcile',
      '--file',
      file(csv(WORKED)),
      '--subscriptions',
      file([resource(20)], { name: 'resources.json' }),
      ...flags,
    ]);

  it('REC-3: a resource fetched after a later seat change (20 seats, where the file’s last line leaves 15) is taken back from the file’s seats: everything matches, and the summary says what the replay did', async () => {
    const plain = await later();
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('everything matched (exit 0)');
    expect(plain.out).toMatch(/^replay\n/m);
    expect(plain.out).toContain(
      `${SUBSCRIPTION}: its resource holds 20 seats, but the file's latest line of it (row 2, Quantity) leaves 15: the resource was fetched after a later seat change, so the replay took the file's changes back from the file's 15 seats, not the resource's 20`,
    );
    const json = await later('--json');
    const { findings, summary } = JSON.parse(json.out);
    expect([findings, summary.replayNotes.length, summary.atStake]).toEqual([[], 1, []]);
  });

  it('MSG-1, REC-3: in Korean the seat change after the file is said in Korean', async () => {
    const korean = await later('--locale', 'ko');
    expect(korean.code).toBe(0);
    expect(korean.out).toContain(
      `${SUBSCRIPTION}: 리소스에는 시트가 20개이지만 파일의 마지막 줄(2행, Quantity)은 15개입니다`,
    );
  });

  it('REC-3: a resource whose seats the file agrees with, or a file without Quantity, has no such note', async () => {
    const agreed = await runStreaming([
      'reconcile',
      '--file',
      file(csv(WORKED)),
      '--subscriptions',
      file([resource(15)], { name: 'resources.json' }),
    ]);
    expect([agreed.code, agreed.out.includes('replay ')]).toEqual([0, false]);
    const columns = [
      'SubscriptionId',
      'ChargeType',
      'ChargeStartDate',
      'ChargeEndDate',
      'UnitPrice',
      'BillableQuantity',
      'Subtotal',
      'Currency',
    ];
    const bare = await runStreaming([
      'reconcile',
      '--file',
      file(csv(WORKED, columns)),
      '--subscriptions',
      file([resource(15)], { name: 'resources.json' }),
    ]);
    expect([bare.code, bare.out.includes('replay ')]).toEqual([0, false]);
  });

  it('PCR-1, MSG-1, REC-3: an effectiveStartDate that is a renewal date is said in Korean too', async () => {
    const renewed = resource(15, { effectiveStartDate: '2026-12-20T10:00:00Z' });
    const run = await runStreaming([
      'reconcile',
      '--file',
      file(csv(WORKED)),
      '--subscriptions',
      file([renewed], { name: 'resources.json' }),
      '--json',
      '--locale',
      'ko',
    ]);
    const { findings } = JSON.parse(run.out);
    expect(findings).toContainEqual({
      finding: 'issue',
      subscriptionId: SUBSCRIPTION,
      message:
        'effectiveStartDate 2026-12-20T10:00:00Z이(가) 파일이 1행에 청구한 구매보다 늦습니다: 리소스가 이후 기간(갱신)의 시작을 나타내므로 그 구매는 재생할 수 없습니다. 구독을 구매한 달은 그때 가져온 리소스로 대사하세요',
    });
  });

  it('a flag of one value given twice is said in every command, not settled by the last one, in English and Korean', async () => {
    for (const locale of [[], ['--locale', 'ko']]) {
      const quote = run('quote', '10.00', 'USD', '--quantity', '2', '--quantity', '3', ...locale);
      expect([quote.code, quote.out, quote.err]).toEqual([
        2,
        '',
        'error: --quantity: given more than once; give it once\n',
      ]);
      const reconcile = await runStreaming([
        'reconcile',
        '--file',
        file(csv(WORKED)),
        '--subscriptions',
        file([resource(15)], { name: 'resources.json' }),
        '--period',
        '2026-11',
        '--period',
        '2026-12',
        ...locale,
      ]);
      expect([reconcile.code, reconcile.err]).toEqual([
        2,
        'error: --period: given more than once; give it once\n',
      ]);
    }
  });
});
