import { ko } from 'subscription-rules/locales/ko';
import { createUsageReconciler, readUsageLine, reconcileUsage } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { usageRow } from './_rows.ts';

describe('usage file shapes', () => {
  it('USG-1: a column named twice (PartnerEarnedCreditPercentage beside rateOfPartnerEarnedCredit, or in another case) is an issue naming both; the first is read', () => {
    const row = {
      ...usageRow(),
      rateOfPartnerEarnedCredit: '0',
      subscriptionid: 'plan-9',
    };
    const read = readUsageLine(row, 2);
    expect(read.ok && [read.line.pecPercentage, read.line.subscriptionId]).toEqual([
      '15',
      'plan-1',
    ]);
    expect(read.shape?.map((i) => [i.row, i.column, i.other])).toEqual([
      [2, 'PartnerEarnedCreditPercentage', 'rateOfPartnerEarnedCredit'],
      [2, 'SubscriptionId', 'subscriptionid'],
    ]);
    const found = reconcileUsage([row, { ...row, UsageDate: '2026-11-29' }], null);
    // said once for the header, at its lowest row, both names in the message
    expect(found.issues.map((i) => [i.row, i.column, i.code, i.message])).toEqual([
      [
        1,
        'PartnerEarnedCreditPercentage',
        'INVALID_ARGUMENT',
        'the header also names this column rateOfPartnerEarnedCredit; the first (PartnerEarnedCreditPercentage) is read',
      ],
      [
        1,
        'SubscriptionId',
        'INVALID_ARGUMENT',
        'the header also names this column subscriptionid; the first (SubscriptionId) is read',
      ],
    ]);
    // the rows are read: the summary's rows not read count none
    expect([found.summary.lines, found.summary.issues]).toEqual([2, 0]);
  });

  it('USG-1: a header naming each column once gives no shape issue', () => {
    const read = readUsageLine(usageRow(), 1);
    expect(read.shape).toBeUndefined();
    expect(reconcileUsage([usageRow()], null).issues).toEqual([]);
  });

  it('USG-1, USG-6: a column named twice is said once for any split of the rows, at the lowest row observed with it', () => {
    const row = { ...usageRow(), rateOfPartnerEarnedCredit: '0.15' };
    const a = createUsageReconciler();
    const b = createUsageReconciler();
    a.observe(readUsageLine(row, 5));
    b.observe(readUsageLine({ ...row, UsageDate: '2026-11-29' }, 3));
    b.observe(readUsageLine({ ...row, UsageDate: '2026-11-28' }, 4));
    a.merge(b);
    expect(a.finish().issues.map((i) => [i.row, i.column, i.other])).toEqual([
      [3, 'PartnerEarnedCreditPercentage', 'rateOfPartnerEarnedCredit'],
    ]);
  });

  it('USG-1, MSG-1: a column named twice is said in the locale asked for, with both names', () => {
    const row = { ...usageRow(), partnerearnedcreditpercentage: '15' };
    const found = reconcileUsage([row], null, { locale: ko });
    expect(found.issues.map((i) => i.message)).toEqual([
      '헤더가 이 열을 partnerearnedcreditpercentage(으)로도 지정합니다. 첫 번째(PartnerEarnedCreditPercentage)를 읽었습니다',
    ]);
  });
});
