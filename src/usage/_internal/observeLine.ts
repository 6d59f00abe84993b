import type { UsageLine } from '../types.ts';
import { addCredit } from './addCredit.ts';
import { addPecDay } from './addPecDay.ts';
import { addPriceGroup } from './addPriceGroup.ts';
import { checkArithmetic } from './checkArithmetic.ts';
import { lineContext } from './LineContext.ts';
import { ownText } from './ownText.ts';
import { planOf } from './planOf.ts';
import { dayStart } from './provisional.ts';
import type { UsageOptions } from './readUsageOptions.ts';
import type { UsageState } from './UsageState.ts';

/**
 * Adds one read line to the state, checked field by field first (ERR-1): dated on a day that
 * starts at or after `options.at` it is an issue (USG-6); outside `options.period` it is only counted; else its arithmetic (USG-2), its invoice key's price group
 * (USG-4), its credit (USG-5) and its PEC day (USG-3). Entries are per key (and day, for PEC), never per line.
 */
export function observeLine(state: UsageState, options: UsageOptions, input: UsageLine): void {
  const c = lineContext(input);
  const { line } = c;
  state.lines++;
  if (options.at !== null && dayStart(line.usageDate) >= options.at) {
    state.issues.push({
      row: line.row,
      column: 'UsageDate',
      code: 'USAGE_AFTER_AT',
      message: 'a line dated after the file was fetched',
    });
    return;
  }
  if (
    options.period !== null &&
    (line.chargeStart ?? line.usageDate).slice(0, 7) !== options.period
  ) {
    state.outsidePeriod++;
    if (!state.outsideDays.has(line.usageDate))
      state.outsideDays.add(ownText(state, line.usageDate));
    return;
  }
  if (!state.days.has(line.usageDate)) state.days.add(ownText(state, line.usageDate));
  if (line.entitlementId !== null) {
    // an entitlement counted once in its Azure plan: a plan's count is its own (the warehouse's groups)
    const entitlement = `${planOf(line.subscriptionId)}\u0000${line.entitlementId}`;
    if (!state.entitlements.has(entitlement)) state.entitlements.add(ownText(state, entitlement));
  }
  checkArithmetic(state, options, c);
  addPriceGroup(state, c);
  addCredit(state, options, c);
  addPecDay(state, options, c);
}
