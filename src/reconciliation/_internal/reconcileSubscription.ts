import { MS_PER_DAY as DAY } from '../../kernel/units.ts';
import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import type { MessageOptions } from '../../messages/types.ts';
import type { PartnerCenterReadOptions } from '../../partnerCenter/PartnerCenterReadOptions.ts';
import type { PromotionOptions } from '../../prices/types.ts';
import type { Money } from '../../pricing/money.ts';
import type { NewCommerceRules, ReconcileTerm } from '../replayTypes.ts';
import type { BilledLine } from './BilledLine.ts';
import { compareLines, type GroupComparison } from './compareGroups.ts';
import { effectLines } from './expectedLines.ts';
import type { FileChange, FileWindow } from './FileChange.ts';
import { fileChanges } from './fileChanges.ts';
import type { FileSeats } from './fileSeats.ts';
import { instantMs } from './instantMs.ts';
import { isoText } from './isoInstants.ts';
import type { FileGroup } from './LineGroups.ts';
import { type ReadReconcileOptions, readReconcileOptions } from './readReconcileOptions.ts';
import { readTerm, type TermPrice } from './readTerm.ts';
import { type Refusal, type Replay, replay } from './replay.ts';
import { resourceAtStart } from './resourceAtStart.ts';
import { resourceFault } from './resourceFault.ts';
import { LIST_NAMES, type SourceNames } from './SourceNames.ts';
import { seatsAlone } from './seatsAlone.ts';
import { sheetRow } from './sheetRow.ts';
import type { TermPriceSource, TermPrices } from './termPrices.ts';
import { termResource } from './termResource.ts';
import { type MonthTerm, type MonthTerms, termsOfMonth } from './termsOfMonth.ts';
import { sentence, textsFor } from './texts/textsFor.ts';

/** What one subscription's reconciliation found. */
export interface SubscriptionOutcome {
  /** Its groups: matched, missing, unexpected, different. */
  readonly comparison: GroupComparison;
  /** The file's changes the rules refuse. */
  readonly refusals: readonly Refusal[];
  /** Why it could not be replayed, or only in part (its groups are then unexpected). */
  readonly problems: readonly string[];
  /**
   * What the replay took otherwise than the resource says, and why: a resource fetched after a
   * later seat change (the file's own seats were taken back instead).
   */
  readonly notes?: readonly string[];
  /** Its groups left uncompared: a row of it cannot be read, so nothing of it can be verified. */
  readonly unverified: number;
  /** `true` when the resources given have none of it: its lines may be another partner's (REC-6). */
  readonly notGiven?: true;
  /**
   * A seat's month in the annual term billed monthly, from the price list (REC-6): what an
   * Extended Service Term's remedy sets its price against (`SubscriptionInput.committedPrice`).
   */
  readonly committedPrice?: Money;
  /**
   * The replay, when there was one: the state read at the start, the file's changes, what the
   * rules billed and the state they left — what a remedy and an explanation are worked out from.
   */
  readonly played?: {
    readonly start: NewCommerceSubscription;
    readonly changes: readonly FileChange[];
    readonly effects: Replay['effects'];
    readonly end: NewCommerceSubscription;
    /**
     * The terms replayed (REC-5): as read from the resource, rebuilt back or advanced to the
     * month, each with its seats, price and where the price came from.
     */
    readonly terms?: readonly ReconcileTerm[];
  };
}

/** Why a subscription has no price; with the list's markets when nothing says its own (PL-7). */
type NoPrice = { readonly missing: string; readonly noMarket?: readonly string[] | undefined };

/** What the subscription is compared with, and how. */
export interface SubscriptionInput {
  /** The subscription's id. */
  readonly id: string | undefined;
  /** Its resource, as fetched after the file; `undefined` when the resources have none. */
  readonly resource: Readonly<Record<string, unknown>> | undefined;
  /** Why it has no resource, when it has none (`--subscriptions has no resource for it`). */
  readonly noResource: string;
  /** Its groups in the file. */
  readonly groups: readonly FileGroup[];
  /** Its price, or why it has none. */
  readonly price: TermPrice | NoPrice;
  /**
   * The prices of its terms read back or forward to the month (REC-5), by each term's start in
   * epoch ms (`termsOfMonth`, `termResource`): the file's or the list's at that term's start; a
   * term not listed takes `price`.
   */
  readonly termPrices?: TermPrices | undefined;
  /**
   * Its terms of the month, when read already (`replayInputs`): the same as read here, since a
   * term does not depend on the seats taken back from the file.
   */
  readonly monthTerms?: MonthTerms | undefined;
  /**
   * A seat's month in the annual term billed monthly, from the price list, for a resource that
   * may be in or enter its Extended Service Term (`committedPrice`, REC-6).
   */
  readonly committedPrice?: Money | undefined;
  /** The rows of it that cannot be read (their `SubscriptionId` read alone), when any. */
  readonly unreadRows?: readonly number[] | undefined;
  /** The seats its lines leave it with, when the file prints `Quantity`. */
  readonly fileSeats?: FileSeats | undefined;
  /**
   * What an Extended Service Term is priced from (EST-3, EST-7), when the caller gave it
   * (`--est-base`, `options.extendedServiceTermBase`): the reader's option of that name.
   */
  readonly estBase?: PartnerCenterReadOptions['extendedServiceTermBase'];
  /**
   * The price list's base of the Extended Service Term month a resource moves into by the month's
   * end (`estListBase`, PL-3): where the list has one it wins over `estBase`, as the lifecycle's
   * list does.
   */
  readonly estListBase?: PartnerCenterReadOptions['extendedServiceTermBase'];
  /** How its findings name the base and the price list; a caller's words without it. */
  readonly names?: SourceNames | undefined;
  /**
   * Where to count its groups matched, when the caller reads nothing of a match but whether it has
   * notes (a tally): one entry per group matched, `true` when it has notes, and
   * `comparison.matched` left empty (see `compareLines`).
   */
  readonly counted?: boolean[] | undefined;
}

/**
 * The differences of seats alone on a term rebuilt back (REC-5) with a note saying so: its seats
 * are the resource's, fetched after the month, so a seat change since then is not visible in it.
 */
function noteRebuiltSeats(
  comparison: GroupComparison,
  terms: readonly MonthTerm[],
  window: FileWindow,
  options: MessageOptions,
): GroupComparison {
  const rebuilt = terms.filter((term) => term.read === 'rebuilt');
  if (rebuilt.length === 0 || comparison.different.length === 0) return comparison;
  const onRebuilt = (day: number): boolean =>
    rebuilt.some(
      (term) =>
        day >= Math.max(window.firstDay, Math.floor(term.startMs / DAY)) &&
        day < Math.ceil(term.endMs / DAY),
    );
  let note: string | undefined;
  const different = comparison.different.map((entry) => {
    const day = Math.floor(Date.parse(`${entry.chargeStartDate}T00:00:00Z`) / DAY);
    if (!Number.isFinite(day) || !onRebuilt(day) || !seatsAlone(entry)) return entry;
    note ??= sentence(textsFor(options.locale), 'rebuilt-seats', {});
    return { ...entry, message: `${entry.message}${note}` };
  });
  return { ...comparison, different };
}

/** Which rows, for a sentence: `row 3`, `rows 3, 7`. */
function rowsText(rows: readonly number[]): string {
  return `${rows.length === 1 ? 'row' : 'rows'} ${rows.map(sheetRow).join(', ')}`;
}

/**
 * Why a subscription has no price, in the caller's language where the list holds several markets
 * and nothing says its own (PL-7).
 */
function noPrice(price: NoPrice, names: SourceNames, locale: MessageOptions['locale']): string {
  if (price.noMarket === undefined) return price.missing;
  return sentence(textsFor(locale), 'no-market', {
    prices: names.prices,
    count: price.noMarket.length,
    markets: price.noMarket.join(', '),
    market: names.market,
  });
}

/**
 * A price that stands in for one not known, to learn whether the month bills a charge at all
 * (PL-7): what it bills is never compared or shown, only whether it bills anything.
 */
const STAND_IN: TermPrice = { price: { UnitPrice: '12', Currency: 'USD' } };

/**
 * Whether a subscription has no price (its own or a term's) and the file no line of it: its
 * replay then decides whether a price is needed at all (PL-7).
 */
function unpricedWithoutLines(input: SubscriptionInput): boolean {
  if (input.groups.length > 0 || (input.unreadRows ?? []).length > 0) return false;
  return (
    'missing' in input.price || (input.termPrices ?? []).some((term) => 'missing' in term.price)
  );
}

/**
 * Whether the month bills a subscription without lines nothing (PL-7): replayed at a stand-in
 * price, it reads without a problem and bills no charge. A resource that cannot be read bills
 * something as far as this says, so its own problem is still told.
 */
function billsNothing(
  rules: NewCommerceRules,
  input: SubscriptionInput,
  window: FileWindow,
  options: MessageOptions & PromotionOptions,
): boolean {
  const standIn: SubscriptionInput = {
    ...input,
    price: 'missing' in input.price ? STAND_IN : input.price,
    termPrices: input.termPrices?.map((term) =>
      'missing' in term.price ? { ...term, price: STAND_IN } : term,
    ),
  };
  const played = reconcileSubscription(rules, standIn, window, options);
  const { comparison } = played;
  return (
    played.played !== undefined &&
    played.problems.length === 0 &&
    played.unverified === 0 &&
    comparison.missing.length === 0 &&
    comparison.different.length === 0 &&
    comparison.unexpected.length === 0
  );
}

/** Whether a resource is billed by usage (PCR-1): an Azure plan, a `usage` billing or unit type. */
function usageBilled(resource: Readonly<Record<string, unknown>>): boolean {
  const type = (resource.productType as { id?: unknown } | null | undefined)?.id;
  const usage = (value: unknown): boolean =>
    typeof value === 'string' && value.trim().toLowerCase().startsWith('usage');
  return (
    (typeof type === 'string' && type.toLowerCase() === 'azure') ||
    usage(resource.billingType) ||
    usage(resource.unitType)
  );
}

/**
 * Reconciles one subscription (REC-2, REC-3): the resource read (PCR-1) at the file's first day or
 * its own start, whichever is later, taken back over the file's changes; the replay of what the
 * rules bill over the file's days; the comparison of that with the file's groups of it. What keeps
 * it from being replayed — no resource, a resource the reader refuses (its message), a legacy
 * subscription, no price — is a problem, and its groups are then all unexpected: reported, never
 * dropped. A subscription with a row that cannot be read is not compared at all: the missing row
 * may be any of its changes, and replaying without it would blame the lines that are right (a
 * purchase of 15 seats for the 5 the lost row added) — its groups are counted unverified, and it
 * is a problem, never a difference.
 *
 * @param rules - The New Commerce rules to read and replay with.
 * @param input - The subscription, its resource, groups and price.
 * @param window - The file's days; `undefined` when it bills no charge of a known type.
 * @param options - `{ locale }`; `promotions`, which the reader takes the promotion a resource
 *   names from (PL-5) and the replay's renewals apply.
 * @returns What it found.
 */
export function reconcileSubscription(
  rules: NewCommerceRules,
  input: SubscriptionInput,
  window: FileWindow | undefined,
  options: MessageOptions & PromotionOptions,
): SubscriptionOutcome {
  // the comparison takes the locale only; the promotions are the reader's and the replay's
  const { promotions: _promotions, ...messageOptions } = options;
  const compareOptions = {
    ...messageOptions,
    ...(input.id === undefined ? {} : { subscriptionId: input.id }),
  };
  // read once for every comparison of it, when one is made (a subscription left uncompared reads none)
  let readOptions: ReadReconcileOptions | undefined;
  const compareWith = (): ReadReconcileOptions => {
    if (readOptions === undefined) readOptions = readReconcileOptions(compareOptions);
    return readOptions;
  };
  const compare = (lines: readonly BilledLine[]): GroupComparison =>
    compareLines(lines, input.groups, compareWith(), input.counted);
  const unreplayed = (problem: string): SubscriptionOutcome => ({
    comparison: compare([]),
    refusals: [],
    problems: [problem],
    unverified: 0,
  });
  // a file without a charge of a known type covers no days: its lines can only be unexpected
  if (window === undefined)
    return {
      comparison: compare([]),
      refusals: [],
      problems: [],
      unverified: 0,
    };
  const { resource } = input;
  if (resource === undefined) return { ...unreplayed(input.noResource), notGiven: true };
  // an Azure plan or a usage-based offer is billed by its usage, not by this file: left out, with
  // one line naming the command that reads it (REC-5, USG-7)
  if (usageBilled(resource))
    return {
      comparison: compare([]),
      refusals: [],
      problems: [],
      notes: [sentence(textsFor(options.locale), 'usage-billed', {})],
      unverified: 0,
    };
  // a subscription the file bills nothing of needs a price (and so a market) only where the month
  // bills it a charge (PL-7): an annual plan between its anniversaries needs none and finds nothing
  if (unpricedWithoutLines(input) && billsNothing(rules, input, window, options))
    return { comparison: compare([]), refusals: [], problems: [], unverified: 0 };
  const started = instantMs(resource.effectiveStartDate);
  // a resource that cannot be read says so, price or none: a price would not make it read
  if ('missing' in input.price) {
    const readAtMs = Number.isFinite(started)
      ? Math.max(started, window.firstDay * DAY - 1)
      : window.firstDay * DAY - 1;
    return unreplayed(
      resourceFault(rules, resource, isoText(readAtMs), input.names ?? LIST_NAMES, options) ??
        noPrice(input.price, input.names ?? LIST_NAMES, options.locale),
    );
  }
  const unread = input.unreadRows ?? [];
  if (unread.length > 0) {
    const groups = input.groups.length;
    return {
      comparison: { matched: [], different: [], missing: [], unexpected: [] },
      refusals: [],
      problems: [
        `${rowsText(unread)} of it cannot be read: its ${groups} other ${groups === 1 ? 'group is' : 'groups are'} not compared`,
      ],
      unverified: groups,
    };
  }
  const { changes, problems } = fileChanges(input.groups);
  // a resource fetched after a later seat change holds seats the file's lines never billed: the
  // seats the file's latest line leaves are taken back over the file's changes instead
  const notes: string[] = [];
  const seen = input.fileSeats;
  let fetched = resource;
  if (
    seen !== undefined &&
    typeof resource.quantity === 'number' &&
    resource.quantity !== seen.seats &&
    seen.seats > 0 &&
    resource.status !== 'deleted' &&
    resource.status !== 'expired'
  ) {
    fetched = { ...resource, quantity: seen.seats };
    notes.push(
      sentence(textsFor(options.locale), 'fetched-later', {
        fetched: resource.quantity,
        row: sheetRow(seen.row),
        seats: seen.seats,
      }),
    );
  }
  // the terms that bill the month, read back or forward from the resource's own (REC-5); a
  // resource that does not state its term is read as it is, and the reader says why
  const terms = (input.monthTerms === undefined
    ? termsOfMonth(fetched, window, input.groups)
    : input.monthTerms.terms) ?? [
    { startMs: started, endMs: Number.NaN, renewal: false, read: 'as-read' as const },
  ];
  const effects: Replay['effects'] = [];
  const refusals: Refusal[] = [];
  let first: NewCommerceSubscription | undefined;
  let end: NewCommerceSubscription | undefined;
  let firstStartMs = started;
  const replayed: ReconcileTerm[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as MonthTerm;
    const last = i === terms.length - 1;
    // the term's days in the month: a term before the last ends the day before the next begins
    // (the first from the month's first day, as a resource of one term is read)
    const termWindow: FileWindow = {
      firstDay:
        i === 0 ? window.firstDay : Math.max(window.firstDay, Math.floor(term.startMs / DAY)),
      lastDay: last ? window.lastDay : Math.min(window.lastDay, Math.floor(term.endMs / DAY) - 1),
    };
    if (termWindow.lastDay < termWindow.firstDay && !(i === 0 && last)) continue;
    const own = changes.filter(
      (change) =>
        (i === 0 || change.day >= termWindow.firstDay) &&
        (last || change.day <= termWindow.lastDay),
    );
    // the seats at the term's start: the resource's less every change from then on
    const later = changes.filter((change) => !last && change.day > termWindow.lastDay);
    // a term counted from the purchase is read anchored on it (TIME-4): a renewal from the
    // instant before it, so the rules renew it; else from its own start
    const { anchorMs } = term;
    const opensMs =
      anchorMs === undefined
        ? term.startMs
        : term.renewal
          ? Math.floor(term.startMs / DAY) * DAY - 1
          : anchorMs;
    const asOfMs = Number.isFinite(opensMs)
      ? Math.max(opensMs, termWindow.firstDay * DAY - 1)
      : termWindow.firstDay * DAY - 1;
    const ofTerm = termResource(fetched, term);
    const start = resourceAtStart(
      anchorMs === undefined ? ofTerm : { ...ofTerm, effectiveStartDate: isoText(anchorMs) },
      [...own, ...later],
      asOfMs,
    );
    if ('problem' in start) return unreplayed(start.problem);
    // the term's own price (the file's for it, or the list's at its start), else the resource's
    const ownPrice = input.termPrices?.find((other) => other.startMs === term.startMs);
    const priced = ownPrice?.price ?? input.price;
    const source: TermPriceSource =
      ownPrice?.source ??
      (term.read !== 'as-read'
        ? 'resource'
        : 'from' in priced && priced.from !== undefined
          ? 'list'
          : 'file');
    if ('missing' in priced)
      return unreplayed(noPrice(priced, input.names ?? LIST_NAMES, options.locale));
    // a term moving into its Extended Service Term: that month at the list's row (PL-3, REC-5)
    const bases =
      input.estListBase === undefined ? input : { ...input, estBase: input.estListBase };
    const read = readTerm(rules, start.resource, asOfMs, priced, bases, options);
    if ('problem' in read) return unreplayed(read.problem);
    if ('unverified' in read) {
      const names = input.names ?? LIST_NAMES;
      return {
        comparison: { matched: [], different: [], missing: [], unexpected: [] },
        refusals: [],
        problems: [
          sentence(textsFor(options.locale), 'est-unpriced', {
            groups: input.groups.length,
            base: names.estBase,
            prices: names.prices,
          }),
        ],
        unverified: input.groups.length,
      };
    }
    const { subscription } = read;
    const termStart = Number.isFinite(term.startMs)
      ? isoText(term.startMs)
      : String(resource.effectiveStartDate);
    replayed.push({
      start: termStart,
      end: Number.isFinite(term.endMs) ? isoText(term.endMs) : null,
      reading: term.read,
      kind: term.renewal ? 'renewal' : 'purchase',
      seats: subscription.quantity,
      price: subscription.price,
      priceSource:
        source === 'list'
          ? { from: 'price-list', name: priced.from ?? LIST_NAMES.prices, at: termStart }
          : { from: source },
    });
    const relabel = term.renewal && anchorMs === undefined;
    const played = replay(rules, subscription, own, termWindow, options, asOfMs, relabel);
    effects.push(...played.effects);
    refusals.push(...played.refusals);
    if (first === undefined) {
      first = subscription;
      firstStartMs = term.startMs;
    }
    end = played.end;
  }
  if (first === undefined || end === undefined) return unreplayed('');
  // Partner Center states the current term's start: a purchase the file bills before it says so
  const purchase = input.groups.find(
    (group) =>
      group.known && group.chargeKey === 'new' && group.startDay * DAY < firstStartMs - DAY + 1,
  );
  if (purchase !== undefined && Number.isFinite(started))
    problems.push(
      sentence(textsFor(options.locale), 'renewal-start', {
        start: String(resource.effectiveStartDate),
        row: purchase.rows[0] === undefined ? '' : sheetRow(purchase.rows[0]),
      }),
    );
  // the replay's effects are the rules' own: turned into lines without being read again
  const comparison = compare(
    effectLines(effects, compareWith().types, compareWith().subscriptionId),
  );
  return {
    comparison: noteRebuiltSeats(comparison, terms, window, options),
    refusals,
    problems,
    notes,
    unverified: 0,
    played: { start: first, changes, effects, end, terms: replayed },
    ...(input.committedPrice === undefined ? {} : { committedPrice: input.committedPrice }),
  };
}
