import type { UsageFinding } from '../resultTypes.ts';
import { amountText } from './amountText.ts';
import { compareExact, type Exact, readExact } from './exact.ts';
import { planOf } from './planOf.ts';
import { remedyOf } from './remedyOf.ts';
import { mergeRows } from './rowList.ts';
import type { UsageTexts } from './texts/UsageTexts.ts';
import { usageSentence } from './texts/usageTextsFor.ts';
import type { PecDay } from './UsageState.ts';

/** PEC's findings (USG-3). */
export interface PecFindings {
  readonly notEarned: UsageFinding[];
  readonly onExcludedMeter: UsageFinding[];
  readonly rate: UsageFinding[];
  /** The findings of the three kinds with no money at stake on any of their lines: notes. */
  readonly quiet: UsageFinding[];
  /** The calendar days on which any eligible meter lost PEC. */
  readonly daysLost: number;
  /** The meter-days lost: an Azure subscription's meter's day. */
  readonly meterDaysLost: number;
}

/** Entries gathered into one finding. */
interface Gathered {
  readonly first: PecDay;
  readonly days: Set<string>;
  rows: number[];
  lines: number;
  billed: number;
  expected: number;
  staked: number;
}

function gather(entries: Iterable<PecDay>, keyOf: (entry: PecDay) => string): Gathered[] {
  const all = new Map<string, Gathered>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const found = all.get(key);
    if (found === undefined)
      all.set(key, {
        first: entry,
        days: new Set([entry.day]),
        rows: entry.rows,
        lines: entry.lines,
        billed: entry.billed,
        expected: entry.expected,
        staked: entry.staked,
      });
    else {
      if ((entry.rows[0] ?? 0) < (found.first.rows[0] ?? 0))
        (found as { first: PecDay }).first = entry;
      found.days.add(entry.day);
      found.rows = mergeRows(found.rows, entry.rows);
      found.lines += entry.lines;
      found.billed += entry.billed;
      found.expected += entry.expected;
      found.staked += entry.staked;
    }
  }
  return [...all.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

/**
 * PEC's findings from its day entries (USG-3): a day without PEC (or without the column, when
 * other lines carry it) by Azure subscription, meter and month — one finding for the whole
 * subscription when no eligible meter of it earned PEC that month; PEC on an excluded meter; PEC
 * at another rate. One with no money at stake on any of its lines is `quiet`, for a note.
 */
export function pecFindings(
  entries: Iterable<PecDay>,
  earned: ReadonlySet<string>,
  pecSeen: boolean,
  texts: UsageTexts,
): PecFindings {
  const all = [...entries];
  const month = (e: PecDay) =>
    JSON.stringify([e.entitlementId, e.day.slice(0, 7), e.currency, planOf(e.subscriptionId)]);
  const lost = all.filter((e) => e.kind === 'not-earned' || (e.kind === 'absent' && pecSeen));
  const whole = (e: PecDay) => !earned.has(month(e));
  const meterDaysLost = new Set(
    lost.map((e) => JSON.stringify([e.entitlementId, e.meter, e.day, planOf(e.subscriptionId)])),
  ).size;
  const daysLost = new Set(lost.map((e) => e.day)).size;
  // a finding with no money at stake on any of its lines is a note (USG, INV Details)
  const quiet = new Set<UsageFinding>();
  const finding = (
    g: Gathered,
    kind: UsageFinding['kind'],
    meter: boolean,
    message: string,
    remedy: UsageFinding['remedy'],
  ): UsageFinding => {
    const e = g.first;
    const money = (amount: number) => ({ amount, currency: e.currency });
    const difference = g.billed - g.expected;
    const days = [...g.days].sort();
    const found: UsageFinding = {
      kind,
      rows: g.rows,
      lines: g.lines,
      customerId: e.customerId,
      invoiceNumber: e.invoiceNumber,
      subscriptionId: e.subscriptionId,
      ...(e.entitlementId === null ? {} : { entitlementId: e.entitlementId }),
      productId: meter ? e.productId : '',
      skuId: meter ? e.skuId : '',
      ...(meter ? { meter: e.meter } : {}),
      days,
      firstDay: days[0] as string,
      lastDay: days[days.length - 1] as string,
      expected: money(g.expected),
      billed: money(g.billed),
      difference: money(difference),
      atStake: money(Math.abs(difference)),
      rule: 'USG-3',
      message,
      remedy,
    };
    if (g.staked === 0) quiet.add(found);
    return found;
  };
  const daysText = (g: Gathered) => [...g.days].sort().join(texts.comma);
  const notEarned = [
    ...gather(lost.filter(whole), (e) => JSON.stringify([month(e)])).map((g) => {
      const e = g.first;
      const days = daysText(g);
      return finding(
        g,
        'pec-not-earned',
        false,
        usageSentence(texts, 'pec-not-earned-month', {
          entitlement: e.entitlementId ?? '',
          month: e.day.slice(0, 7),
          count: g.days.size,
          rate: e.rate,
          amount: amountText(g.billed - g.expected, e.currency),
        }),
        remedyOf(texts, 'pec', { entitlement: e.entitlementId ?? '', days }),
      );
    }),
    ...gather(
      lost.filter((e) => !whole(e)),
      (e) =>
        JSON.stringify([
          month(e),
          e.meter,
          e.invoiceNumber,
          e.subscriptionId,
          e.productId,
          e.skuId,
        ]),
    ).map((g) => {
      const e = g.first;
      const days = daysText(g);
      return finding(
        g,
        'pec-not-earned',
        true,
        usageSentence(texts, 'pec-not-earned', {
          meter: e.label,
          days,
          rate: e.rate,
          amount: amountText(g.billed - g.expected, e.currency),
        }),
        remedyOf(texts, 'pec', { entitlement: e.entitlementId ?? '', days }),
      );
    }),
  ];
  const byMeter = (e: PecDay) =>
    JSON.stringify([
      month(e),
      e.meter,
      e.invoiceNumber,
      e.subscriptionId,
      e.productId,
      e.skuId,
      e.pec,
      e.reason,
    ]);
  const onExcludedMeter = gather(
    all.filter((e) => e.kind === 'excluded'),
    byMeter,
  ).map((g) => {
    const e = g.first;
    const reason = usageSentence(
      texts,
      e.reason === 'third-party'
        ? 'reason-third-party'
        : e.reason === 'spot'
          ? 'reason-spot'
          : e.reason === 'benefit'
            ? 'reason-benefit'
            : 'reason-marketplace',
      { publisher: e.publisher },
    );
    return finding(
      g,
      'pec-on-excluded-meter',
      true,
      usageSentence(texts, 'pec-excluded', {
        pec: e.pec,
        meter: e.label,
        reason,
        amount: amountText(g.expected - g.billed, e.currency),
      }),
      remedyOf(texts, 'excluded', {}),
    );
  });
  const rate = gather(
    all.filter((e) => e.kind === 'rate'),
    byMeter,
  ).map((g) => {
    const e = g.first;
    return finding(
      g,
      'pec-rate-unexpected',
      true,
      usageSentence(texts, 'pec-rate', {
        pec: e.pec,
        meter: e.label,
        rate: e.rate,
        expected: amountText(g.expected, e.currency),
        billed: amountText(g.billed, e.currency),
      }),
      // PEC given above the rate may be reversed (Microsoft's); below it, PEC is owed: claim it now
      compareExact(readExact(e.pec) as Exact, readExact(e.rate) as Exact) > 0
        ? remedyOf(texts, 'excluded', {})
        : remedyOf(texts, 'pec-rate', { rate: e.rate, meter: e.label }),
    );
  });
  const loud = (findings: readonly UsageFinding[]) => findings.filter((f) => !quiet.has(f));
  return {
    notEarned: loud(notEarned),
    onExcludedMeter: loud(onExcludedMeter),
    rate: loud(rate),
    quiet: [...notEarned, ...onExcludedMeter, ...rate].filter((f) => quiet.has(f)),
    daysLost,
    meterDaysLost,
  };
}
