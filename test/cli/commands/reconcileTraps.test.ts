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
  it('EST-3, EST-4, REC-3, REC-6: every finding of a subscription in its Extended Service Term says to convert or cancel now, showing both prices: 4.12 a seat a month against the 4.00 base given', async () => {
    const found = await reconciled(
      [estMonth],
      [estResource],
      '--at',
      '2027-12-01T00:00:00Z',
      '--est-base',
      '4.00USD',
    );
    expect(found.code).toBe(1);
    const billed = found.findings.find((f) => f.chargeType === 'cycleCharge');
    expect(billed?.remedy).toEqual({
      when: 'now',
      message:
        'convert or cancel now: 4.12 USD a seat a month in the Extended Service Term against 4.00 USD a seat a month in a committed term',
    });
    const korean = await reconciled(
      [estMonth],
      [estResource],
      '--at',
      '2027-12-01T00:00:00Z',
      '--est-base',
      '4.00USD',
      '--locale',
      'ko',
    );
    expect(korean.findings.find((f) => f.chargeType === 'cycleCharge')?.remedy).toEqual({
      when: 'now',
      message:
        '지금 전환하거나 취소하세요: 연장 서비스 기간은 시트당 월 4.12 USD, 약정 기간은 시트당 월 4.00 USD입니다',
    });
  });
});

describe('subscription-rules reconcile: a resource read as in its Extended Service Term, replayed (EST-5, EST-6, EST-7)', () => {
  /** The month as Partner Center bills it: 4.00 + 3 % = 4.12 × 50 = 206.00 USD. */
  const billed: Row = { ...estMonth, Subtotal: '206.00' };
  /** Partner Center's price list, its monthly-term row of the SKU at 4.00 (and its annual one). */
  const prices = file(
    csv(
      [
        {
          ProductId: 'CFQ7TTC0LDPB',
          SkuId: '0001',
          TermDuration: 'P1M',
          BillingPlan: 'Monthly',
          Currency: 'USD',
          UnitPrice: '4.00',
        },
        {
          ProductId: 'CFQ7TTC0LDPB',
          SkuId: '0001',
          TermDuration: 'P1Y',
          BillingPlan: 'Annual',
          Currency: 'USD',
          UnitPrice: '48.00',
        },
      ],
      ['ProductId', 'SkuId', 'TermDuration', 'BillingPlan', 'Currency', 'UnitPrice'],
    ),
    { name: 'prices.csv' },
  );

  it('EST-5, EST-7: with its base, --est-base 4.00USD or a price list’s monthly-term row, its month at 4.12 × 50 = 206.00 matches with nothing at stake, printed cycleCharge, renew or new', async () => {
    for (const flags of [
      ['--est-base', '4.00USD'],
      ['--prices', prices],
    ])
      for (const printed of ['cycleCharge', 'renew', 'new']) {
        const found = await reconciled(
          [{ ...billed, ChargeType: printed }],
          [estResource],
          ...flags,
        );
        expect([found.code, found.findings, found.summary.atStake]).toEqual([0, [], []]);
        expect(found.summary).toMatchObject({ matched: 1, unverified: 0, subscriptionIssues: 0 });
      }
    // 1 cent a seat more is 0.50 at stake, the month's own arithmetic said, and the remedy
    const more = await reconciled(
      [{ ...billed, Subtotal: '206.50' }],
      [estResource],
      '--est-base',
      '4.00USD',
      '--at',
      '2027-12-01T00:00:00Z',
    );
    expect(more.code).toBe(1);
    expect(more.findings).toEqual([
      expect.objectContaining({
        finding: 'different',
        chargeType: 'cycleCharge',
        expected: { Subtotal: '206.00', BillableQuantity: '50', Currency: 'USD' },
        rules: ['EST-5'],
        message:
          'Extended Service Term month on 2027-11-20, billing period 2027-11-20 to 2027-12-19: 4.12 × 50 = 206.00 USD; billed 206.50 USD',
        remedy: {
          when: 'now',
          message:
            'convert or cancel now: 4.12 USD a seat a month in the Extended Service Term against 4.00 USD a seat a month in a committed term',
        },
      }),
    ]);
  });

  it('REC-6: with --prices holding the annual term billed monthly (43.80 a year), an EST month billed 1 cent a seat over says 4.12 a seat a month against 3.65 in a committed term, with 1 and 2 workers', async () => {
    const both = file(
      csv(
        [
          {
            ProductId: 'CFQ7TTC0LDPB',
            SkuId: '0001',
            TermDuration: 'P1M',
            BillingPlan: 'Monthly',
            Currency: 'USD',
            UnitPrice: '4.00',
          },
          {
            ProductId: 'CFQ7TTC0LDPB',
            SkuId: '0001',
            TermDuration: 'P1Y',
            BillingPlan: 'Monthly',
            Currency: 'USD',
            UnitPrice: '43.80',
          },
        ],
        ['ProductId', 'SkuId', 'TermDuration', 'BillingPlan', 'Currency', 'UnitPrice'],
      ),
      { name: 'prices.csv' },
    );
    for (const workers of ['1', '2']) {
      const found = await reconciled(
        [{ ...billed, Subtotal: '206.50' }],
        [estResource],
        '--prices',
        both,
        '--at',
        '2027-12-01T00:00:00Z',
        '--workers',
        workers,
      );
      expect(found.findings.map((f) => f.remedy)).toEqual([
        {
          when: 'now',
          message:
            'convert or cancel now: 4.12 USD a seat a month in the Extended Service Term against 3.65 USD a seat a month in a committed term',
        },
      ]);
    }
  });

  it('EST-7, PL-3: --prices whose SKU has no monthly-term row: the annual row of 60.00 ÷ 12 = 5.00 + 23 % = 6.15 × 50 = 307.50 USD is the month, matched, with 1 and 2 workers', async () => {
    const annualOnly = file(
      csv(
        [
          {
            ProductId: 'CFQ7TTC0LDPB',
            SkuId: '0001',
            TermDuration: 'P1Y',
            BillingPlan: 'Annual',
            Currency: 'USD',
            UnitPrice: '60.00',
          },
        ],
        ['ProductId', 'SkuId', 'TermDuration', 'BillingPlan', 'Currency', 'UnitPrice'],
      ),
      { name: 'prices.csv' },
    );
    const annual: Row = {
      ...billed,
      UnitPrice: '5.00',
      EffectiveUnitPrice: '6.15',
      Subtotal: '307.50',
      PriceAdjustmentDescription: 'Extended Service Terms 23% Fee Applied',
    };
    for (const workers of ['1', '2']) {
      const found = await reconciled(
        [annual],
        [estResource],
        '--prices',
        annualOnly,
        '--workers',
        workers,
      );
      expect([found.code, found.findings, found.summary.atStake]).toEqual([0, [], []]);
      expect(found.summary).toMatchObject({ matched: 1, unverified: 0, subscriptionIssues: 0 });
    }
  });

  it('EST-3, EST-7: a SKU without a monthly plan, --est-base 60.00USD/P1Y: 60.00 ÷ 12 = 5.00 + 23 % = 6.15 × 50 = 307.50 USD a month, matched', async () => {
    const annual: Row = {
      ...billed,
      UnitPrice: '5.00',
      EffectiveUnitPrice: '6.15',
      Subtotal: '307.50',
      PriceAdjustmentDescription: 'Extended Service Terms 23% Fee Applied',
    };
    const found = await reconciled([annual], [estResource], '--est-base', '60.00USD/P1Y');
    expect([found.code, found.findings, found.summary.atStake]).toEqual([0, [], []]);
    // the same month against a monthly plan's base of 5.00 (+3 % = 5.15): 50.00 USD billed more
    const monthly = await reconciled([annual], [estResource], '--est-base', '5.00USD');
    expect(monthly.summary.atStake).toEqual([{ currency: 'USD', amount: '50.00', net: '50.00' }]);
    const bad = await runStreaming([
      'reconcile',
      '--file',
      file(csv([annual], EST_COLUMNS)),
      '--subscriptions',
      file([estResource], { name: 'resources.json' }),
      '--est-base',
      '60.00/P1Y',
    ]);
    expect([bad.code, bad.err]).toEqual([
      2,
      'error: --est-base: expected the unit price with its currency, e.g. --est-base 12.50USD (or --est-base 12.50 --currency USD), got "60.00" (a SKU without a monthly plan: its annual price and /P1Y, e.g. --est-base 60.00USD/P1Y)\n',
    ]);
  });

  it('EST-7: a month the resource does not start with (its effectiveStartDate months before) is the Extended Service Term’s monthly renewal, matched the same', async () => {
    const older = { ...estResource, effectiveStartDate: '2027-09-20T00:00:00Z' };
    const found = await reconciled([billed], [older], '--est-base', '4.00USD');
    expect([found.code, found.findings, found.summary.atStake]).toEqual([0, [], []]);
  });

  it('EST-7: without a base it is said once, an issue naming --est-base and --prices, its groups unverified and nothing at stake, where there were a missing purchase and an unexpected month; in Korean too', async () => {
    const found = await reconciled([billed], [estResource], '--at', '2027-12-01T00:00:00Z');
    expect(found.code).toBe(1);
    expect(found.findings).toEqual([
      {
        finding: 'issue',
        subscriptionId: 'EST1',
        message:
          "in its Extended Service Term (its name says so), priced from a base neither the resource nor the file's UnitPrice gives for sure: its groups are left uncompared (unverified: 1); give --est-base (the monthly-term price of one seat for a month) or --prices",
        customerId: 'c0ffee00-0000-4000-8000-000000000001',
        customerName: 'Contoso',
        productName: 'Microsoft 365 Business Standard',
        skuName: 'Microsoft 365 Business Standard Extended Service Term',
      },
    ]);
    expect(found.summary).toMatchObject({
      matched: 0,
      missing: 0,
      unexpected: 0,
      unverified: 1,
      subscriptionIssues: 1,
      atStake: [],
    });
    const korean = await reconciled([billed], [estResource], '--locale', 'ko');
    expect(korean.findings[0]?.message).toBe(
      '연장 서비스 기간에 있으며(이름에 그렇게 표시됨) 기본 가격으로 가격이 정해지는데, 리소스에는 기본 가격이 없고 파일의 UnitPrice도 확실하지 않습니다: 그룹 1개를 하나도 비교하지 않았습니다. --est-base(시트 하나의 1개월 월간 약정 가격) 또는 --prices를 지정하세요',
    );
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
      `${SUBSCRIPTION}: its resource holds 20 seats, but the file's latest line of it (row 3, Quantity) leaves 15: the resource was fetched after a later seat change, so the replay took the file's changes back from the file's 15 seats, not the resource's 20`,
    );
    const json = await later('--json');
    const { findings, summary } = JSON.parse(json.out);
    expect([findings, summary.replayNotes.length, summary.atStake]).toEqual([[], 1, []]);
  });

  it('MSG-1, REC-3: in Korean the seat change after the file is said in Korean', async () => {
    const korean = await later('--locale', 'ko');
    expect(korean.code).toBe(0);
    expect(korean.out).toContain(
      `${SUBSCRIPTION}: 리소스에는 시트가 20개이지만 파일의 마지막 줄(3행, Quantity)은 15개입니다`,
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

  it('PCR-1, MSG-1, REC-3: an effectiveStartDate that is a renewal date, of a resource without creationDate, is said in Korean too', async () => {
    const renewed = resource(15, {
      effectiveStartDate: '2026-12-20T10:00:00Z',
      creationDate: undefined,
    });
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
        'effectiveStartDate 2026-12-20T10:00:00Z이(가) 파일이 2행에 청구한 구매보다 늦습니다: 리소스가 이후 기간(갱신)의 시작을 나타내므로 그 구매는 재생할 수 없습니다. 구독을 구매한 달은 그때 가져온 리소스로 대사하세요',
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

describe('subscription-rules reconcile: an Extended Service Term month nothing expected (EST-5, EST-7)', () => {
  /** 50 seats renewing at their term's end 2027-11-20: the rules bill no Extended Service Term. */
  const renewing = resource(50, {
    id: 'R1',
    scheduledActions: [{ scheduleType: 'TermEnd', actionType: 'RenewToNewTerm' }],
  });
  /** The month Partner Center billed anyway, named by its SKU alone: no fee description. */
  const named: Row = {
    ...estMonth,
    SubscriptionId: 'R1',
    Subtotal: '206.00',
    PriceAdjustmentDescription: '',
  };

  it('EST-5, EST-7: the file’s month, known by its SKU name, is unexpected with the Extended Service Term’s own explanation, the same with worker threads and groups spilled to disk, and in Korean', async () => {
    const runs = [
      await reconciled([named], [renewing], '--at', '2027-12-01T00:00:00Z', '--workers', '1'),
      await reconciled(
        [named],
        [renewing],
        '--at',
        '2027-12-01T00:00:00Z',
        '--workers',
        '2',
        '--memory',
        '1',
      ),
    ];
    for (const found of runs) {
      expect(found.err).not.toMatch(/^error/m);
      expect(found.code).toBe(1);
      const month = found.findings.find((f) => f.chargeType === 'cycleCharge');
      expect(month).toMatchObject({
        finding: 'unexpected',
        chargeStartDate: '2027-11-20',
        extendedServiceTerm: true,
        remedy: {
          when: 'now',
          message:
            'convert or cancel now to end the monthly Extended Service Term charges; if the term should have renewed, take the month up with Microsoft',
        },
      });
      expect(month?.message).toBe(
        'cycleCharge 2027-11-20 to 2027-12-19: 50 seats for 206.00 USD, a month of Extended Service Term (the file names it so), which no charge of the rules bills: by them the term renews or ends there, or the month has no base price (the monthly-term price of one seat for a month)',
      );
    }
    expect(runs[1]?.findings).toEqual(runs[0]?.findings);
    expect(runs[1]?.summary.run).toMatchObject({ spilled: true });
    const korean = await reconciled(
      [named],
      [renewing],
      '--at',
      '2027-12-01T00:00:00Z',
      '--locale',
      'ko',
    );
    expect(korean.findings.find((f) => f.chargeType === 'cycleCharge')?.message).toContain(
      '파일상 연장 서비스 기간의 한 달이지만',
    );
    expect(korean.findings.find((f) => f.chargeType === 'cycleCharge')?.remedy).toMatchObject({
      when: 'now',
      message: expect.stringContaining('매월 청구되는 연장 서비스 기간 요금이 끝납니다'),
    });
    // the same line naming no Extended Service Term is a plain unexpected line
    const plain = await reconciled(
      [{ ...named, SkuName: 'Microsoft 365 Business Standard' }],
      [renewing],
      '--at',
      '2027-12-01T00:00:00Z',
    );
    expect(plain.findings.find((f) => f.chargeType === 'cycleCharge')?.message).toBe(
      'cycleCharge 2027-11-20 to 2027-12-19: 50 seats for 206.00 USD, which no charge or credit of the rules bills',
    );
  });

  it('EST-5, EST-7, REC-3: the month printed renew, on the key of the renewal the rules bill, is different and says what the file bills and what to do, with worker threads and in Korean', async () => {
    const renew: Row = { ...named, ChargeType: 'renew' };
    for (const workers of ['1', '2']) {
      const found = await reconciled(
        [renew],
        [renewing],
        '--at',
        '2027-12-01T00:00:00Z',
        '--workers',
        workers,
      );
      expect([found.code, found.findings.length]).toEqual([1, 1]);
      expect(found.findings[0]).toMatchObject({
        finding: 'different',
        chargeType: 'renew',
        chargeStartDate: '2027-11-20',
        extendedServiceTerm: true,
        expected: { Subtotal: '200.00', BillableQuantity: '50' },
        actual: { Subtotal: '206.00', BillableQuantity: '50' },
        message:
          'renewed on 2027-11-20, billing period 2027-11-20 to 2027-12-19: 4.00 × 50 = 200.00 USD; the file bills 50 seats for 206.00 USD as a month of Extended Service Term (it names it so): Partner Center moves a term into one at its end when auto-renew is off and no cancel was chosen',
        remedy: {
          when: 'now',
          message:
            'convert or cancel now: the Extended Service Term is billed every month until then; if the term was set to renew, take the month up with Microsoft',
        },
      });
    }
    const korean = await reconciled(
      [renew],
      [renewing],
      '--at',
      '2027-12-01T00:00:00Z',
      '--locale',
      'ko',
    );
    expect(korean.findings[0]?.message).toContain(
      '파일은 시트 50개, 206.00 USD을(를) 연장 서비스 기간의 한 달로 청구합니다',
    );
    expect(korean.findings[0]?.remedy).toEqual({
      when: 'now',
      message:
        '지금 전환하거나 취소하세요: 그때까지 연장 서비스 기간 요금이 매월 청구됩니다. 약정 기간이 갱신되도록 설정되어 있었다면 이 달의 요금은 Microsoft에 문의하세요',
    });
  });
});
