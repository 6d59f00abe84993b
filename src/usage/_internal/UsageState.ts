import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import type { UsageIssue } from '../types.ts';
import { type Exact, plus } from './exact.ts';
import { groupKey } from './groupKey.ts';
import { ownStrings, ownText } from './ownText.ts';
import { mergeRows, ROWS } from './rowList.ts';

/** What a group of daily lines holds: their count, their rows and the customer of the first. */
export interface Tally {
  /** Lines. */
  lines: number;
  /** The smallest rows, sorted. */
  rows: number[];
  /** The customer of the smallest row. */
  customerId: string | null;
  /** Its name. */
  customerName: string | null;
}

/**
 * A price group: one invoice key's lines of one EffectiveUnitPrice, rate and pricing currency,
 * all their days (USG-4): never one entry per line, nor per day. Its customer is its earliest day's smallest
 * row's.
 */
export interface PriceGroup extends Tally {
  readonly invoiceNumber: string | null;
  readonly subscriptionId: string | null;
  readonly productId: string;
  readonly skuId: string;
  readonly availabilityId: string | null;
  readonly currency: CurrencyCode;
  readonly pricing: CurrencyCode;
  /** EffectiveUnitPrice, exact text. */
  readonly price: string;
  /** PCToBCExchangeRate, exact text. */
  readonly rate: string;
  /** Its earliest day. */
  day: string;
  /** That day's smallest row (whose customer is the group's). */
  dayRow: number;
  /** Σ Quantity: the group's own object, which a line of the same scale adds to in place. */
  quantity: Exact;
  /** Σ BillingPreTaxTotal, minor units. */
  billed: number;
  /** Whether a line carries an Azure credit (USG-5). */
  credit: boolean;
  /** Whether a line bills other than 0: money at stake on it when no invoice line bills it. */
  billedAny: boolean;
  /**
   * The lines below zero (a correction: its amount or quantity negative), whose band is mirrored
   * (USG-4).
   */
  negative: number;
  /** Lines used before their billing cycle. */
  late: number;
  /** Their days, sorted, each once. */
  lateDays: string[];
  /** Their smallest rows, sorted. */
  lateRows: number[];
}

/** One Azure subscription's meter's day of a PEC finding (USG-3). */
export interface PecDay extends Tally {
  readonly kind: 'not-earned' | 'absent' | 'excluded' | 'rate';
  readonly entitlementId: string | null;
  readonly invoiceNumber: string | null;
  readonly subscriptionId: string | null;
  readonly productId: string;
  readonly skuId: string;
  readonly meter: string;
  /** The meter as a person knows it: `MeterName`, else the id. */
  readonly label: string;
  readonly currency: CurrencyCode;
  readonly day: string;
  /** The PEC printed (excluded, rate) and the rate expected. */
  readonly pec: string;
  readonly rate: string;
  /** Why the meter earns none (excluded). */
  readonly reason: 'third-party' | 'marketplace' | 'spot' | 'benefit' | '';
  readonly publisher: string;
  /** Σ billed, minor units. */
  billed: number;
  /** Σ what the rules give (at the rate; without PEC for an excluded meter), minor units. */
  expected: number;
  /** The lines whose own amount is not what the rules give: money at stake on them. */
  staked: number;
}

/**
 * Lines billed otherwise than their arithmetic (USG-2), one entry per Azure subscription, meter,
 * printed and expected EffectiveUnitPrice and month (with its key and currency): one finding per
 * error, not per day.
 */
export interface LineCheck extends Tally {
  readonly invoiceNumber: string | null;
  readonly subscriptionId: string | null;
  readonly entitlementId: string | null;
  readonly productId: string;
  readonly skuId: string;
  readonly currency: CurrencyCode;
  /** `MeterId`, else `MeterName`, else `ProductId/SkuId`. */
  readonly meter: string;
  /** The meter as a person knows it: `MeterName`, else {@link meter}. */
  readonly label: string;
  /** Σ what the arithmetic gives, minor units. */
  expected: number;
  /** Σ billed. */
  billed: number;
  /** The arithmetic of the smallest row. */
  message: string;
  /** Its row. */
  first: number;
  /** The days, sorted, each once. */
  days: string[];
  /** A price judged against PEC 0 on lines without PEC: dropped when the file has no PEC column. */
  readonly withoutPec?: true;
  /**
   * A line without PEC judged at its own price: kept only when the file has no PEC column (whose
   * price is then the rule's).
   */
  readonly ownPrice?: true;
}

/** A note's lines, by kind and Azure subscription (USG-2, USG-5). */
export interface NoteEntry extends Tally {
  readonly kind:
    | 'effective-unit-price'
    | 'promotion'
    | 'credit-partial'
    | 'credit-on-ineligible-meter';
  readonly entitlementId: string | null;
  readonly invoiceNumber: string | null;
  /** The sentence of the smallest row. */
  message: string;
  /** Its row. */
  first: number;
  /** A price judged against PEC 0 on lines without PEC: dropped when the file has no PEC column. */
  readonly withoutPec?: true;
}

/** The credit used by one Azure subscription on one day (USG-5). */
export interface CreditDay extends Tally {
  readonly entitlementId: string | null;
  readonly invoiceNumber: string | null;
  readonly currency: CurrencyCode;
  readonly day: string;
  /** Minor units. */
  used: number;
}

/** A streaming usage reconciliation's state: entries per key (and day, for PEC), never per line. */
export interface UsageState {
  lines: number;
  outsidePeriod: number;
  /** The `UsageDate`s of the lines outside the period (USG-4: said, never dropped silently). */
  readonly outsideDays: Set<string>;
  /** Whether any line carries PartnerEarnedCreditPercentage. */
  pecSeen: boolean;
  readonly issues: UsageIssue[];
  /**
   * Each column named twice (USG-1's shapes), by its two names: its issue at the lowest row
   * observed with it, so a header is said once whatever the split of its rows.
   */
  readonly twice: Map<string, UsageIssue>;
  readonly otherColumns: Set<string>;
  readonly days: Set<string>;
  readonly entitlements: Set<string>;
  /** `entitlement|month|currency` where an eligible meter earned PEC. */
  readonly earned: Set<string>;
  readonly groups: Map<string, PriceGroup>;
  readonly pec: Map<string, PecDay>;
  readonly notes: Map<string, NoteEntry>;
  readonly credits: Map<string, CreditDay>;
  /** Lines billed otherwise than their arithmetic, by key, meter and day (USG-2). */
  readonly lineChecks: Map<string, LineCheck>;
  /** Each customer's smallest row of a group (USG-4) and its name there. */
  readonly customers: Map<string | null, { row: number; name: string | null }>;
}

/** An empty state. */
export function emptyState(): UsageState {
  return {
    lines: 0,
    outsidePeriod: 0,
    outsideDays: new Set(),
    pecSeen: false,
    issues: [],
    twice: new Map(),
    otherColumns: new Set(),
    days: new Set(),
    entitlements: new Set(),
    earned: new Set(),
    groups: new Map(),
    pec: new Map(),
    notes: new Map(),
    credits: new Map(),
    lineChecks: new Map(),
    customers: new Map(),
  };
}

/**
 * Adds `row` (and its customer, when it is the smallest row) to a tally of `state`. Rows come
 * mostly in order: one past the last is appended (or, the list full, changes nothing) without
 * merging, as merging it would give.
 */
export function tallyRow(
  state: UsageState,
  tally: Tally,
  row: number,
  customerId: string | null,
  customerName: string | null,
): void {
  const { rows } = tally;
  if (rows.length === 0 || row < (rows[0] as number)) {
    tally.customerId = ownText(state, customerId);
    tally.customerName = ownText(state, customerName);
  }
  addRow(tally, row);
}

/** Adds `row` to a tally's lines and smallest rows (its customer left as it is). */
export function addRow(tally: Tally, row: number): void {
  const { rows } = tally;
  tally.lines++;
  const last = rows[rows.length - 1];
  if (last === undefined || row > last) {
    // a list of its own length (a push would leave room for 17): entries are many, lines few
    if (rows.length < ROWS) tally.rows = rows.concat(row);
  } else tally.rows = mergeRows(rows, [row]);
}

/** Adds `b`'s lines and rows to `a`, and its customer when `byRow` and its smallest row is. */
function mergeTally(a: Tally, b: Tally, byRow: boolean): void {
  if (
    byRow &&
    b.rows.length > 0 &&
    (a.rows.length === 0 || (b.rows[0] as number) < (a.rows[0] as number))
  ) {
    a.customerId = b.customerId;
    a.customerName = b.customerName;
  }
  a.lines += b.lines;
  a.rows = mergeRows(a.rows, b.rows);
}

/** The days of two sorted lists, sorted, each once (as {@link mergeRows} merges rows, unbounded). */
function mergeDays(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    let day: string;
    if (y === undefined || (x !== undefined && x <= y)) {
      day = x as string;
      i++;
    } else {
      day = y;
      j++;
    }
    if (out[out.length - 1] !== day) out.push(day);
  }
  return out;
}

/** Keeps the sentence of the smaller first row of two entries merged (a note, a line check). */
function keepFirst(
  a: { first: number; message: string },
  b: { first: number; message: string },
): void {
  if (b.first < a.first) {
    a.first = b.first;
    a.message = b.message;
  }
}

/**
 * Merges one map of entries into another, `add` summing an entry's own amounts; `keyOf` keys an
 * entry in `into` when the map's keys are numbers of its state's texts (the groups), and a new
 * entry's texts become `into`'s own.
 */
function mergeMap<T extends Tally>(
  into: Map<string, T>,
  from: Map<string, T>,
  add: (a: T, b: T) => void,
  state: UsageState,
  moved: boolean,
  keyOf?: (entry: T) => string,
  byRow = true,
): void {
  for (const [fromKey, entry] of from) {
    const key = keyOf === undefined ? fromKey : keyOf(entry);
    const mine = into.get(key);
    if (mine === undefined)
      into.set(key, ownStrings(state, moved ? entry : structuredClone(entry)));
    else {
      add(mine, entry);
      mergeTally(mine, entry, byRow);
    }
  }
}

/**
 * Notes an issue of a row's shape (USG-1): a column named twice once per pair of names, at the
 * lowest row; any other (a row's width) at its row.
 *
 * @param state - The state.
 * @param issue - The issue, as `readUsageLine` or a reader of a CSV header made it.
 */
export function noteShape(state: UsageState, issue: UsageIssue): void {
  if (issue.other === undefined) {
    state.issues.push({ ...issue });
    return;
  }
  const key = `${issue.column}\u0000${issue.other}`;
  const known = state.twice.get(key);
  if (known === undefined || issue.row < known.row) state.twice.set(key, { ...issue });
}

/**
 * Adds everything `from` holds to `into`: associative and commutative (USG-6).
 *
 * @param into - The state merged into.
 * @param from - The state merged.
 * @param moved - `true` when `from` is not used after (a finished share of the command line):
 *   its entries are taken as they are, not copied.
 */
export function mergeState(into: UsageState, from: UsageState, moved = false): void {
  into.lines += from.lines;
  into.outsidePeriod += from.outsidePeriod;
  into.pecSeen ||= from.pecSeen;
  into.issues.push(...from.issues);
  for (const issue of from.twice.values()) noteShape(into, issue);
  for (const set of ['otherColumns', 'days', 'entitlements', 'earned', 'outsideDays'] as const)
    for (const value of from[set]) into[set].add(value);
  mergeMap(
    into.groups,
    from.groups,
    (a, b) => {
      a.quantity = plus(a.quantity, b.quantity);
      a.billed += b.billed;
      a.credit ||= b.credit;
      a.billedAny ||= b.billedAny;
      a.negative += b.negative;
      a.late += b.late;
      if (b.late > 0) {
        a.lateDays = mergeDays(a.lateDays, b.lateDays);
        a.lateRows = mergeRows(a.lateRows, b.lateRows);
      }
      if (b.day < a.day || (b.day === a.day && b.dayRow < a.dayRow)) {
        a.day = b.day;
        a.dayRow = b.dayRow;
        a.customerId = b.customerId;
        a.customerName = b.customerName;
      }
    },
    into,
    moved,
    (group) => groupKey(into, group),
    false,
  );
  for (const [id, seen] of from.customers) {
    const mine = into.customers.get(id);
    if (mine === undefined || seen.row < mine.row)
      into.customers.set(ownText(into, id), { row: seen.row, name: ownText(into, seen.name) });
  }
  mergeMap(
    into.pec,
    from.pec,
    (a, b) => {
      a.billed += b.billed;
      a.expected += b.expected;
      a.staked += b.staked;
    },
    into,
    moved,
  );
  mergeMap(into.notes, from.notes, keepFirst, into, moved);
  mergeMap(
    into.credits,
    from.credits,
    (a, b) => {
      a.used += b.used;
    },
    into,
    moved,
  );
  mergeMap(
    into.lineChecks,
    from.lineChecks,
    (a, b) => {
      a.expected += b.expected;
      a.billed += b.billed;
      a.days = mergeDays(a.days, b.days);
      keepFirst(a, b);
    },
    into,
    moved,
  );
}

/**
 * Gives an empty state everything `from` holds, taken as it is (USG-6): what merging `from` into
 * it would give, without a second map of its entries. Only for a state finished at once: its
 * entries stay keyed by `from`'s numbering of its texts, so no line may be observed into it or
 * merged into it after.
 *
 * @param into - An empty state (no line observed).
 * @param from - A state not used after (a finished share of the command line).
 */
export function takeState(into: UsageState, from: UsageState): void {
  Object.assign(into, from);
}
