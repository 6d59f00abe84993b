import { describe, expect, it } from 'vitest';
import { runStreaming } from '../_run.ts';
import { COLUMNS, csv, file, resource, SUBSCRIPTION, WORKED } from './_reconcileFiles.ts';

const WITH_PROMOTION = [...COLUMNS, 'PromotionId'];

/** `reconcile --json` of the worked file with a `PromotionId` column, its cells as given. */
async function reconciled(promotions: readonly string[], ...flags: string[]) {
  const rows = WORKED.map((row, i) => ({ ...row, PromotionId: promotions[i] ?? '' }));
  const run = await runStreaming([
    'reconcile',
    '--file',
    file(csv(rows, WITH_PROMOTION)),
    '--subscriptions',
    file([resource(15)], { name: 'resources.json' }),
    '--json',
    '--at',
    '2027-01-10T00:00:00Z',
    ...flags,
  ]);
  return {
    code: run.code,
    ...(JSON.parse(run.out) as {
      summary: Record<string, unknown>;
      findings: Record<string, unknown>[];
    }),
  };
}

describe('subscription-rules reconcile: PromotionId (PL-5)', () => {
  it('PL-5: a PromotionId column printing none where the rules apply none matches, exit 0, nothing at stake', async () => {
    const found = await reconciled(['', '']);
    expect(found.code).toBe(0);
    expect(found.summary).toMatchObject({ matched: 2, different: 0, exitCode: 0 });
    expect(found.summary.atStake).toEqual([]);
  });

  it('PL-5: a line printing a promotion the rules do not apply is a difference naming PromotionId with both values, through the workers and the disk', async () => {
    for (const flags of [[], ['--workers', '2', '--memory', '1K']]) {
      const found = await reconciled(['', 'PROMO-1'], ...flags);
      expect(found.code).toBe(1);
      expect(found.summary).toMatchObject({ matched: 1, different: 1 });
      expect(found.findings).toMatchObject([
        {
          finding: 'different',
          subscriptionId: SUBSCRIPTION,
          chargeType: 'addQuantity',
          fields: ['PromotionId'],
          expected: { Subtotal: '31.20', PromotionId: '' },
          actual: { Subtotal: '31.20', PromotionId: 'PROMO-1' },
        },
      ]);
      expect(String(found.findings[0]?.message)).toContain(
        'PromotionId printed "PROMO-1" where the rules apply ""',
      );
    }
  });

  it('PL-5: the finding speaks Korean with --locale ko', async () => {
    const found = await reconciled(['', 'PROMO-1'], '--locale', 'ko');
    expect(String(found.findings[0]?.message)).toContain(
      'PromotionId가 "PROMO-1"(으)로 표시되었으나 규칙상 적용되는 프로모션은 ""임',
    );
  });
});
