import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, runStreaming } from '../_run.ts';
import { PROMOTION_ID, promotionFiles, VISIO_PROMOTION, visio } from './_promotions.ts';
import { file } from './_reconcileFiles.ts';

/** Bought on 2026-10-01, inside the window, naming the promotion. */
const BOUGHT = visio(
  'sub-new',
  'contoso',
  '2026-10-01T00:00:00Z',
  '2027-09-30T00:00:00Z',
  PROMOTION_ID,
);
/** Bought on 2025-10-01 at the list's price; it renews on 2026-10-01, inside the window. */
const RENEWING = visio('sub-renew', 'fabrikam', '2025-10-01T00:00:00Z', '2026-09-30T00:00:00Z');
/** The same, fetched after its renewal: the new term names the promotion. */
const RENEWED = visio(
  'sub-renew',
  'fabrikam',
  '2025-10-01T00:00:00Z',
  '2027-09-30T00:00:00Z',
  PROMOTION_ID,
);

/** `forecast --json` of the files for a month: exit code, lines, summary. */
async function forecast(
  files: ReturnType<typeof promotionFiles>,
  month: string,
  ...flags: string[]
) {
  const run = await runStreaming([
    'forecast',
    '--subscriptions',
    files.resources,
    '--prices',
    files.prices,
    '--market',
    'US',
    '--month',
    month,
    '--json',
    ...flags,
  ]);
  return { code: run.code, err: run.err, ...JSON.parse(run.out) };
}

/** `reconcile --json` of a file against the resources and list: exit code and output. */
async function reconcile(recon: string, resources: string, prices: string, ...flags: string[]) {
  const run = await runStreaming([
    'reconcile',
    '--file',
    recon,
    '--subscriptions',
    resources,
    '--prices',
    prices,
    '--market',
    'US',
    '--json',
    '--at',
    '2026-12-01T00:00:00Z',
    ...flags,
  ]);
  try {
    return { code: run.code, ...JSON.parse(run.out) };
  } catch {
    throw new Error(`${run.out}\n${run.err}`);
  }
}

describe('--promotions on the command line (PL-5, PL-6)', () => {
  it('PL-5, PL-6: forecast --month 2026-10 bills the purchase naming the promotion and the renewal inside its window at 142.50 a seat (UnitPrice 150.00, PromotionId)', async () => {
    const files = promotionFiles([BOUGHT, RENEWING]);
    const { code, lines, summary } = await forecast(
      files,
      '2026-10',
      '--promotions',
      files.promotions,
    );
    expect(code).toBe(0);
    const promoted = {
      UnitPrice: '150.00',
      EffectiveUnitPrice: '142.50',
      BillableQuantity: '10',
      Subtotal: '1425.00',
      PromotionId: PROMOTION_ID,
    };
    expect(lines).toEqual([
      expect.objectContaining({ SubscriptionId: 'sub-new', ChargeType: 'new', ...promoted }),
      expect.objectContaining({ SubscriptionId: 'sub-renew', ChargeType: 'renew', ...promoted }),
    ]);
    expect(summary).toMatchObject({ total: ['2850.00 USD'], problems: [], notes: [] });
    // the table shows the unit price billed
    const table = await runStreaming([
      'forecast',
      '--subscriptions',
      files.resources,
      '--prices',
      files.prices,
      '--promotions',
      files.promotions,
      '--market',
      'US',
      '--month',
      '2026-10',
    ]);
    expect(table.out).toMatch(
      /contoso\s+sub-new\s+new\s+2026-10-01\s+2026-10-31\s+10\s+142\.50 USD\s+1425\.00 USD/,
    );
  });

  it('PL-5, PL-6: without --promotions, the resource naming one is billed at the list’s 150.00 and the summary says why, in English and Korean; the renewal takes no promotion', async () => {
    const files = promotionFiles([BOUGHT, RENEWING]);
    const { code, lines, summary, err } = await forecast(files, '2026-10');
    expect(code).toBe(0);
    expect(lines.map((l: Record<string, string>) => [l.Subtotal, l.PromotionId ?? ''])).toEqual([
      ['1500.00', ''],
      ['1500.00', ''],
    ]);
    expect(summary.notes).toEqual([
      {
        subscriptionId: 'sub-new',
        message: expect.stringContaining(`the resource names promotion ${PROMOTION_ID}`),
      },
    ]);
    expect(err).toContain(`note: sub-new: the resource names promotion ${PROMOTION_ID}`);
    const korean = await forecast(files, '2026-10', '--locale', 'ko');
    expect(korean.summary.notes[0].message).toContain('프로모션');
    expect(korean.summary.notes[0].message).not.toMatch(/\b(the|price|discount|given)\b/);
  });

  it('PL-5, PL-6: November’s forecast with the promotion, written with --csv, reconciles against itself with nothing at stake, through the workers too; without --promotions reconcile finds the PromotionId and the price differ', async () => {
    const files = promotionFiles([BOUGHT, RENEWED]);
    const out = file('', { name: 'forecast-2026-11.csv' });
    const run = await runStreaming([
      'forecast',
      '--subscriptions',
      files.resources,
      '--prices',
      files.prices,
      '--promotions',
      files.promotions,
      '--market',
      'US',
      '--month',
      '2026-11',
      '--csv',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.trimEnd().split('\n')).toHaveLength(3);
    expect(text).toContain(PROMOTION_ID);
    for (const flags of [[], ['--workers', '2']]) {
      const found = await reconcile(
        out,
        files.resources,
        files.prices,
        '--promotions',
        files.promotions,
        '--period',
        '2026-11',
        ...flags,
      );
      expect(found.summary).toMatchObject({
        matched: 2,
        different: 0,
        missing: 0,
        unexpected: 0,
        atStake: [],
      });
      expect(found.code).toBe(0);
    }
    const without = await reconcile(out, files.resources, files.prices, '--period', '2026-11');
    expect(without.code).toBe(1);
    expect(without.summary).toMatchObject({ matched: 0, different: 2 });
    expect(without.findings[0]).toMatchObject({
      finding: 'different',
      fields: expect.arrayContaining(['PromotionId', 'Subtotal']),
      expected: expect.objectContaining({ Subtotal: '1500.00', PromotionId: '' }),
      actual: expect.objectContaining({ Subtotal: '1425.00', PromotionId: PROMOTION_ID }),
    });
  });

  it('PL-5, PL-6: October’s forecast with its renewal at 142.50 reconciles against the resources fetched after the renewal with nothing at stake', async () => {
    const before = promotionFiles([BOUGHT, RENEWING]);
    const out = file('', { name: 'forecast-2026-10.csv' });
    const run = await runStreaming([
      'forecast',
      '--subscriptions',
      before.resources,
      '--prices',
      before.prices,
      '--promotions',
      before.promotions,
      '--market',
      'US',
      '--month',
      '2026-10',
      '--csv',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const found = await reconcile(
      out,
      file([BOUGHT, RENEWED], { name: 'after.json' }),
      before.prices,
      '--promotions',
      before.promotions,
      '--period',
      '2026-10',
    );
    expect(found.summary).toMatchObject({ matched: 2, different: 0, atStake: [] });
    expect(found.code).toBe(0);
  });

  it('PL-5, PL-6: renewals lists the renewal on 2026-10-01 inside the window at 150.00 → 142.50 (−5.00 %, −900.00 a year for 10 seats); without --promotions it keeps 150.00', async () => {
    const files = promotionFiles([RENEWING]);
    const base = [
      'renewals',
      '--subscriptions',
      files.resources,
      '--prices',
      files.prices,
      '--market',
      'US',
      '--from',
      '2026-09-01T00:00:00Z',
      '--to',
      '2026-11-01T00:00:00Z',
      '--json',
    ];
    const run = await runStreaming([...base, '--promotions', files.promotions]);
    expect(run.code).toBe(0);
    const { renewals, summary } = JSON.parse(run.out);
    expect(renewals).toEqual([
      expect.objectContaining({
        subscriptionId: 'sub-renew',
        at: '2026-10-01T00:00:00.000Z',
        before: { amount: 15_000, currency: 'USD' },
        after: { amount: 14_250, currency: 'USD' },
        changePercent: '-5.00',
        perYear: { amount: -90_000, currency: 'USD' },
      }),
    ]);
    expect(summary.perYear).toEqual(['-900.00 USD']);
    const plain = JSON.parse((await runStreaming(base)).out);
    expect(plain.renewals[0]).toMatchObject({
      after: { amount: 15_000, currency: 'USD' },
      changePercent: '0.00',
    });
  });

  it('PL-5: --promotions reads one resource, a list, or a page { items }; each gives the same forecast', async () => {
    const totals = [];
    for (const given of [VISIO_PROMOTION, [VISIO_PROMOTION], { items: [VISIO_PROMOTION] }]) {
      const files = promotionFiles([BOUGHT], given);
      const { code, summary } = await forecast(files, '2026-10', '--promotions', files.promotions);
      expect(code).toBe(0);
      totals.push(summary.total);
    }
    expect(totals).toEqual([['1425.00 USD'], ['1425.00 USD'], ['1425.00 USD']]);
  });

  it('PL-5: a bad --promotions file is a usage error (exit 2) naming the flag, the file and the field, for forecast, renewals and reconcile', async () => {
    const badValue = {
      items: [
        {
          ...VISIO_PROMOTION,
          requiredProducts: [
            {
              productId: 'CFQ7TTC0HD33',
              skuId: '0003',
              term: { duration: 'P1Y', billingCycle: 'Monthly' },
              pricingPolicies: [{ policyType: 'PercentDiscount', value: '5' }],
            },
          ],
        },
      ],
    };
    const files = promotionFiles([BOUGHT], badValue);
    const path = `--promotions ${files.promotions}: items.0.requiredProducts.0.pricingPolicies.0.value:`;
    const recon = file('', { name: 'empty.csv' });
    for (const command of [
      ['forecast', '--month', '2026-10'],
      ['renewals'],
      ['reconcile', '--file', recon],
    ]) {
      const run = await runStreaming([
        ...command,
        '--subscriptions',
        files.resources,
        '--prices',
        files.prices,
        '--market',
        'US',
        '--promotions',
        files.promotions,
      ]);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`error: ${path} expected a fraction`);
    }
    const notJson = promotionFiles([BOUGHT], '{ "items": [');
    const broken = await runStreaming([
      'renewals',
      '--subscriptions',
      notJson.resources,
      '--prices',
      notJson.prices,
      '--promotions',
      notJson.promotions,
    ]);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(`error: --promotions ${notJson.promotions}: not valid JSON`);
    const twice = promotionFiles([BOUGHT], [VISIO_PROMOTION, VISIO_PROMOTION]);
    const run = await runStreaming([
      'forecast',
      '--subscriptions',
      twice.resources,
      '--prices',
      twice.prices,
      '--market',
      'US',
      '--month',
      '2026-10',
      '--promotions',
      twice.promotions,
    ]);
    expect(run).toMatchObject({
      code: 2,
      err: `error: --promotions ${twice.promotions}: 1.id: ${PROMOTION_ID} is given twice (also at 0)\n`,
    });
  });
});

describe('inspect --promotions (PL-5)', () => {
  it('PL-5: inspect reads the promotion the resource names: 150.00 a month becomes 142.50 for the term; without --promotions a note says the price is the list’s, in Korean too', () => {
    const files = promotionFiles([]);
    const resource = file(BOUGHT, { name: 'visio.json' });
    const at = ['--at', '2026-10-02T00:00:00Z', '--price', '150.00USD'];
    const read = run('inspect', resource, ...at, '--promotions', files.promotions, '--json');
    expect(read.code).toBe(0);
    const { subscription, notes } = JSON.parse(read.out);
    expect(subscription.price).toEqual({ amount: 14_250, currency: 'USD' });
    expect(subscription.promotion).toMatchObject({
      promotionId: PROMOTION_ID,
      value: '0.05',
      listPrice: { amount: 15_000, currency: 'USD' },
    });
    expect(notes).toEqual([]);
    const plain = run('inspect', resource, ...at);
    expect(plain.code).toBe(0);
    expect(plain.out).toContain(`the resource names promotion ${PROMOTION_ID}`);
    const korean = run('inspect', resource, ...at, '--locale', 'ko');
    expect(korean.out).toContain(`리소스에 프로모션 ${PROMOTION_ID}`);
  });
});
