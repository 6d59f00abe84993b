import fc from 'fast-check';
import { ko } from 'subscription-rules/locales/ko';
import * as newCommerce from 'subscription-rules/new-commerce';
import { reconcileSubscriptions } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { type Row, resource, SUBSCRIPTION } from '../cli/commands/_reconcileFiles.ts';
import { type FetchedFile, fetchedFiles } from './_fetchedFiles.ts';

const DAY = 86_400_000;

/** Cents as the result writes an amount: two decimals. */
const centsText = (units: number): string =>
  `${Math.trunc(units / 100)}.${String(units % 100).padStart(2, '0')}`;

/** A line of the subscription at 12.50 USD a seat a month: the charge type, its days, its seats. */
function line(type: string, start: string, end: string, seats: number, subtotal: string): Row {
  return {
    SubscriptionId: SUBSCRIPTION,
    ChargeType: type,
    ChargeStartDate: start,
    ChargeEndDate: end,
    UnitPrice: '12.50',
    EffectiveUnitPrice: '12.50',
    Quantity: String(seats),
    BillableQuantity: String(seats),
    Subtotal: subtotal,
    Currency: 'USD',
  };
}

/** The findings as kind, charge type and first day, in one list. */
function found(rows: readonly Row[], fetched: Record<string, unknown>, period = '2026-10') {
  const result = reconcileSubscriptions(rows, [fetched], { rules: newCommerce, period });
  return {
    matched: result.matched.map((m) => `${m.chargeType} ${m.chargeStartDate}`),
    missing: result.missing.map((m) => `${m.chargeType} ${m.chargeStartDate}`),
    unexpected: result.unexpected.map((u) => `${u.chargeType} ${u.chargeStartDate}`),
    different: result.different.map((d) => `${d.chargeType} ${d.chargeStartDate}`),
    atStake: result.atStake,
  };
}

const NOTHING = { missing: [], unexpected: [], different: [], atStake: [] };

describe('a resource read at the billing month, whenever it was fetched (REC-5)', () => {
  it('REC-5: an annual term renewed on 2026-10-15, bought a year before (creationDate), is billed renew, not new', () => {
    const renewed = resource(10, {
      creationDate: '2025-10-15T09:12:00Z',
      effectiveStartDate: '2026-10-15T00:00:00Z',
      commitmentEndDate: '2027-10-14T00:00:00Z',
    });
    const rows = [line('renew', '2026-10-15', '2026-11-14', 10, '125.00')];
    expect(found(rows, renewed)).toEqual({ matched: ['renew 2026-10-15'], ...NOTHING });
  });

  it('REC-5: a term starting on its creationDate’s own day (00:00, bought at 09:12) is the purchase: new', () => {
    const bought = resource(10, {
      creationDate: '2026-10-15T09:12:00Z',
      effectiveStartDate: '2026-10-15T00:00:00Z',
      commitmentEndDate: '2027-10-14T00:00:00Z',
    });
    const rows = [line('new', '2026-10-15', '2026-11-14', 10, '125.00')];
    expect(found(rows, bought)).toEqual({ matched: ['new 2026-10-15'], ...NOTHING });
  });

  it('REC-5: a monthly term fetched on 2026-11-09, renewed 2026-11-05: October is read back to the terms of 09-05 and 10-05, nothing expected in November', () => {
    const monthly = resource(10, {
      creationDate: '2026-03-05T11:00:00Z',
      effectiveStartDate: '2026-11-05T00:00:00Z',
      commitmentEndDate: '2026-12-04T00:00:00Z',
      termDuration: 'P1M',
    });
    const rows = [line('renew', '2026-10-05', '2026-11-04', 10, '125.00')];
    expect(found(rows, monthly)).toEqual({ matched: ['renew 2026-10-05'], ...NOTHING });
  });

  it('REC-5: an annual term renewed 2026-10-15 and fetched after: October’s days before the renewal are the earlier term’s cycle, read back', () => {
    const renewed = resource(10, {
      creationDate: '2024-10-15T09:12:00Z',
      effectiveStartDate: '2026-10-15T00:00:00Z',
      commitmentEndDate: '2027-10-14T00:00:00Z',
    });
    // billed 09-15 in September's file; October's holds the renewal only
    const rows = [line('renew', '2026-10-15', '2026-11-14', 10, '125.00')];
    expect(found(rows, renewed)).toEqual({ matched: ['renew 2026-10-15'], ...NOTHING });
    // a month of the earlier term: September's cycle is expected, read back from 2026-10-15
    const september = [line('cycleCharge', '2026-09-15', '2026-10-14', 10, '125.00')];
    expect(found(september, renewed, '2026-09')).toEqual({
      matched: ['cycleCharge 2026-09-15'],
      ...NOTHING,
    });
  });

  it('REC-5: the boundary: a term that starts 1 ms after the month’s first instant is read back, one at its very instant is not', () => {
    const at = (start: string) =>
      resource(10, {
        creationDate: '2025-03-01T08:00:00Z',
        effectiveStartDate: start,
        commitmentEndDate: '2026-10-31T00:00:00Z',
        termDuration: 'P1M',
      });
    const rows = [line('renew', '2026-10-01', '2026-10-31', 10, '125.00')];
    expect(found(rows, at('2026-10-01T00:00:00.000Z'))).toEqual({
      matched: ['renew 2026-10-01'],
      ...NOTHING,
    });
    expect(found(rows, at('2026-10-01T00:00:00.001Z'))).toEqual({
      matched: ['renew 2026-10-01'],
      ...NOTHING,
    });
  });

  it('REC-5: a missing new and an unexpected renew of one charge (same days, seats, amount) are one match that names both types, nothing at stake', () => {
    // no creationDate: the file's renew on the term's start says it is a renewal; a new printed
    // where the rules bill a renewal is still one charge
    const bought = resource(10, {
      creationDate: '2026-10-15T09:12:00Z',
      effectiveStartDate: '2026-10-15T00:00:00Z',
      commitmentEndDate: '2027-10-14T00:00:00Z',
    });
    const result = reconcileSubscriptions(
      [line('renew', '2026-10-15', '2026-11-14', 10, '125.00')],
      [bought],
      { rules: newCommerce, period: '2026-10' },
    );
    expect(result.missing).toEqual([]);
    expect(result.unexpected).toEqual([]);
    expect(result.atStake).toEqual([]);
    expect(result.matched.map((m) => [m.chargeType, m.printedAs])).toEqual([['new', 'renew']]);
    expect(result.matched[0]?.notes.map((n) => n.message)).toEqual([
      'ChargeType printed renew where the rules bill new: one charge, the same days, seats and amount',
    ]);
    const korean = reconcileSubscriptions(
      [line('renew', '2026-10-15', '2026-11-14', 10, '125.00')],
      [bought],
      { rules: newCommerce, period: '2026-10', locale: ko },
    );
    expect(korean.matched[0]?.notes.map((n) => n.message)).toEqual([
      'ChargeType이 renew(으)로 표시되었으나 규칙상 new(으)로 청구됨: 일수, 시트, 금액이 같은 하나의 요금',
    ]);
  });
});

/** Partner Center's price list of the SKU: 138.00 a year (11.50 a month) until a July 2026 rise to 150.00 (12.50). */
const RISE = [
  {
    ProductId: 'CFQ7TTC0LDPB',
    SkuId: '0001',
    TermDuration: 'P1Y',
    BillingPlan: 'Monthly',
    Market: 'US',
    Currency: 'USD',
    UnitPrice: '138.0000',
    EffectiveStartDate: '2/1/2023 12:00 AM',
    EffectiveEndDate: '6/30/2026 11:59 PM',
  },
  {
    ProductId: 'CFQ7TTC0LDPB',
    SkuId: '0001',
    TermDuration: 'P1Y',
    BillingPlan: 'Monthly',
    Market: 'US',
    Currency: 'USD',
    UnitPrice: '150.0000',
    EffectiveStartDate: '7/1/2026 12:00 AM',
    EffectiveEndDate: '11/30/9999 11:59 PM',
  },
];

describe('a resource read forward or back over a price rise (REC-5, PL-4)', () => {
  const bought = { creationDate: '2025-10-20T08:00:00Z' };
  /** Fetched 2026-10-10, before its renewal of 2026-10-20. */
  const early = resource(10, {
    ...bought,
    effectiveStartDate: '2025-10-20T00:00:00Z',
    commitmentEndDate: '2026-10-19T00:00:00Z',
  });
  /** Fetched 2026-11-09, after it. */
  const late = resource(10, {
    ...bought,
    effectiveStartDate: '2026-10-20T00:00:00Z',
    commitmentEndDate: '2027-10-19T00:00:00Z',
  });
  const renew = line('renew', '2026-10-20', '2026-11-19', 10, '125.00');
  const run = (fetched: Record<string, unknown>, rows: readonly Row[], period: string) => {
    const result = reconcileSubscriptions(rows, [fetched], {
      rules: newCommerce,
      period,
      prices: RISE,
    });
    return {
      matched: result.matched.map(
        (m) => `${m.chargeType} ${m.chargeStartDate} ${m.amounts.Subtotal}`,
      ),
      different: result.different.map(
        (d) => `${d.chargeType} ${d.chargeStartDate} ${d.expected.Subtotal}`,
      ),
      missing: result.missing.map((m) => `${m.chargeType} ${m.chargeStartDate}`),
      unexpected: result.unexpected.map((u) => `${u.chargeType} ${u.chargeStartDate}`),
      issues: result.issues,
    };
  };

  it('REC-5: fetched before its renewal, the renewal of 2026-10-20 is priced by the list’s row at that instant: 12.50 × 10 = 125.00, not the locked 11.50', () => {
    expect(run(early, [renew], '2026-10')).toEqual({
      matched: ['renew 2026-10-20 125.00'],
      different: [],
      missing: [],
      unexpected: [],
      issues: [],
    });
  });

  it('REC-5: fetched before or after the renewal, the same findings: October’s renewal at 125.00, September’s cycle at the earlier term’s 11.50 × 10 = 115.00', () => {
    const september = [line('cycleCharge', '2026-09-20', '2026-10-19', 10, '115.00')];
    for (const fetched of [early, late]) {
      expect(run(fetched, [renew], '2026-10').matched).toEqual(['renew 2026-10-20 125.00']);
      expect(run(fetched, september, '2026-09')).toEqual({
        matched: ['cycleCharge 2026-09-20 115.00'],
        different: [],
        missing: [],
        unexpected: [],
        issues: [],
      });
    }
  });
});

describe('properties', () => {
  /** A fetch instant from 20 days before the month's end to 40 days after it, once every resource exists. */
  const instant = fc.integer({ min: -20 * DAY, max: 40 * DAY });
  const fetchedAt = (file: FetchedFile, offset: number): number =>
    Math.max(file.monthEndMs + offset, file.bornMs + 1);
  const reconciled = (file: FetchedFile, fetchedMs: number) =>
    reconcileSubscriptions(file.rows, file.resources(fetchedMs), {
      rules: newCommerce,
      period: file.period,
      prices: file.prices,
    });

  it('REC-5: exactly the planted findings, and the money at stake is the planted sum, whenever the resources were fetched', () => {
    fc.assert(
      fc.property(fetchedFiles(), instant, (file, offset) => {
        const result = reconciled(file, fetchedAt(file, offset));
        expect(result.issues).toEqual([]);
        expect(result.missing).toEqual([]);
        expect(result.unexpected).toEqual([]);
        expect(result.different.map((d) => d.rows)).toEqual(file.planted.map((p) => [p.row]));
        const sum = file.planted.reduce((total, p) => total + p.cents, 0);
        expect(result.atStake.map((s) => [s.currency, s.amount])).toEqual(
          sum === 0 ? [] : [['USD', centsText(sum)]],
        );
      }),
    );
  });

  it('REC-5: fetch-instant independence: the findings are the same for any two instants from 20 days before the month’s end to 40 days after it', () => {
    fc.assert(
      fc.property(fetchedFiles(), instant, instant, (file, one, other) => {
        const a = reconciled(file, fetchedAt(file, one));
        const b = reconciled(file, fetchedAt(file, other));
        for (const key of ['matched', 'different', 'missing', 'unexpected', 'atStake'] as const)
          expect(a[key]).toEqual(b[key]);
      }),
    );
  });

  it('REC-6: every finding’s remedy follows its kind, whenever the resources were fetched: a planted difference is Microsoft’s now, naming its sheet row and the cents; a missing charge never; a line of a subscription not given now, to check whose it is', () => {
    fc.assert(
      fc.property(
        fetchedFiles(),
        instant,
        fc.option(fc.nat()),
        fc.option(fc.nat()),
        (file, offset, drop, cut) => {
          const fetched = file.resources(fetchedAt(file, offset));
          // one resource left out, one row of another subscription cut from the file
          const gone =
            drop !== null && fetched.length > 1
              ? (fetched[drop % fetched.length]?.id as string)
              : null;
          const kept = fetched.filter((r) => r.id !== gone);
          const theirs = (row: Record<string, string>): boolean => row.SubscriptionId === gone;
          const cutRow =
            cut === null
              ? -1
              : file.rows.findIndex((row, i) => i >= cut % file.rows.length && !theirs(row));
          const rows = file.rows.filter((_, i) => i !== cutRow);
          const result = reconcileSubscriptions(rows, kept, {
            rules: newCommerce,
            period: file.period,
            prices: file.prices,
          });
          for (const f of result.findings) {
            if (f.finding === 'issue') continue;
            const said = `${f.finding} ${f.subscriptionId}: ${f.remedy?.message}`;
            if (f.subscriptionId === gone)
              expect(f.remedy, said).toEqual({
                when: 'now',
                message:
                  'not among the subscriptions given: check whose it is; if it is not yours, dispute it with Microsoft',
              });
            else if (f.finding === 'missing')
              expect(f.remedy, said).toEqual({
                when: 'never',
                message: 'the file bills less than the rules; the charge may come in a later file',
              });
            else if (f.finding === 'different' && !f.fields.includes('BillableQuantity'))
              expect(f.remedy?.when, said).toBe('now');
          }
          // the planted rows, untouched, are Microsoft's to correct: the sheet's row and the cents
          if (cutRow === -1 && gone === null)
            for (const p of file.planted) {
              const f = result.different.find((d) => d.rows.includes(p.row));
              const remedy = result.findings.find(
                (g) => g.finding === 'different' && g.rows.includes(p.row),
              )?.remedy;
              expect(remedy?.when).toBe('now');
              expect(remedy?.message).toMatch(
                new RegExp(
                  `^raise it with Microsoft: row ${p.row + 1}, billed [0-9.]+ USD where the rules give [0-9.]+ USD: ${centsText(p.cents).replace('.', '\\.')} USD more$`,
                ),
              );
              expect(f).toBeDefined();
            }
        },
      ),
    );
  });

  it('REC-5, PL-6: forecast → reconcile: the lines the rules bill any month of a year (chargesBetween, invoiceLines), reconciled with the resources fetched any day around it, have nothing at stake', () => {
    const year = Array.from({ length: 12 }, (_, i) => {
      const month = new Date(Date.UTC(2026, 8 + i, 1)).toISOString();
      return month.slice(0, 7);
    });
    fc.assert(
      fc.property(fetchedFiles({ planted: false, months: year }), instant, (file, offset) => {
        const result = reconciled(file, fetchedAt(file, offset));
        expect([result.atStake, result.different, result.missing, result.unexpected]).toEqual([
          [],
          [],
          [],
          [],
        ]);
        expect(result.matched).toHaveLength(
          new Set(file.rows.map((r) => `${r.SubscriptionId} ${r.ChargeType} ${r.ChargeStartDate}`))
            .size,
        );
      }),
    );
  });
});

describe('a resource billed by usage (REC-5)', () => {
  it('REC-5: an Azure plan among the resources is left out with one line naming the usage command, in English and Korean, never an issue', () => {
    const azure = {
      id: 'AZ1',
      offerId: 'DZH318Z0BPS6:0001',
      productType: { id: 'Azure' },
      billingType: 'usage',
      unitType: 'Usage-based',
      termDuration: '',
      billingCycle: 'monthly',
      status: 'active',
      effectiveStartDate: '2025-01-01T00:00:00Z',
      commitmentEndDate: '9999-12-31T00:00:00Z',
      creationDate: '2025-01-01T00:00:00Z',
      quantity: 1,
      autoRenewEnabled: false,
      isMicrosoftProduct: true,
    };
    const rows = [line('cycleCharge', '2026-10-20', '2026-11-19', 10, '125.00')];
    const fetched = resource(10, {
      effectiveStartDate: '2026-09-20T00:00:00Z',
      commitmentEndDate: '2027-09-19T00:00:00Z',
      creationDate: '2026-09-20T07:00:00Z',
    });
    for (const [locale, words] of [
      [undefined, 'its daily usage file is read by the usage command (subscription-rules usage)'],
      [ko, '일일 사용량 파일은 usage 명령(subscription-rules usage)이 읽습니다'],
    ] as const) {
      const result = reconcileSubscriptions(rows, [fetched, azure], {
        rules: newCommerce,
        period: '2026-10',
        ...(locale === undefined ? {} : { locale }),
      });
      expect(result.issues).toEqual([]);
      expect(result.matched).toHaveLength(1);
      expect(result.replayNotes).toHaveLength(1);
      expect(result.replayNotes[0]?.subscriptionId).toBe('AZ1');
      expect(result.replayNotes[0]?.message.endsWith(words)).toBe(true);
    }
  });
});
