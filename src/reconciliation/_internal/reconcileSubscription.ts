import { isRuleError } from '../../errors/isRuleError.ts';
import { MS_PER_DAY as DAY } from '../../kernel/units.ts';
import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import type { MessageOptions } from '../../messages/types.ts';
import type {
  PartnerCenterReadOptions,
  PriceListRow,
} from '../../partnerCenter/PartnerCenterReadOptions.ts';
import type { PromotionOptions } from '../../prices/types.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { Money } from '../../pricing/money.ts';
import type { NewCommerceRules } from '../replayTypes.ts';
import type { BilledLine } from './BilledLine.ts';
import { compareLines, type GroupComparison } from './compareGroups.ts';
import { errorText } from './errorText.ts';
import { effectLines } from './expectedLines.ts';
import type { FileChange, FileWindow } from './FileChange.ts';
import { fileChanges } from './fileChanges.ts';
import type { FileSeats } from './fileSeats.ts';
import { instantMs } from './instantMs.ts';
import { isoText } from './isoInstants.ts';
import type { FileGroup } from './LineGroups.ts';
import { type ReadReconcileOptions, readReconcileOptions } from './readReconcileOptions.ts';
import { type Refusal, type Replay, replay } from './replay.ts';
import { resourceAtStart } from './resourceAtStart.ts';
import { resourceFault, resourceFaultText } from './resourceFault.ts';
import { LIST_NAMES, type SourceNames } from './SourceNames.ts';
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
  /**
   * The replay, when there was one: the state read at the start, the file's changes, what the
   * rules billed and the state they left — what a remedy and an explanation are worked out from.
   */
  readonly played?: {
    readonly start: NewCommerceSubscription;
    readonly changes: readonly FileChange[];
    readonly effects: Replay['effects'];
    readonly end: NewCommerceSubscription;
  };
}

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
  readonly price:
    | {
        readonly price: PriceListRow;
        readonly from?: string;
        /** The SKU's annual row, for a month of Extended Service Term (`PriceFound`). */
        readonly estAnnual?: { readonly noRow: string } | undefined;
      }
    | { readonly missing: string };
  /** The rows of it that cannot be read (their `SubscriptionId` read alone), when any. */
  readonly unreadRows?: readonly number[] | undefined;
  /** The seats its lines leave it with, when the file prints `Quantity`. */
  readonly fileSeats?: FileSeats | undefined;
  /**
   * What an Extended Service Term is priced from (EST-3, EST-7), when the caller gave it
   * (`--est-base`, `options.extendedServiceTermBase`): the reader's option of that name.
   */
  readonly estBase?: PartnerCenterReadOptions['extendedServiceTermBase'];
  /** How its findings name the base and the price list; a caller's words without it. */
  readonly names?: SourceNames | undefined;
  /**
   * Where to count its groups matched, when the caller reads nothing of a match but whether it has
   * notes (a tally): one entry per group matched, `true` when it has notes, and
   * `comparison.matched` left empty (see `compareLines`).
   */
  readonly counted?: boolean[] | undefined;
}

/** Which rows, for a sentence: `row 3`, `rows 3, 7`. */
function rowsText(rows: readonly number[]): string {
  return `${rows.length === 1 ? 'row' : 'rows'} ${rows.join(', ')}`;
}

/**
 * One month of a price list row's year (EST-7, PL-3): its `UnitPrice` in minor units (zeros past
 * the currency's decimals dropped, exactly) ÷ 12, rounded half up; `undefined` for a price the
 * currency cannot hold.
 */
function yearsMonth(row: PriceListRow): Money | undefined {
  const currency = String(row.Currency).toUpperCase();
  if (!Object.hasOwn(currencyExponents, currency)) return undefined;
  const exponent: number = currencyExponents[currency as keyof typeof currencyExponents];
  const match = /^(\d+)(?:\.(\d*?)0*)?$/.exec(String(row.UnitPrice).trim());
  const decimals = match?.[2] ?? '';
  if (match === null || decimals.length > exponent) return undefined;
  const year = Number((match[1] as string) + decimals.padEnd(exponent, '0'));
  if (!Number.isSafeInteger(year)) return undefined;
  // integer division by 12, its remainder deciding the half up (no fraction kept)
  let month = Math.trunc(year / 12);
  let rest = year - month * 12;
  if (rest < 0) [month, rest] = [month - 1, rest + 12];
  if (rest >= 12) [month, rest] = [month + 1, rest - 12];
  return { amount: rest >= 6 ? month + 1 : month, currency } as Money;
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
  if (resource === undefined) return unreplayed(input.noResource);
  const started = instantMs(resource.effectiveStartDate);
  const asOfMs = Number.isFinite(started)
    ? Math.max(started, window.firstDay * DAY - 1)
    : window.firstDay * DAY - 1;
  // a resource that cannot be read says so, price or none: a price would not make it read
  if ('missing' in input.price)
    return unreplayed(
      resourceFault(rules, resource, isoText(asOfMs), input.names ?? LIST_NAMES, options) ??
        input.price.missing,
    );
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
        row: seen.row,
        seats: seen.seats,
      }),
    );
  }
  const start = resourceAtStart(fetched, changes, asOfMs);
  if ('problem' in start) return unreplayed(start.problem);
  const { price, from, estAnnual } = input.price;
  const read = (base: PartnerCenterReadOptions['extendedServiceTermBase'], priced: boolean) =>
    rules.fromPartnerCenterSubscription(start.resource as never, {
      asOf: isoText(asOfMs),
      ...(priced ? { price } : {}),
      ...(base === undefined ? {} : { extendedServiceTermBase: base }),
      ...options,
    }).subscription;
  let subscription: ReturnType<typeof read>;
  try {
    // an annual row found for a month of Extended Service Term prices no term of the resource's
    subscription = read(input.estBase, estAnnual === undefined);
    // a resource read as in its Extended Service Term (EST-6) takes its price as the month's, the
    // uplift in it; but the file's UnitPrice is the base at best and another term's price at worst
    // (EST-5, E6.5), so the month is priced from a base: the price list's monthly-term row (PL-3)
    // when a list priced it, else the caller's; without either nothing of it can be compared
    if (subscription.program === 'new-commerce' && subscription.extendedServiceTerm !== undefined) {
      const month = estAnnual === undefined ? undefined : yearsMonth(price);
      if (estAnnual !== undefined && month === undefined) return unreplayed(estAnnual.noRow);
      const base =
        month !== undefined
          ? // the SKU has no monthly plan: a year's price ÷ 12, rounded half up (EST-7, PL-3)
            { basePrice: month, monthlyPlan: false }
          : from !== undefined && subscription.price !== null
            ? { basePrice: subscription.price, monthlyPlan: true }
            : input.estBase;
      if (base === undefined) {
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
      subscription = read(base, false);
    } else if (estAnnual !== undefined) return unreplayed(estAnnual.noRow);
  } catch (error) {
    if (!isRuleError(error)) throw error;
    const text = errorText(error, options);
    // the reader's option path means nothing to whoever wrote the file: name where the price came
    // from, the file's own UnitPrice column or the price list (`--prices` on the command line)
    if (typeof error.path === 'string' && error.path.startsWith('options.price')) {
      const { UnitPrice, Currency } = price;
      return unreplayed(
        sentence(textsFor(options.locale), from === undefined ? 'price-file' : 'price-list', {
          price: `${JSON.stringify(UnitPrice)} ${Currency}`,
          prices: from ?? '',
          reason: text.replace(/^options\.price[\w.]*:\s*/, ''),
        }),
      );
    }
    // the resource itself: which item, and what is wrong with it
    const fault = resourceFaultText(error, input.names ?? LIST_NAMES, options);
    if (fault !== undefined) return unreplayed(fault);
    // the base is the caller's own: named as they gave it (`--est-base` on the command line)
    return unreplayed(
      text.replace(/options\.extendedServiceTermBase/g, (input.names ?? LIST_NAMES).estBase),
    );
  }
  if (subscription.program !== 'new-commerce')
    return unreplayed(
      'the resource reads as a legacy subscription: the file holds New Commerce lines',
    );
  const played = replay(rules, subscription, changes, window, options, asOfMs);
  // Partner Center states the current term's start: a purchase the file bills before it says so
  const purchase = input.groups.find(
    (group) => group.known && group.chargeKey === 'new' && group.startDay * DAY < started - DAY + 1,
  );
  if (purchase !== undefined && Number.isFinite(started))
    problems.push(
      sentence(textsFor(options.locale), 'renewal-start', {
        start: String(resource.effectiveStartDate),
        row: purchase.rows[0] ?? '',
      }),
    );
  return {
    // the replay's effects are the rules' own: turned into lines without being read again
    comparison: compare(
      effectLines(played.effects, compareWith().types, compareWith().subscriptionId),
    ),
    refusals: played.refusals,
    problems,
    notes,
    unverified: 0,
    played: { start: subscription, changes, effects: played.effects, end: played.end },
  };
}
