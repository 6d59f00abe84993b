import fc from 'fast-check';
import { createUsageReconciler, readUsageLine, reconcileUsage } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { usageRow } from './_rows.ts';

/** USG-3's VM meter on 30 November without PEC: 4.80 billed where 4.08 with it. */
const noPec = usageRow({
  UsageDate: '2026-11-30',
  PartnerEarnedCreditPercentage: '0',
  EffectiveUnitPrice: '0.20',
  BillingPreTaxTotal: '4.80',
});
/** The same meter on 29 November with PEC: no finding. */
const withPec = usageRow({ UsageDate: '2026-11-29' });
/** USG-5's storage line on 30 November: credit 100, 0.51 USD used. */
const credit = usageRow({
  UsageDate: '2026-11-30',
  MeterId: 'storage',
  MeterName: 'Storage',
  Quantity: '30',
  UnitPrice: '0.02',
  EffectiveUnitPrice: '0',
  BillingPreTaxTotal: '0',
  CreditPercentage: '100',
  CreditType: 'Azure Credit Applied',
});
/** 30 November's day ends at 2026-12-01T00:00Z; its lines may still come until 24 h later. */
const FINAL_AT = '2026-12-02T00:00:00.000Z';
const LAST_PROVISIONAL_AT = '2026-12-01T23:59:59.999Z';

describe('reconcileUsage: options.at, the instant the usage file was fetched (USG-6)', () => {
  it('USG-6: at 1 ms before 30 November’s end + 24 h the day may still change: its pec-not-earned and credit are provisional until 2026-12-02T00:00:00.000Z; at that instant exactly they are final', () => {
    const early = reconcileUsage([withPec, noPec, credit], null, { at: LAST_PROVISIONAL_AT });
    expect(early.pec.notEarned.map((f) => [f.days, f.provisional, f.provisionalUntil])).toEqual([
      [['2026-11-30'], true, '2026-12-02T00:00:00.000Z'],
    ]);
    expect(early.pec.notEarned[0]?.message).toBe(
      'no Partner Earned Credit on D2s v5 on 2026-11-30: at 15 % it would have saved 0.72 USD — provisional: the day’s usage may still change until 2026-12-02T00:00:00.000Z',
    );
    expect(early.pec.notEarned[0]?.remedy.when).toBe('now');
    expect(early.pec.notEarned[0]?.atStake).toEqual({ amount: 72, currency: 'USD' });
    expect(early.credits.map((c) => [c.day, c.provisional, c.provisionalUntil])).toEqual([
      ['2026-11-30', true, '2026-12-02T00:00:00.000Z'],
    ]);
    expect(early.notes.find((n) => n.kind === 'credit-applied')?.message).toBe(
      'Azure credit used on 2026-11-30: 0.51 USD — provisional: the day’s usage may still change until 2026-12-02T00:00:00.000Z',
    );
    const final = reconcileUsage([withPec, noPec, credit], null, { at: FINAL_AT });
    expect(final.pec.notEarned.map((f) => [f.provisional, f.provisionalUntil])).toEqual([
      [undefined, undefined],
    ]);
    expect(final.pec.notEarned[0]).not.toHaveProperty('provisional');
    expect(final.credits[0]).not.toHaveProperty('provisional');
    expect(final.notes.find((n) => n.kind === 'credit-applied')?.message).toBe(
      'Azure credit used on 2026-11-30: 0.51 USD',
    );
    expect(reconcileUsage([withPec, noPec, credit], null)).toEqual(final);
  });

  it('USG-6: pec-on-excluded-meter on a day inside the last 24 h is provisional; a finding over several days is provisional when its last day is, until that day’s end + 24 h', () => {
    const spot = (day: string) => usageRow({ UsageDate: day, MeterName: 'D2s v5 Spot' });
    const result = reconcileUsage([spot('2026-11-29'), spot('2026-11-30')], null, {
      at: '2026-12-01T12:00:00.000Z',
    });
    expect(
      result.pec.onExcludedMeter.map((f) => [f.days, f.provisional, f.provisionalUntil]),
    ).toEqual([[['2026-11-29', '2026-11-30'], true, '2026-12-02T00:00:00.000Z']]);
    const older = reconcileUsage([spot('2026-11-28'), spot('2026-11-29')], null, {
      at: '2026-12-01T00:00:00.000Z',
    });
    expect(older.pec.onExcludedMeter[0]).not.toHaveProperty('provisional');
  });

  it('USG-6: a line dated on or after the day of options.at is an issue USAGE_AFTER_AT of its row (a line dated after the file was fetched), the other lines reconciled; 1 ms later the day has begun and the line is read', () => {
    const at30 = reconcileUsage([withPec, noPec], null, { at: '2026-11-30T00:00:00.000Z' });
    expect(at30.issues).toEqual([
      {
        row: 2,
        column: 'UsageDate',
        code: 'USAGE_AFTER_AT',
        message: 'a line dated after the file was fetched',
      },
    ]);
    expect([at30.pec.notEarned, at30.summary.lines, at30.summary.days]).toEqual([[], 2, 1]);
    const after = reconcileUsage([withPec, noPec], null, { at: '2026-11-30T00:00:00.001Z' });
    expect(after.issues).toEqual([]);
    expect(after.pec.notEarned.map((f) => f.provisional)).toEqual([true]);
  });

  it('USG-6: options.at is validated like every instant: a bad one is a RuleError naming options.at', () => {
    for (const at of ['yesterday', '2026-13-01T00:00:00Z', 42, null])
      expect(errorOf(() => reconcileUsage([], null, { at: at as string }))).toEqual({
        code: 'INVALID_INSTANT',
        path: 'options.at',
      });
    expect(errorOf(() => createUsageReconciler({ at: 'soon' }))).toEqual({
      code: 'INVALID_INSTANT',
      path: 'options.at',
    });
  });

  it('USG-6: with options.at the result survives a JSON round trip, and neither the rows nor the options are changed', () => {
    const rows = [withPec, noPec, credit];
    const options = { at: LAST_PROVISIONAL_AT };
    const before = JSON.stringify([rows, options]);
    const result = reconcileUsage(rows, null, options);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(JSON.stringify([rows, options])).toBe(before);
  });

  it('USG-6: the streaming reconciler takes at too: shards merged in any order finish as one pass', () => {
    const options = { at: LAST_PROVISIONAL_AT };
    const one = createUsageReconciler(options);
    const a = createUsageReconciler(options);
    const b = createUsageReconciler(options);
    [withPec, noPec, credit].forEach((row, i) => {
      one.observe(readUsageLine(row, i + 1));
      (i % 2 === 0 ? a : b).observe(readUsageLine(row, i + 1));
    });
    b.merge(a);
    expect(b.finish()).toEqual(one.finish());
  });
  it('USG-6: for any at, a day without PEC is an issue when it starts at or after at, provisional when its end + 24 h is later than at, else final — and its money is the same either way', () => {
    const DAY = 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: -1, max: 3 }),
        fc.integer({ min: -2, max: 2 }),
        (date, days, ms) => {
          const day = `2026-11-${String(date).padStart(2, '0')}`;
          const start = Date.UTC(2026, 10, date);
          const at = start + days * DAY + ms;
          const result = reconcileUsage([{ ...noPec, UsageDate: day }], null, {
            at: new Date(at).toISOString(),
          });
          if (start >= at) {
            expect(result.issues.map((i) => i.code)).toEqual(['USAGE_AFTER_AT']);
            expect(result.pec.notEarned).toEqual([]);
            return;
          }
          const [finding] = result.pec.notEarned;
          expect(finding?.atStake).toEqual({ amount: 72, currency: 'USD' });
          expect(finding?.provisional).toBe(start + 2 * DAY > at ? true : undefined);
        },
      ),
    );
  });
});
