import { MS_PER_DAY as DAY } from '../../kernel/units.ts';
import {
  NEW_COMMERCE_TERM_MONTHS,
  type NewCommerceTerm,
} from '../../policy/vocabulary/newCommerceTerms.ts';
import { addMonthsClamped } from '../../time/addMonthsClamped.ts';
import { newCommerceTermEndAt } from '../../time/newCommerceTermEndAt.ts';
import { startOfUtcDay } from '../../time/startOfUtcDay.ts';
import { CHARGE_TYPES } from './chargeTypes.ts';
import type { FileWindow } from './FileChange.ts';
import { instantMs } from './instantMs.ts';
import type { FileGroup } from './LineGroups.ts';

/** One term of a subscription that bills some of the month's days (REC-5). */
export interface MonthTerm {
  /** Its start, as the resource states it or the rules work it out (epoch ms). */
  readonly startMs: number;
  /** Its end: the next term's start (epoch ms). */
  readonly endMs: number;
  /** Whether its first period is a renewal (`renew`), not the purchase (`new`). */
  readonly renewal: boolean;
  /**
   * `as-read`: the resource's own term; `rebuilt`: an earlier term, read back from it (fetched
   * after the month); `advanced`: a later term the rules renew it into (fetched before the month's
   * end).
   */
  readonly read: 'as-read' | 'rebuilt' | 'advanced';
  /**
   * The purchase instant its terms are anchored on (TIME-4), when the resource's term is one of
   * the terms counted from its `creationDate`: the term is then read anchored on it.
   */
  readonly anchorMs?: number;
  /**
   * `true` for the committed term whose end began the Extended Service Term a resource is in
   * (EST-3): read back as an annual term billed monthly under the SKU's own name.
   */
  readonly committed?: true;
}

/**
 * A subscription's terms of the month as {@link termsOfMonth} read them, worked out once for its
 * replay (`replayInputs`) and handed to each step that reads them: `terms` is `undefined` when
 * the resource does not state its term.
 */
export interface MonthTerms {
  /** The terms, in time order; `undefined` when the resource does not state its term. */
  readonly terms: readonly MonthTerm[] | undefined;
}

/** The charge types the file bills a term's first period with when it renews (lower case). */
const RENEWED = [CHARGE_TYPES.renewal.toLowerCase(), CHARGE_TYPES.cycle.toLowerCase()];
/** The charge types that bill a term's period (lower case). */
const PERIODS = [CHARGE_TYPES.purchase.toLowerCase(), ...RENEWED];

/** Whether a name says Extended Service Term, in any case or spacing (EST-6). */
const EST_NAME = /extended\s*service\s*term/i;

/**
 * The day an Extended Service Term began, by the file's lines of it (EST-3, EST-5): its first
 * month's, the earliest line saying it is one; else the day after the committed term's last
 * period the file bills; `undefined` when the file says neither.
 */
function estBeganDay(
  groups: readonly Pick<
    FileGroup,
    'known' | 'chargeKey' | 'startDay' | 'endDay' | 'est' | 'credit'
  >[],
): number | undefined {
  let est: number | undefined;
  let committed: number | undefined;
  for (const group of groups) {
    if (!group.known || group.credit) continue;
    if (group.est) est = Math.min(est ?? group.startDay, group.startDay);
    else if (PERIODS.includes(group.chargeKey))
      committed = Math.max(committed ?? group.endDay + 1, group.endDay + 1);
  }
  return est ?? committed;
}

/** The most terms walked either way: a century of monthly terms. */
const MOST = 1200;

/** Whether a resource renews itself at its term's end with nothing else scheduled (NCE-8, EST-2). */
function renewsPlainly(resource: Readonly<Record<string, unknown>>): boolean {
  if (resource.autoRenewEnabled !== true) return false;
  if (typeof resource.status !== 'string' || resource.status.toLowerCase() !== 'active')
    return false;
  for (const key of ['scheduledNextTermInstructions', 'scheduledActions', 'endOfTerm'])
    if (resource[key] !== undefined && resource[key] !== null) return false;
  for (const name of [resource.offerName, resource.friendlyName])
    if (typeof name === 'string' && /extended\s*service\s*term/i.test(name)) return false;
  return true;
}

/**
 * The terms of a subscription that bill the month's days, read from its resource whenever it was
 * fetched (REC-5): the resource's own term; when it starts after the month's first instant and is
 * a renewal, the earlier terms rebuilt back to the one holding that instant, each ending where the
 * next begins and as long as the resource's term (TIME-4, counted back from its start), none
 * before the UTC day of `creationDate` (that term is the purchase) — a resource in its Extended
 * Service Term back through its months to the day the file's lines say it began, then the
 * committed term whose end began it (EST-3), a year long; when it ends before the
 * month's end and renews itself plainly, the terms the rules renew it into (an Extended Service
 * Term, a cancellation or a scheduled change is left to the rules' own `advance`). A term is a
 * renewal when it starts on a day after `creationDate`'s, or, without `creationDate`, when the
 * file bills its first day as `renew` or `cycleCharge`.
 *
 * @param resource - The resource, as fetched.
 * @param window - The month's days (`--period`, else the file's).
 * @param groups - The file's groups of it: the days it bills `renew` or `cycleCharge` on say
 *   which terms renew, for a resource without `creationDate`.
 * @returns The terms in time order; `undefined` when the resource does not state its term (the
 *   reader then says why).
 */
export function termsOfMonth(
  resource: Readonly<Record<string, unknown>>,
  window: FileWindow,
  groups: readonly Pick<
    FileGroup,
    'known' | 'chargeKey' | 'startDay' | 'endDay' | 'est' | 'credit'
  >[],
): readonly MonthTerm[] | undefined {
  const months = NEW_COMMERCE_TERM_MONTHS[resource.termDuration as NewCommerceTerm];
  const startMs = instantMs(resource.effectiveStartDate);
  const statedMs = instantMs(resource.commitmentEndDate);
  if (months === undefined || !Number.isFinite(startMs) || !Number.isFinite(statedMs))
    return undefined;
  const endMs = startOfUtcDay(statedMs) + DAY;
  if (endMs <= startMs) return undefined;
  const createdMs = instantMs(resource.creationDate);
  const createdDay = Number.isFinite(createdMs) ? startOfUtcDay(createdMs) : undefined;
  const renewal = (ms: number): boolean => {
    if (createdDay !== undefined) return startOfUtcDay(ms) > createdDay;
    const day = Math.floor(ms / DAY);
    return groups.some(
      (group) => group.known && group.startDay === day && RENEWED.includes(group.chargeKey),
    );
  };
  const firstMs = window.firstDay * DAY;
  const toMs = (window.lastDay + 1) * DAY - 1;
  // the resource's term as the n-th counted from the purchase (TIME-4), when it is one
  let nth = 0;
  if (createdDay !== undefined && startOfUtcDay(startMs) > createdDay) {
    let n = Math.max(1, Math.floor((startMs - createdMs) / (months * 2_629_746_000)) - 1);
    while (n < MOST && newCommerceTermEndAt(createdMs, months, n) < startOfUtcDay(startMs)) n++;
    if (newCommerceTermEndAt(createdMs, months, n) === startOfUtcDay(startMs)) nth = n;
  }
  const anchor = nth > 0 ? { anchorMs: createdMs } : {};
  const terms: MonthTerm[] = [
    { startMs, endMs, renewal: renewal(startMs), read: 'as-read', ...anchor },
  ];
  // an Extended Service Term goes back through its months to the committed term whose end began
  // it (EST-3), where the file's lines say when that was
  const estNamed = [resource.offerName, resource.friendlyName].some(
    (name) => typeof name === 'string' && EST_NAME.test(name),
  );
  const estDay = estNamed ? estBeganDay(groups) : undefined;
  const estFromMs = estDay === undefined || estDay * DAY > startMs ? undefined : estDay * DAY;
  let committed = false;
  // fetched after the month: back to the term holding its first instant
  if (startMs > firstMs && renewal(startMs))
    for (let k = 1; k <= MOST; k++) {
      const next = (terms[0] as MonthTerm).startMs;
      if (estFromMs !== undefined && next <= estFromMs) committed = true;
      let from = committed
        ? addMonthsClamped(startOfUtcDay(next), -12)
        : nth > 0
          ? nth - k > 0
            ? newCommerceTermEndAt(createdMs, months, nth - k)
            : (createdDay as number)
          : addMonthsClamped(startOfUtcDay(startMs), -months * k);
      if (!committed && estFromMs !== undefined && from < estFromMs) from = estFromMs;
      const purchase = createdDay !== undefined && from <= createdDay;
      if (purchase) from = createdDay as number;
      if (from >= next) break;
      terms.unshift({
        startMs: from,
        endMs: next,
        renewal: !purchase,
        read: 'rebuilt',
        ...(committed ? { committed: true as const } : anchor),
      });
      if (purchase || from <= firstMs) break;
    }
  // fetched before the month's end: forward over its renewals, by the rules
  if (renewsPlainly(resource))
    for (let n = 2; n <= MOST; n++) {
      const last = terms[terms.length - 1] as MonthTerm;
      if (last.endMs > toMs) break;
      terms.push({
        startMs: last.endMs,
        endMs:
          nth > 0
            ? newCommerceTermEndAt(createdMs, months, nth + n - 1)
            : newCommerceTermEndAt(startMs, months, n),
        renewal: true,
        read: 'advanced',
        ...anchor,
      });
    }
  return terms;
}
