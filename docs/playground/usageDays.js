// The Usage tab's days: what each Azure subscription's meter did on each day of the month, kept
// while the lines stream by (one entry per meter and day, never per line), then told apart with
// the library's own findings (USG-3, USG-5): PEC lost on the days `pec.notEarned` lists, PEC on an
// excluded meter on the days `pec.onExcludedMeter` lists, Azure credit where the library says the
// line carries it (`isCreditedUsageLine`: `Credit Not Applied` and an empty cell are none),
// earned where the line carries PEC; a day with usage, no PEC and no finding is a meter that earns
// none (Spot, marketplace, Third Party, a benefit's usage). Each day keeps its money too
// (usageMoney.js): its cost, the PEC it earned, lost or was given, the credit it used.
import { isCreditedUsageLine } from '../../dist/usage.js';
import { createDayMoney } from './usageMoney.js';

/** The states of a day, in the legend's order. */
export const DAY_STATES = ['earned', 'lost', 'excluded', 'credit', 'unchecked', 'none'];

/** The meter of a line as the library names it in its findings. */
const meterOf = (line) => line.meterId ?? line.meterName ?? `${line.productId}/${line.skuId}`;

/** A decimal's text is not zero. */
const nonZero = (text) => text !== undefined && /[1-9]/.test(text);

/**
 * Days of usage by Azure subscription, meter and month, fed one read line (`readUsageLine`'s
 * result) at a time; `options` (the PEC rate) and `prices` (the price list by meter) work out
 * each day's money as the library does.
 */
export function createDays(options = {}, prices = null) {
  const groups = new Map();
  return {
    observe(read) {
      const { line } = read;
      const entitlementId = line.entitlementId ?? '';
      const meter = meterOf(line);
      const month = line.usageDate.slice(0, 7);
      const key = JSON.stringify([entitlementId, month, meter]);
      let group = groups.get(key);
      if (group === undefined) {
        group = {
          entitlementId,
          customerId: line.customerId,
          customerName: line.customerName,
          month,
          meter,
          label: line.meterName ?? meter,
          currency: line.billingCurrency,
          days: new Map(),
        };
        groups.set(key, group);
      }
      const day = group.days.get(line.usageDate) ?? {
        pec: false,
        credit: false,
        money: createDayMoney(options, prices),
      };
      day.pec ||= nonZero(line.pecPercentage);
      day.credit ||= isCreditedUsageLine(line);
      day.money.observe(read);
      group.days.set(line.usageDate, day);
    },
    groups,
  };
}

/** Every day of `month` (`YYYY-MM`), as `YYYY-MM-DD`. */
export function daysOfMonth(month) {
  const [year, m] = month.split('-').map(Number);
  const count = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** The days a list of PEC findings names, as keys `[entitlement, meter or '*', day]`. */
function findingDays(findings) {
  const days = new Set();
  for (const f of findings)
    for (const day of f.days ?? [])
      days.add(JSON.stringify([f.entitlementId ?? '', f.meter ?? '*', day]));
  return days;
}

/**
 * The strips of a result: per Azure subscription, its months, each meter's days with their
 * state and money, and the PEC findings about it with their money at stake.
 */
export function stripsOf(days, result) {
  const lost = findingDays(result.pec.notEarned);
  const excluded = findingDays(result.pec.onExcludedMeter);
  const pecFindings = [...result.pec.notEarned, ...result.pec.onExcludedMeter];
  const named = (set, group, day) =>
    set.has(JSON.stringify([group.entitlementId, group.meter, day])) ||
    set.has(JSON.stringify([group.entitlementId, '*', day]));
  function stateOf(group, day) {
    const seen = group.days.get(day);
    if (seen === undefined) return 'none';
    if (named(lost, group, day)) return 'lost';
    if (seen.credit) return 'credit';
    if (named(excluded, group, day)) return 'excluded';
    if (!result.summary.checked.pec) return 'unchecked';
    return seen.pec ? 'earned' : 'excluded';
  }
  const subscriptions = new Map();
  const sorted = [...days.groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [, group] of sorted) {
    const entry = subscriptions.get(group.entitlementId) ?? {
      entitlementId: group.entitlementId,
      customerId: group.customerId,
      customerName: group.customerName,
      meters: [],
      findings: pecFindings.filter((f) => (f.entitlementId ?? '') === group.entitlementId),
    };
    const own = entry.findings.filter((f) => f.meter === group.meter);
    entry.meters.push({
      ...group,
      cells: daysOfMonth(group.month).map((day) => ({
        day,
        state: stateOf(group, day),
        money: group.days.get(day)?.money,
      })),
      atStake: own.map((f) => f.atStake),
    });
    subscriptions.set(group.entitlementId, entry);
  }
  return [...subscriptions.values()];
}
