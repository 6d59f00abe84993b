import { sameDecimal } from '../../kernel/fileDecimal.ts';
import { MS_PER_DAY as DAY } from '../../kernel/units.ts';
import { isSold } from '../../lifecycle/newCommerce/machine/isSold.ts';
import { nominalDays, periodCharge } from '../../lifecycle/newCommerce/machine/periods.ts';
import type { PriceListRow } from '../../partnerCenter/PartnerCenterReadOptions.ts';
import { readPeriodPrice } from '../../prices/readPeriodPrice.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { Money } from '../../pricing/money.ts';
import {
  type BilledTerm,
  type BillingPeriod,
  billingBoundary,
} from '../../time/billingPeriodAt.ts';
import { daysBetween } from '../../time/daysBetween.ts';
import { newCommerceTermEndAt } from '../../time/newCommerceTermEndAt.ts';
import { startOfUtcDay } from '../../time/startOfUtcDay.ts';
import { CHARGE_TYPES } from './chargeTypes.ts';
import type { FileChange, FileWindow } from './FileChange.ts';
import { fileChanges } from './fileChanges.ts';
import type { FileSeats } from './fileSeats.ts';
import { instantMs } from './instantMs.ts';
import type { FileGroup } from './LineGroups.ts';
import {
  changeInstant,
  type DecideCancellation,
  plainChangeLine,
  statedWindowEnd,
} from './plainChange.ts';
import { type MonthTerms, termsOfMonth } from './termsOfMonth.ts';

/** A subscription as the command holds it, to be decided plain or not. */
export interface PlainInput {
  /** Its `SubscriptionId`. */
  readonly id: string | undefined;
  /** Its resource, as fetched after the file. */
  readonly resource: Readonly<Record<string, unknown>> | undefined;
  /** Its groups in the file. */
  readonly groups: readonly FileGroup[];
  /** Its price, or why it has none. */
  readonly price: { readonly price: PriceListRow } | { readonly missing: string };
  /** Its rows that cannot be read. */
  readonly unreadRows: readonly number[] | undefined;
  /** The seats its lines leave it with, when they say. */
  readonly fileSeats: FileSeats | undefined;
  /** Its terms of the month, when read already (`replayInputs`); else read here. */
  readonly monthTerms?: MonthTerms | undefined;
}

/** The charge types a plain subscription is billed with, as groups key them (lower case). */
const PURCHASE = CHARGE_TYPES.purchase.toLowerCase();
const CYCLE = CHARGE_TYPES.cycle.toLowerCase();
const RENEWAL = CHARGE_TYPES.renewal.toLowerCase();
/** The charge types of a change of seats (REC-1, R2). */
const ADD = CHARGE_TYPES['add-quantity'].toLowerCase();
const REMOVE = CHARGE_TYPES['remove-quantity'].toLowerCase();
const CANCEL = CHARGE_TYPES.cancel.toLowerCase();

/** The average month, to guess which term an instant is in before walking to it. */
const MONTH_MS = 2_629_746_000;

/** A price-list row's `UnitPrice` read as one billing period's price (PCR-1's reader's form). */
const UNIT_PRICE = /^(\d+)(?:\.(\d*))?$/;

/**
 * Whether a field is the text `want` (lower case) in any case: the case Partner Center writes it
 * in compared first, so the usual field makes no lower-case copy.
 */
const is = (value: unknown, want: string): boolean =>
  value === want ||
  (typeof value === 'string' && value.length === want.length && value.toLowerCase() === want);

/** Whether a field is absent (`undefined` or `null`). */
const absent = (value: unknown): boolean => value === undefined || value === null;

/**
 * Whether a group's decimal (`units` at `scale`) is `want` minor units at `wantScale`, exactly
 * (`sameDecimal`): the usual case — a number at the currency's own scale — compared without making
 * a decimal of either.
 */
function same(units: number | bigint, scale: number, want: number, wantScale: number): boolean {
  if (typeof units === 'number' && scale === wantScale) return units === want;
  return sameDecimal({ units, scale }, { units: want, scale: wantScale });
}

/** Whether a name says Extended Service Term, in any case or spacing (EST-6): never plain. */
const EST_NAME = /extended\s*service\s*term/i;

/**
 * One expected line of a plain subscription: its group's charge type and days, its money and
 * seats (negative for a credit), its price per seat, and what a change printed as two lines bills.
 */
interface PlainCharge {
  readonly chargeKey: string;
  readonly startDay: number;
  readonly endDay: number;
  readonly amount: number;
  readonly seats: number;
  readonly perSeat: number;
  readonly twoLine?: number | undefined;
}

/** One billing period's price, in minor units. */
type PeriodPrice = { readonly amount: number; readonly currency: string };

/**
 * The rows read, by row (a row is plain data the caller does not change while it reconciles): one
 * place for each term and plan a plain subscription can have (P1M or P1Y, monthly or annual).
 */
const READ = new WeakMap<object, (PeriodPrice | undefined | null)[]>();

/**
 * The price of one billing period the reader takes from a price row (PL-2, PCR-1), in minor
 * units, or `undefined` for anything it might refuse or read otherwise (the subscription then
 * goes the exact way, which says why).
 */
function periodPriceOf(row: PriceListRow, term: string, plan: string): PeriodPrice | undefined {
  // a price list's rows price many subscriptions each: a row read once for each term and plan
  let read = READ.get(row);
  if (read === undefined) {
    // null: not read yet
    read = [null, null, null, null];
    READ.set(row, read);
  }
  const at = (term === 'P1Y' ? 2 : 0) + (plan === 'Annual' ? 1 : 0);
  const known = read[at];
  if (known !== null) return known;
  const price = readPriceRow(row, term, plan);
  read[at] = price;
  return price;
}

/** {@link periodPriceOf}, uncached. */
function readPriceRow(row: PriceListRow, term: string, plan: string): PeriodPrice | undefined {
  const record = row as unknown as Readonly<Record<string, unknown>>;
  if (record.TermDuration !== undefined || record.BillingPlan !== undefined) {
    const termText = record.TermDuration ?? term;
    const planText = record.BillingPlan ?? plan;
    if (typeof termText !== 'string' || termText.trim().toLowerCase() !== term.toLowerCase())
      return undefined;
    if (typeof planText !== 'string' || planText.trim().toLowerCase() !== plan.toLowerCase())
      return undefined;
    try {
      const price = readPeriodPrice(
        { ...record, TermDuration: termText, BillingPlan: planText },
        'options.price',
      );
      return { amount: price.amount, currency: price.currency };
    } catch {
      return undefined;
    }
  }
  // a row without a term is one billing period's price: its decimals past the currency's must be
  // zeros, as the reader requires
  const currency = record.Currency;
  if (typeof currency !== 'string' || !Object.hasOwn(currencyExponents, currency)) return undefined;
  const exponent = currencyExponents[currency as keyof typeof currencyExponents];
  const value = record.UnitPrice;
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const match = UNIT_PRICE.exec(text);
  if (match === null) return undefined;
  const decimals = match[2] ?? '';
  let end = decimals.length;
  while (end > 0 && decimals.charCodeAt(end - 1) === 48) end--;
  if (end > exponent) return undefined;
  const amount = Number((match[1] as string) + decimals.slice(0, end).padEnd(exponent, '0'));
  return Number.isSafeInteger(amount) ? { amount, currency } : undefined;
}

/**
 * The fields of a resource billed plainly (PCR-1): a New Commerce licence, active, renewing
 * itself, no trial, no Extended Service Term, nothing scheduled, whole seats, an annual or monthly
 * term billed monthly or (annual) yearly — or `undefined` when any field says otherwise or
 * might be read otherwise.
 */
function plainResource(
  r: Readonly<Record<string, unknown>>,
  cancelled: boolean,
):
  | {
      readonly term: 'P1M' | 'P1Y';
      readonly cycle: 'monthly' | 'annual';
      readonly quantity: number;
      readonly orderedMs: number;
      readonly statedEndMs: number;
      readonly cancellableUntilMs: number | null | undefined;
    }
  | undefined {
  const type = r.productType;
  if (typeof type !== 'object' || type === null || Array.isArray(type)) return undefined;
  if (!is((type as { id?: unknown }).id, 'onlineservicesnce')) return undefined;
  if (!is(r.billingType, 'license') || r.isMicrosoftProduct !== true) return undefined;
  if (!absent(r.unitType) && (typeof r.unitType !== 'string' || is(r.unitType, 'usage')))
    return undefined;
  // a resource deleted by the file's cancellation was active before it (REC-3)
  if (!is(r.status, 'active') && !(cancelled && r.status === 'deleted')) return undefined;
  if (r.autoRenewEnabled !== true) return undefined;
  if (r.isTrial !== undefined && r.isTrial !== false) return undefined;
  // what the term's end does, the refund windows, an Extended Service Term: the exact way reads them
  if (!absent(r.scheduledActions) || r.extendedServiceTerm !== undefined) return undefined;
  if (r.endOfTerm !== undefined || !absent(r.refundOptions)) return undefined;
  // a promotion the resource names discounts its term, or is a note when not given (PL-5)
  if (!absent(r.promotionId)) return undefined;
  for (const name of [r.offerName, r.friendlyName])
    if (!absent(name) && (typeof name !== 'string' || EST_NAME.test(name))) return undefined;
  if (!absent(r.offerId) && (typeof r.offerId !== 'string' || r.offerId === '')) return undefined;
  // the window a resource states (null: none), kept by the reader for its first term (PCR-1)
  const stated = r.cancellationAllowedUntilDate;
  const cancellableUntilMs =
    stated === undefined ? undefined : stated === null ? null : instantMs(stated);
  if (Number.isNaN(cancellableUntilMs)) return undefined;
  const duration = r.termDuration;
  const term =
    duration === 'P1Y' || duration === 'P1M'
      ? duration
      : typeof duration === 'string'
        ? duration.toUpperCase()
        : undefined;
  const cycle = is(r.billingCycle, 'monthly')
    ? 'monthly'
    : is(r.billingCycle, 'annual')
      ? 'annual'
      : undefined;
  if (term !== 'P1M' && term !== 'P1Y') return undefined;
  if (cycle !== 'monthly' && cycle !== 'annual') return undefined;
  if (term === 'P1M' && cycle !== 'monthly') return undefined;
  if (!isSold('license-based', term, cycle)) return undefined;
  const quantity = r.quantity;
  if (typeof quantity !== 'number' || !Number.isSafeInteger(quantity) || quantity < 1)
    return undefined;
  // read as the replay and the resource reader read them (both the strict instant reader)
  const orderedMs = instantMs(r.effectiveStartDate);
  const statedMs = instantMs(r.commitmentEndDate);
  if (Number.isNaN(orderedMs) || Number.isNaN(statedMs)) return undefined;
  return {
    term,
    cycle,
    quantity,
    orderedMs,
    statedEndMs: startOfUtcDay(statedMs) + DAY,
    cancellableUntilMs,
  };
}

/**
 * Whether a subscription is billed plainly, and if so whether its file's groups are each exactly
 * what the rules bill (REC-2, REC-3, CHG-1): a New Commerce licence whose file bills only its
 * purchase, its billing periods' cycles and its renewals, all at one price, and at most one change
 * of seats — seats added (CHG-2), seats removed (NCE-6) or a cancellation (NCE-4) — no suspension,
 * no promotion (none named by the resource, none given to the run), no Extended Service Term.
 * Its charges are computed straight from the resource and the price: the term that held the
 * file's first day (TIME-4), each billing period that starts in the file's days, priced P·Q
 * (CHG-1) or, for a period cut short, by Partner Center's proration (MID-3), the purchase when it
 * falls on those days and every renewal at the term's price (PL-4, no list) — what the exact
 * replay bills for such a subscription, without the state machine, the charge effects or the
 * invoice lines. With a change, a period that starts by the change's instant is billed for the
 * seats before it (the resource's less the change's net), a later one for the seats after it
 * (none after a cancellation), and the change's own line is the machine's (`plainChangeLine`),
 * placed where the replay bills it.
 *
 * Decided: this answers only "every group matched"; a subscription that is not plain, or whose
 * file differs from those charges in any way (a group missing, more, different money, another
 * currency, a promotion printed), gives `undefined` and goes the exact way, which says what
 * differs — so the findings are the exact way's, finding for finding.
 *
 * @param input - The subscription.
 * @param window - The file's days.
 * @param decide - The cancellation decision (the root entry's `cancellationDecision`), which says
 *   whether seats can be removed or the subscription cancelled for a prorated credit.
 * @returns For each of its groups matched, in the order the rules bill them, whether the file
 *   prints an `EffectiveUnitPrice` other than the charge's (a note); `undefined` for the exact way.
 */
export function plainMatch(
  input: PlainInput,
  window: FileWindow | undefined,
  decide: DecideCancellation,
): readonly boolean[] | undefined {
  const { resource, groups } = input;
  if (window === undefined || resource === undefined || input.id === undefined) return undefined;
  if ('missing' in input.price || (input.unreadRows?.length ?? 0) > 0) return undefined;
  if (groups.length === 0) return undefined;
  // the groups that change seats: at most one change, read as the exact way reads it
  let changing = false;
  let cancelled = false;
  for (const group of groups) {
    const key = group.chargeKey;
    if (key === ADD || key === REMOVE || key === CANCEL) {
      changing = true;
      if (key === CANCEL) cancelled = true;
    }
  }
  const read = plainResource(resource, cancelled);
  if (read === undefined) return undefined;
  const { quantity, orderedMs } = read;
  // a term read back or forward to the month, or one whose first period in it is a renewal
  // (REC-5): the exact way reads them
  const terms =
    input.monthTerms === undefined
      ? termsOfMonth(resource, window, groups)
      : input.monthTerms.terms;
  if (
    terms === undefined ||
    terms.length !== 1 ||
    (terms[0]?.renewal === true && orderedMs >= window.firstDay * DAY)
  )
    return undefined;
  // a resource fetched after a later seat change: the exact way takes the file's seats back
  if (input.fileSeats !== undefined && input.fileSeats.seats !== quantity) return undefined;
  for (const group of groups) {
    if (!group.known || group.est || group.subscriptionId !== input.id) return undefined;
    if (group.promotionId !== undefined && group.promotionId !== '') return undefined;
    const key = group.chargeKey;
    if (
      key !== PURCHASE &&
      key !== CYCLE &&
      key !== RENEWAL &&
      key !== ADD &&
      key !== REMOVE &&
      key !== CANCEL
    )
      return undefined;
    // a purchase billed before the term's start the resource states (a problem the exact way says)
    if (key === PURCHASE && group.startDay * DAY < orderedMs - DAY + 1) return undefined;
  }
  // one change of seats (NCE-6, NCE-4): the seats before it are the resource's less its net
  let change: FileChange | undefined;
  let before = quantity;
  if (changing) {
    const read = fileChanges(groups);
    if (read.problems.length > 0 || read.changes.length !== 1) return undefined;
    change = read.changes[0] as FileChange;
    if (change.kind === 'add') before = quantity - change.seats;
    else if (change.kind === 'remove') before = quantity + change.seats;
    if (before < 1 || !Number.isSafeInteger(before)) return undefined;
  }
  // the seats after the change, and the most seats billed at once
  const after = change === undefined || change.kind !== 'cancel' ? quantity : 0;
  const most = before > quantity ? before : quantity;
  const termMonths = read.term === 'P1M' ? 1 : 12;
  const months = read.cycle === 'monthly' ? 1 : 12;
  const plan = read.cycle === 'monthly' ? 'Monthly' : 'Annual';
  const price = periodPriceOf(input.price.price, read.term, plan);
  if (price === undefined || !Number.isSafeInteger(price.amount * most)) return undefined;
  const firstMs = window.firstDay * DAY;
  const toMs = (window.lastDay + 1) * DAY - 1;
  const asOfMs = Math.max(orderedMs, firstMs - 1);
  // the term that held the replay's start (TIME-4); a resource stating an earlier end, or one
  // aligned to another date, is read otherwise: the exact way
  // the first n whose term ends after asOf: guessed from the average month, then walked to it
  let n = Math.max(1, Math.floor((asOfMs - orderedMs) / (termMonths * MONTH_MS)));
  if (n >= 1200) return undefined;
  // each term's end worked out once: the start of term n is the end of term n − 1
  const startOf = (k: number): number =>
    k === 1 ? orderedMs : newCommerceTermEndAt(orderedMs, termMonths, k - 1);
  let startMs = startOf(n);
  while (n > 1 && startMs > asOfMs) startMs = startOf(--n);
  let endMs = newCommerceTermEndAt(orderedMs, termMonths, n);
  while (endMs <= asOfMs && n < 1200) {
    startMs = endMs;
    endMs = newCommerceTermEndAt(orderedMs, termMonths, ++n);
  }
  if (endMs <= asOfMs || read.statedEndMs < endMs) return undefined;
  // a resource renewed since states a later term's window, which the reader drops (PCR-1)
  const statedWindow = read.statedEndMs > endMs ? undefined : read.cancellableUntilMs;
  let term: BilledTerm = { startMs, endMs, months: termMonths };
  // the change's instant, as the replay applies it; without one, every period has the same seats
  const atMs = change === undefined ? toMs + 1 : changeInstant(change, orderedMs, asOfMs, term);
  if (atMs === undefined || (change !== undefined && atMs > toMs)) return undefined;
  // the term holding the change, and how many charges come before it (the replay's order)
  let changeTerm: BilledTerm | undefined = atMs < term.endMs ? term : undefined;
  let changeTermNumber = n;
  let chargesBefore = -1;
  const state = { billingFrequency: read.cycle } as never;
  const charges: PlainCharge[] = [];
  const charge = (chargeKey: string, period: BillingPeriod): boolean => {
    // a period that starts by the change is billed before it (`advance` to its instant), with
    // the seats before it; a later one with the seats after it, none after a cancellation
    const early = period.startMs <= atMs;
    if (!early && chargesBefore < 0) chargesBefore = charges.length;
    const seats = early ? before : after;
    if (seats === 0) return true;
    const own = daysBetween(period.startMs, period.endMs);
    const amount = periodCharge(price.amount, seats, own, nominalDays(state, period, term));
    const startDay = Math.floor(period.startMs / DAY);
    const endDay = Math.floor(period.endMs / DAY) - 1;
    // a line of less than a day, or a price per seat that is not whole minor units: exact way
    if (endDay < startDay || amount % seats !== 0) return false;
    charges.push({ chargeKey, startDay, endDay, amount, seats, perSeat: amount / seats });
    return true;
  };
  // a period's end is the next one's start: each boundary of a term worked out once
  let boundaryTerm = term;
  let boundaryIndex = -1;
  let boundaryMs = 0;
  const boundary = (index: number): number => {
    if (boundaryTerm === term && boundaryIndex === index) return boundaryMs;
    boundaryTerm = term;
    boundaryIndex = index;
    boundaryMs = billingBoundary(term, months, index);
    return boundaryMs;
  };
  const periodOf = (index: number): BillingPeriod => {
    const startMs = boundary(index);
    return { startMs, endMs: boundary(index + 1), index };
  };
  // the purchase, when it falls on the file's days (CHG-1): the first period of the first term
  if (orderedMs >= firstMs && !charge(PURCHASE, periodOf(0))) return undefined;
  // the cycles and renewals in (asOf, end of the file's last day] (CHG-3)
  // the period that held asOf, as `billingPeriodAt` finds it (guessed from the average month,
  // then walked): only its index is needed, its end is the next period's start (`boundary` keeps it)
  let index = Math.max(0, Math.floor((asOfMs - term.startMs) / (months * MONTH_MS)));
  while (index > 0 && boundary(index) > asOfMs) index--;
  for (let endMs = boundary(index + 1); endMs <= asOfMs && endMs < term.endMs; )
    endMs = boundary(++index + 1);
  for (;;) {
    for (index++; index < 1200; index++) {
      // a period's start decides whether it is billed; its end is worked out only then
      const startMs = boundary(index);
      if (startMs > toMs || startMs >= term.endMs) break;
      if (!charge(CYCLE, { startMs, endMs: boundary(index + 1), index })) return undefined;
    }
    if (term.endMs > toMs || n >= 1200) break;
    // renewed at the term's end, at the term's price (PL-4 without a list), anchored as before
    n++;
    term = {
      startMs: term.endMs,
      endMs: newCommerceTermEndAt(orderedMs, termMonths, n),
      months: termMonths,
    };
    index = 0;
    if (changeTerm === undefined && atMs < term.endMs) {
      changeTerm = term;
      changeTermNumber = n;
    }
    if (!charge(RENEWAL, periodOf(0))) return undefined;
  }
  // a file with more or fewer groups than the charges differs: known before the change's line
  // is made (the cancellation decision among it)
  if (charges.length + (change === undefined ? 0 : 1) !== groups.length) return undefined;
  if (change !== undefined) {
    if (changeTerm === undefined) return undefined;
    const line = plainChangeLine(
      change,
      atMs,
      {
        term: read.term,
        cycle: read.cycle,
        orderedMs,
        price: price as Money,
        before,
        termNumber: changeTermNumber,
        cancellableUntil: statedWindow === undefined ? undefined : statedWindowEnd(statedWindow),
      },
      changeTerm,
      decide,
    );
    if (line === undefined) return undefined;
    const effect = line.effect;
    if (effect === undefined || typeof line.subtotal.units !== 'number') return undefined;
    const seats = Number(line.billableQuantity.units);
    const perSeat = line.effectiveUnitPrice?.units;
    if (typeof perSeat !== 'number' || !Number.isSafeInteger(perSeat)) return undefined;
    charges.splice(chargesBefore < 0 ? charges.length : chargesBefore, 0, {
      chargeKey: line.chargeType.toLowerCase(),
      startDay: line.startDay,
      endDay: line.endDay,
      amount: line.subtotal.units,
      seats,
      perSeat,
      twoLine: effect.twoLine?.amount,
    });
  }
  if (charges.length !== groups.length) return undefined;
  const exponent = currencyExponents[price.currency as keyof typeof currencyExponents];
  // each charge the one group of its charge type and days, no group twice: the groups of one
  // subscription are few, so they are scanned rather than keyed by text
  const used: boolean[] = [];
  const noted: boolean[] = [];
  for (const { chargeKey, startDay, endDay, amount, seats: billed, perSeat, twoLine } of charges) {
    let found = -1;
    for (let i = 0; i < groups.length; i++) {
      const other = groups[i] as FileGroup;
      if (other.chargeKey !== chargeKey || other.startDay !== startDay || other.endDay !== endDay)
        continue;
      // two groups of one key (in two currencies): the exact way says which is which
      if (found >= 0) return undefined;
      found = i;
    }
    if (found < 0 || used[found] === true) return undefined;
    used[found] = true;
    const group = groups[found] as FileGroup;
    if (group.currency !== price.currency) return undefined;
    const { subtotalUnits, subtotalScale } = group;
    // a change printed as two lines (a reversal beside the new seats, R2, R4) may bill its form
    const twoLineForm = !group.credit && group.negativeLines > 0 && group.positiveLines > 0;
    if (
      !same(subtotalUnits, subtotalScale, amount, exponent) &&
      !(
        twoLineForm &&
        twoLine !== undefined &&
        same(subtotalUnits, subtotalScale, twoLine, exponent)
      )
    )
      return undefined;
    if (!same(group.quantityUnits, group.quantityScale, billed, 0)) return undefined;
    // an EffectiveUnitPrice printed otherwise on a group of one line is a note (REC-2, R3)
    const printed = group.priceUnits;
    noted.push(
      group.lines === 1 &&
        printed !== undefined &&
        printed !== null &&
        !same(
          typeof printed === 'number' ? Math.abs(printed) : printed < 0n ? -printed : printed,
          group.priceScale,
          perSeat,
          exponent,
        ),
    );
  }
  return noted;
}
