import fc from 'fast-check';
import { reconcileUsage, type UsageReconcileResult } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { reconRow, usageRow } from './_rows.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' });

/** The month's three invoices: each bills one Azure plan's three days of 9.4 at 0.085 (Σ 2.37). */
const INVOICES = [
  { invoice: 'G000000001', plan: 'plan-1' },
  { invoice: 'G000000002', plan: 'plan-2' },
  { invoice: 'G000000003', plan: 'plan-3' },
] as const;

/** The daily lines of one invoice: three days of 9.4 at 0.085 (0.79 each). */
function daysOf(invoice: string, plan: string): Record<string, string>[] {
  return ['2026-11-01', '2026-11-02', '2026-11-03'].map((date) =>
    usageRow({
      InvoiceNumber: invoice,
      SubscriptionId: plan,
      UsageDate: date,
      UnitPrice: '0.10',
      EffectiveUnitPrice: '0.085',
      Quantity: '9.4',
      BillingPreTaxTotal: '0.79',
      MeterName: 'Bandwidth',
    }),
  );
}

/** One invoice file's rows: its usage line of 28.2 at 0.085 (2.39) and a licence line. */
function fileOf(invoice: string, plan: string): Record<string, string>[] {
  return [
    reconRow({
      InvoiceNumber: invoice,
      SubscriptionId: plan,
      EffectiveUnitPrice: '0.085',
      BillableQuantity: '28.2',
      Subtotal: '2.39',
    }),
    reconRow({
      InvoiceNumber: invoice,
      SubscriptionId: plan,
      ProductId: 'CFQ7TTC0LH18',
      AvailabilityId: 'X',
      MeterDescription: '',
      Subtotal: '12.50',
    }),
  ];
}

const MONTH = INVOICES.flatMap(({ invoice, plan }) => daysOf(invoice, plan));

/** What a result says of one invoice's days against its file, rows of either file aside. */
function about(result: UsageReconcileResult, invoice: string) {
  const of = <T extends { invoiceNumber: string | null }>(list: readonly T[]) =>
    list.filter((entry) => entry.invoiceNumber === invoice);
  return {
    matched: of(result.matched).map(({ rows: _, ...m }) => m),
    different: of(result.different).map(({ rows: _, ...f }) => f),
    missing: of(result.missing),
    unexpected: of(result.unexpected).map(({ rows: _, ...f }) => f),
  };
}

describe('reconcileUsage: every invoice of the month at once (USG-4)', () => {
  it('USG-4: the rows of three invoice files tie each invoice’s days to its own usage line: three matched, nothing missing, no other invoice', () => {
    const result = reconcileUsage(
      MONTH,
      INVOICES.flatMap(({ invoice, plan }) => fileOf(invoice, plan)),
    );
    expect(result.matched.map((m) => [m.invoiceNumber, m.rounding])).toEqual([
      ['G000000001', usd(2)],
      ['G000000002', usd(2)],
      ['G000000003', usd(2)],
    ]);
    expect([result.missing, result.different, result.unexpected]).toEqual([[], [], []]);
    expect(result.summary.otherInvoices).toEqual([]);
    expect(result.summary.invoices).toEqual(['G000000001', 'G000000002', 'G000000003']);
  });

  it('USG-4: one invoice’s file of three: the other two invoices’ days are no finding and no money at stake, counted per invoice in otherInvoices', () => {
    const result = reconcileUsage(MONTH, fileOf('G000000002', 'plan-2'));
    expect(result.matched.map((m) => m.invoiceNumber)).toEqual(['G000000002']);
    expect(result.missing).toEqual([]);
    expect(result.notes.filter((n) => n.rule === 'USG-4')).toEqual([]);
    expect(result.atStake).toEqual([]);
    expect(result.summary.groups).toEqual({
      matched: 1,
      different: 0,
      missing: 0,
      unexpected: 0,
    });
    expect(result.summary.otherInvoices).toEqual([
      { invoiceNumber: 'G000000001', lines: 3, keys: 1 },
      { invoiceNumber: 'G000000003', lines: 3, keys: 1 },
    ]);
    expect(result.summary.invoices).toEqual(['G000000002']);
  });

  it('USG-4: a key of a given invoice with no line in its file is still missing, naming its invoice; an invoice known only by a licence line counts as given', () => {
    const extra = usageRow({
      InvoiceNumber: 'G000000002',
      SubscriptionId: 'plan-2',
      ProductId: 'DZH318Z0BQ3P',
      UsageDate: '2026-11-04',
    });
    const licenceOnly = fileOf('G000000003', 'plan-3').slice(1);
    const result = reconcileUsage(
      [...MONTH, extra],
      [...fileOf('G000000002', 'plan-2'), ...licenceOnly],
    );
    expect(result.missing.map((f) => [f.invoiceNumber, f.productId, f.atStake])).toEqual([
      ['G000000002', 'DZH318Z0BQ3P', usd(408)],
      ['G000000003', 'DZH318Z0BQ3Q', usd(237)],
    ]);
    expect(result.summary.otherInvoices).toEqual([
      { invoiceNumber: 'G000000001', lines: 3, keys: 1 },
    ]);
  });

  it('USG-4: an empty invoice file ([]) is of no invoice: every day is another invoice’s, none missing; lines of no InvoiceNumber are counted under null', () => {
    const unbilled = usageRow({ InvoiceNumber: '', UsageDate: '2026-11-05' });
    const result = reconcileUsage([...daysOf('G000000001', 'plan-1'), unbilled], []);
    expect(result.missing).toEqual([]);
    expect(result.summary.checked.invoice).toBe(true);
    expect(result.summary.otherInvoices).toEqual([
      { invoiceNumber: null, lines: 1, keys: 1 },
      { invoiceNumber: 'G000000001', lines: 3, keys: 1 },
    ]);
    expect(result.summary.invoices).toEqual([]);
    const unchecked = reconcileUsage(MONTH, null).summary;
    expect([unchecked.otherInvoices, unchecked.invoices]).toEqual([[], []]);
  });

  it('USG-4: for any subset of the month’s invoice files, each given invoice’s findings are those of all files given, and every other invoice is counted, not found', () => {
    const all = reconcileUsage(
      MONTH,
      INVOICES.flatMap(({ invoice, plan }) => fileOf(invoice, plan)),
    );
    fc.assert(
      fc.property(
        fc.subarray([...INVOICES]),
        fc.boolean(),
        fc.constantFrom('2.39', '2.35'),
        (given, reversed, subtotal) => {
          const files = given.map(({ invoice, plan }) =>
            fileOf(invoice, plan).map((row, i) => (i === 0 ? { ...row, Subtotal: subtotal } : row)),
          );
          const whole = reconcileUsage(
            MONTH,
            INVOICES.flatMap(({ invoice, plan }) =>
              given.some((g) => g.invoice === invoice)
                ? (files[given.findIndex((g) => g.invoice === invoice)] as object[])
                : fileOf(invoice, plan),
            ),
          );
          const part = reconcileUsage(MONTH, (reversed ? [...files].reverse() : files).flat());
          for (const { invoice } of INVOICES) {
            const isGiven = given.some((g) => g.invoice === invoice);
            expect(about(part, invoice)).toEqual(
              isGiven
                ? about(whole, invoice)
                : { matched: [], different: [], missing: [], unexpected: [] },
            );
          }
          expect(part.summary.otherInvoices).toEqual(
            INVOICES.filter(({ invoice }) => !given.some((g) => g.invoice === invoice)).map(
              ({ invoice }) => ({ invoiceNumber: invoice, lines: 3, keys: 1 }),
            ),
          );
        },
      ),
    );
    expect(all.summary.otherInvoices).toEqual([]);
  });
});

describe('reconcileUsage: counts say what they count (USG-3)', () => {
  const NO_PEC = {
    PartnerEarnedCreditPercentage: '0',
    EffectiveUnitPrice: '0.20',
    BillingPreTaxTotal: '4.80',
  };
  const day = (date: string, over: Readonly<Record<string, string>> = {}) =>
    usageRow({ UsageDate: date, ...NO_PEC, ...over });

  it('USG-3: two meters of two Azure subscriptions without PEC on the same two days, and one with PEC: pecMeterDaysLost 4 (entitlement × meter × day), pecDaysLost 2 (calendar days)', () => {
    const rows = [
      day('2026-11-29'),
      day('2026-11-30'),
      day('2026-11-29', { MeterId: 'disk', MeterName: 'P10 Disk' }),
      day('2026-11-30', { EntitlementId: 'azure-2' }),
      usageRow({ UsageDate: '2026-11-28' }),
      usageRow({ UsageDate: '2026-11-28', EntitlementId: 'azure-2' }),
      usageRow({ UsageDate: '2026-11-28', MeterId: 'disk', MeterName: 'P10 Disk' }),
    ];
    const { summary } = reconcileUsage(rows, null);
    expect([summary.pecMeterDaysLost, summary.pecDaysLost]).toEqual([4, 2]);
    expect(summary.pecLost).toEqual([usd(72 * 4)]);
  });

  it('USG-3: a month without PEC on two meters of one Azure subscription: 60 meter-days on 30 calendar days', () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`,
    ).flatMap((date) => [day(date), day(date, { MeterId: 'disk', MeterName: 'P10 Disk' })]);
    const { summary } = reconcileUsage(rows, null);
    expect([summary.pecMeterDaysLost, summary.pecDaysLost]).toEqual([60, 30]);
  });
});

describe('reconcileUsage: lines left out by the period are counted with their days (USG-4)', () => {
  it('USG-4: options.period 2026-11 leaves out October’s two lines and December’s one, their days listed in summary.outsidePeriodDays', () => {
    const rows = [
      usageRow({ UsageDate: '2026-10-30', ChargeStartDate: '2026-10-01' }),
      usageRow({ UsageDate: '2026-10-31', ChargeStartDate: '2026-10-01' }),
      usageRow({ UsageDate: '2026-11-02' }),
      usageRow({ UsageDate: '2026-12-01', ChargeStartDate: '2026-12-01' }),
      usageRow({ UsageDate: '2026-10-31', ChargeStartDate: '2026-10-01', MeterId: 'disk' }),
    ];
    const { summary } = reconcileUsage(rows, null, { period: '2026-11' });
    expect([summary.outsidePeriod, summary.outsidePeriodDays]).toEqual([
      4,
      ['2026-10-30', '2026-10-31', '2026-12-01'],
    ]);
    expect(reconcileUsage(rows, null).summary.outsidePeriodDays).toEqual([]);
  });
});
