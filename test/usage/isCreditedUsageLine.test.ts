import fc from 'fast-check';
import { isRuleError } from 'subscription-rules';
import {
  isCreditedUsageLine,
  readUsageLine,
  reconcileUsage,
  type UsageLine,
} from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { usageRow } from './_rows.ts';

/** The line `over` makes of the usage row of 2 November. */
function lineOf(over: Readonly<Record<string, string>>): UsageLine {
  const read = readUsageLine(usageRow({ UsageDate: '2026-11-02', ...over }), 1);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.line;
}

describe('isCreditedUsageLine', () => {
  it('USG-5: Credit Not Applied (any case), an empty or blank CreditType, no column, and CreditPercentage 0 are no credit; Azure Credit Applied or CreditPercentage 0.01 is', () => {
    for (const type of ['Credit Not Applied', 'credit not applied', 'CREDIT NOT APPLIED', '', ' '])
      expect([type, isCreditedUsageLine(lineOf({ CreditType: type }))]).toEqual([type, false]);
    expect(isCreditedUsageLine(lineOf({}))).toBe(false);
    expect(isCreditedUsageLine(lineOf({ CreditType: 'Azure Credit Applied' }))).toBe(true);
    expect(isCreditedUsageLine(lineOf({ CreditPercentage: '0.01' }))).toBe(true);
    expect(
      isCreditedUsageLine(lineOf({ CreditType: 'Credit Not Applied', CreditPercentage: '100' })),
    ).toBe(true);
  });

  it('USG-5: a line is credited exactly when the reconciler notes its credit applied (credit-applied), for any CreditType and CreditPercentage', () => {
    const types = fc.constantFrom(
      'Credit Not Applied',
      'credit not applied',
      'Azure Credit Applied',
      'azure credit applied',
      'Partner Earned Credit Applied',
      'Sponsorship Credit Applied',
      '',
      ' ',
    );
    fc.assert(
      fc.property(types, fc.constantFrom('0', '0.00', '0.01', '100'), (type, percentage) => {
        const row = usageRow({
          UsageDate: '2026-11-02',
          CreditType: type,
          CreditPercentage: percentage,
        });
        const read = readUsageLine(row, 1);
        if (!read.ok) return false;
        const noted = reconcileUsage([row], null).credits.length > 0;
        return isCreditedUsageLine(read.line) === noted;
      }),
    );
  });

  it('ERR-1: a line that is not a usage line is a RuleError naming its field', () => {
    const line = lineOf({});
    let thrown: unknown;
    try {
      isCreditedUsageLine({ ...line, quantity: 'many' } as UsageLine);
    } catch (error) {
      thrown = error;
    }
    expect(isRuleError(thrown) && thrown.path).toBe('line.quantity');
  });
});
