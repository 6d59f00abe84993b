import { addDecimals, sum } from '../../kernel/fileDecimal.ts';
import type { FileLine } from './FileLine.ts';
import { SubscriptionSlots } from './SubscriptionSlots.ts';

/** How many rows a group lists; its `lines` counts them all. */
export const ROWS_KEPT = 10;

/**
 * How many lines' own quantities a group keeps: a day's changes are replayed line by line (CHG-2
 * is not linear in the seats), and past this many one day's lines are replayed as their net.
 */
export const QUANTITIES_KEPT = 100;

/**
 * The lines of one subscription, charge type (in lower case), billed days and currency (REC-2):
 * what is compared, never the lines one by one. Its net `Subtotal` and `BillableQuantity` are
 * summed exactly as the lines come, so it holds the same few fields whatever its number of lines.
 */
export interface FileGroup {
  /** `SubscriptionId`, when the lines have one. */
  readonly subscriptionId: string | undefined;
  /** The first line's `ChargeType`, as the file writes it. */
  readonly chargeType: string;
  /** `ChargeType` in lower case. */
  readonly chargeKey: string;
  /** Whether the charge type is known (else the group is one row: REC-4). */
  readonly known: boolean;
  /** Whether the charge type is a credit's. */
  readonly credit: boolean;
  /** `ChargeStartDate`, as UTC days since 1970-01-01. */
  readonly startDay: number;
  /** `ChargeEndDate` (inclusive), as UTC days since 1970-01-01. */
  readonly endDay: number;
  /** `Currency` in upper case, when the lines have one. */
  readonly currency: string | undefined;
  /** How many lines. */
  readonly lines: number;
  /** Their rows: the first {@link ROWS_KEPT}. */
  readonly rows: readonly number[];
  /** How many lines bill a negative quantity (a two-line change's reversal). */
  readonly negativeLines: number;
  /** How many bill a positive one. */
  readonly positiveLines: number;
  /**
   * Each line's own `BillableQuantity` (digits and scale, its sign from the charge type), in the
   * file's order; `null` past {@link QUANTITIES_KEPT} lines.
   */
  readonly quantities:
    | readonly { readonly units: number | bigint; readonly scale: number }[]
    | null;
  /** The net `Subtotal`'s digits. */
  readonly subtotalUnits: number | bigint;
  /** Its scale. */
  readonly subtotalScale: number;
  /** The net `BillableQuantity`'s digits. */
  readonly quantityUnits: number | bigint;
  /** Its scale. */
  readonly quantityScale: number;
  /** `EffectiveUnitPrice` when every line printing one prints the same digits (`null` if not). */
  readonly priceUnits: number | bigint | undefined | null;
  /** Its scale. */
  readonly priceScale: number;
  /**
   * `PromotionId` (PL-5) when every line prints the same (`''`: none), `null` when they differ;
   * absent when the file has no such column. Plain data: groups go to workers and to disk.
   */
  readonly promotionId?: string | null | undefined;
  /** Whether a line of it says it is a month of Extended Service Term (EST-5): plain data. */
  readonly est: boolean;
  /**
   * The first `UnitPrice` its lines print, as written (REC-5: what a term read back is priced
   * by); absent when none prints one. Plain data.
   */
  readonly unitPrice?: string | undefined;
}

/** The sums a line and a spilled group both bring to a group. */
type Amounts = Pick<
  FileGroup,
  | 'subtotalUnits'
  | 'subtotalScale'
  | 'quantityUnits'
  | 'quantityScale'
  | 'priceUnits'
  | 'priceScale'
>;

function isNegative(units: number | bigint): boolean {
  return typeof units === 'number' ? units < 0 : units < 0n;
}

/** No group, no subscription: the end of a subscription's list of groups. */
const NONE = -1;

/**
 * How many groups a subscription's are looked through one by one for a line's; past them, they are
 * found by a key (the lines without a `SubscriptionId` may make thousands).
 */
const LOOKED_THROUGH = 8;

/** A charge type as lines print it, what it is (REC-1) and the id of its lower case. */
interface Kind {
  readonly chargeType: string;
  readonly chargeKey: string;
  readonly known: boolean;
  readonly credit: boolean;
  /** One id for every charge type of the same lower case: what groups are told by. */
  readonly key: number;
}

/** What a group of more than one line holds besides its columns: its first rows and quantities. */
interface Extra {
  rows: number[];
  quantities: { units: number | bigint; scale: number }[] | null;
}

/** A `PromotionId` column's marks besides a text's id: no column, and lines that differ. */
const ABSENT = -1;
const DIFFERENT = -2;
/** A group's bits (`#flags`): a line of it is an Extended Service Term's (EST-5). */
const EST = 1;
/** It has more than its first row and quantity, in `#extras`. */
const EXTRA = 2;

/** An `EffectiveUnitPrice`'s states: none printed, one, lines that differ. */
const NO_PRICE = 0;
const PRICE = 1;
const NO_ONE_PRICE = 2;

/** Which of a group's sums is a `bigint` (its column then holds NaN): its place in {@link LineGroups}' `#bigs`. */
const SUBTOTAL = 0;
const QUANTITY = 1;
const UNIT_PRICE = 2;

/**
 * A column of integers held in the narrowest of four typed arrays their values fit: 1, 2, 4 or
 * 8 bytes a place. A value that does not fit widens the whole column ({@link stored}), so no value
 * is ever cut; a `Float64Array` holds any safe integer and NaN (a sum's mark for a `bigint`).
 */
type Column =
  | Int8Array<ArrayBuffer>
  | Int16Array<ArrayBuffer>
  | Int32Array<ArrayBuffer>
  | Float64Array<ArrayBuffer>;

/** A column as long, one type wider at least, holding `value`: its values kept. */
function widened(column: Column, value: number): Column {
  const length = column.length;
  let wide: Column;
  if (column instanceof Int8Array && value >= -32_768 && value <= 32_767 && Number.isInteger(value))
    wide = new Int16Array(length);
  else if (
    !(column instanceof Int32Array) &&
    value >= -2_147_483_648 &&
    value <= 2_147_483_647 &&
    Number.isInteger(value)
  )
    wide = new Int32Array(length);
  else wide = new Float64Array(length);
  wide.set(column);
  return wide;
}

/**
 * Stores a value at a place of a column, widening the column when the value does not fit (read
 * back unequal: cut, wrapped, or NaN in an integer array).
 *
 * @returns The column holding it: the same, or a wider one to keep in its place.
 */
function stored(column: Column, at: number, value: number): Column {
  column[at] = value;
  if (column[at] === value || column instanceof Float64Array) return column;
  const wide = widened(column, value);
  wide[at] = value;
  return wide;
}

/** A column twice as long (or `length`), of its type, its values kept. */
function grown<C extends Column | Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(
  from: C,
  length: number,
): C {
  const to = new (from.constructor as new (length: number) => C)(length);
  to.set(from as never);
  return to;
}

/**
 * The groups of a file's lines by subscription (REC-2, REC-3): {@link add} each line as it is
 * read, then {@link take} one subscription's groups to compare them, which frees them. Memory grows
 * with the groups, never with the lines — but for a charge type nobody knows, whose rows are
 * reported one by one (REC-4). The groups are held as columns, not objects: each subscription the
 * small number {@link SubscriptionSlots} gives it, shared with the tables of its labels, price and
 * seats (one entry for all in the shared table of ids), each group a place in typed arrays that
 * grow by doubling and whose places freed by {@link take} are used again — its days, charge type,
 * currency and `PromotionId` as ids of tables of their texts, its sums as their exact digits (a
 * sum past 2^53 kept as a `bigint` beside) and scales, its first row; only a group of several
 * lines holds an object, for its first rows and quantities. Each column starts in the narrowest
 * type its usual values fit (a charge type's id in a byte, a day in two, a sum in four) and is
 * widened whole, its values copied, when a value does not fit: the answers are those of 8-byte
 * columns, in about half the bytes (38 a group).
 * quantities. A line finds its group among its subscription's few by their columns, with no key
 * made for it; a subscription with many groups finds them by a key. {@link take} gives each group
 * as the object {@link FileGroup} is, the same as if the lines had been summed into objects.
 */
export class LineGroups {
  /** The subscriptions' numbers, shared with the other tables holding them: one entry each. */
  readonly #slots: SubscriptionSlots;
  /** How many subscriptions have groups held. */
  #subscriptionCount = 0;
  // a subscription's columns, by its number
  #firstGroup = new Int32Array(256);
  #lastGroup = new Int32Array(256);
  /** How many groups it has: 0 when it has none held here (the number is another table's). */
  #groupCount: Column = new Int8Array(256);
  /** When it was first seen (again, after a take): the order {@link subscriptionIds} gives. */
  #seen: Column = new Int32Array(256);
  #seenNext = 0;
  /** The groups by key of the subscriptions that have many, by number. */
  readonly #keyed = new Map<number, Map<string, number>>();

  // a group's columns, by its place: each as narrow as its values (a value past it widens it)
  #next = new Int32Array(1024);
  #kind: Column = new Int8Array(1024);
  #startDay: Column = new Int16Array(1024);
  #endDay: Column = new Int16Array(1024);
  #currency: Column = new Int8Array(1024);
  #lines: Column = new Int16Array(1024);
  #firstRow: Column = new Int32Array(1024);
  #negative: Column = new Int16Array(1024);
  #positive: Column = new Int16Array(1024);
  /** The subtotal's, quantity's and price's digits ({@link SUBTOTAL}, {@link QUANTITY}, {@link UNIT_PRICE}). */
  readonly #sums: Column[] = [new Int32Array(1024), new Int32Array(1024), new Int32Array(1024)];
  /** Their scales. */
  readonly #scales: Column[] = [new Int8Array(1024), new Int8Array(1024), new Int8Array(1024)];
  #priceState = new Uint8Array(1024);
  #promotion: Column = new Int8Array(1024);
  /**
   * What a group is besides its columns, as bits: {@link EST} (a line is an Extended Service Term's),
   * {@link EXTRA} (it has first rows and quantities in `#extras`) — so that the most groups, of one
   * line, are read and let go without a lookup in that map.
   */
  #flags = new Uint8Array(1024);
  /** The first `UnitPrice` printed, an id of {@link LineGroups.#unitPrices}; {@link NONE} for none. */
  #unitPrice: Column = new Int8Array(1024);
  /** The groups of several lines: their first rows and quantities. */
  readonly #extras = new Map<number, Extra>();
  /** The sums past 2^53, by group: subtotal, quantity, price. */
  readonly #bigs = new Map<number, (bigint | undefined)[]>();
  /** The first place freed (linked through `#next`), and how many places were ever used. */
  #freeGroup = NONE;
  #groupsUsed = 0;
  #size = 0;

  /**
   * @param slots - The subscriptions' numbers, shared with the tables of their labels, prices and
   *   seats (its own unless given).
   */
  constructor(slots: SubscriptionSlots = new SubscriptionSlots()) {
    this.#slots = slots;
  }

  // the tables of texts a group's columns hold ids of
  readonly #kinds: Kind[] = [];
  readonly #kindIds = new Map<string, number>();
  readonly #keyIds = new Map<string, number>();
  #lastKind = NONE;
  readonly #currencies: string[] = [];
  /** A currency's id, by its text as written and in upper case. */
  readonly #currencyIds = new Map<string, number>();
  #lastCurrencyText: string | undefined;
  #lastCurrency = NONE;
  readonly #promotions: string[] = [];
  readonly #promotionIds = new Map<string, number>();
  #lastPromotionText: string | undefined;
  #lastPromotion = ABSENT;
  readonly #unitPrices: string[] = [];
  readonly #unitPriceIds = new Map<string, number>();

  /** The last subscription a line was added to (a file's lines come in runs of one), and its id. */
  #last = NONE;
  #lastId: string | undefined;

  /** How many groups are held. */
  get size(): number {
    return this.#size;
  }

  /** How many subscriptions have groups held. */
  get subscriptions(): number {
    return this.#subscriptionCount;
  }

  /** The id of a charge type as lines print it and what it is. */
  #kindOf(chargeType: string, chargeKey: string, known: boolean, credit: boolean): number {
    const last = this.#kinds[this.#lastKind];
    if (
      last !== undefined &&
      last.chargeType === chargeType &&
      last.known === known &&
      last.credit === credit
    )
      return this.#lastKind;
    const name = `${known ? 1 : 0}${credit ? 1 : 0}${chargeType}`;
    let id = this.#kindIds.get(name);
    if (id === undefined) {
      let key = this.#keyIds.get(chargeKey);
      if (key === undefined) {
        key = this.#keyIds.size;
        this.#keyIds.set(chargeKey, key);
      }
      id = this.#kinds.length;
      this.#kinds.push({ chargeType, chargeKey, known, credit, key });
      this.#kindIds.set(name, id);
    }
    this.#lastKind = id;
    return id;
  }

  /** The id of a currency, by its text in upper case; {@link NONE} for none. */
  #currencyOf(text: string | undefined): number {
    if (text === undefined) return NONE;
    if (text === this.#lastCurrencyText) return this.#lastCurrency;
    let id = this.#currencyIds.get(text);
    if (id === undefined) {
      const upper = text.toUpperCase();
      id = this.#currencyIds.get(upper);
      if (id === undefined) {
        id = this.#currencies.length;
        this.#currencies.push(upper);
        this.#currencyIds.set(upper, id);
      }
      this.#currencyIds.set(text, id);
    }
    this.#lastCurrencyText = text;
    this.#lastCurrency = id;
    return id;
  }

  /** The id of a `PromotionId`'s text; {@link ABSENT} for none, {@link DIFFERENT} for `null`. */
  #promotionOf(text: string | null | undefined): number {
    if (text === undefined) return ABSENT;
    if (text === null) return DIFFERENT;
    if (text === this.#lastPromotionText) return this.#lastPromotion;
    let id = this.#promotionIds.get(text);
    if (id === undefined) {
      id = this.#promotions.length;
      this.#promotions.push(text);
      this.#promotionIds.set(text, id);
    }
    this.#lastPromotionText = text;
    this.#lastPromotion = id;
    return id;
  }

  /** The id of a `UnitPrice`'s text; {@link NONE} for none. */
  #unitPriceOf(text: string | undefined): number {
    if (text === undefined) return NONE;
    let id = this.#unitPriceIds.get(text);
    if (id === undefined) {
      id = this.#unitPrices.length;
      this.#unitPrices.push(text);
      this.#unitPriceIds.set(text, id);
    }
    return id;
  }

  /** Keeps a group's first `UnitPrice`: a line's or a spilled group's, when it has none yet. */
  #seeUnitPrice(group: number, text: string | undefined, created: boolean): void {
    if (!created && (this.#unitPrice[group] as number) !== NONE) return;
    this.#unitPrice = stored(this.#unitPrice, group, this.#unitPriceOf(text));
  }

  /** Whether a subscription's number has groups held here (not only another table's things). */
  #has(slot: number): boolean {
    return slot !== NONE && (this.#groupCount[slot] ?? 0) > 0;
  }

  /** The subscription's number, held here (its groups none yet) when it has none here. */
  #held(id: string | undefined): number {
    const last = this.#last;
    if (last !== NONE && this.#lastId === id) return last;
    let at = this.#slots.find(id);
    if (!this.#has(at)) {
      at = this.#slots.hold(id);
      while (at >= this.#firstGroup.length) {
        const length = this.#firstGroup.length * 2;
        this.#firstGroup = grown(this.#firstGroup, length);
        this.#lastGroup = grown(this.#lastGroup, length);
        this.#groupCount = grown(this.#groupCount, length);
        this.#seen = grown(this.#seen, length);
      }
      this.#firstGroup[at] = NONE;
      this.#lastGroup[at] = NONE;
      this.#seen = stored(this.#seen, at, this.#seenNext++);
      this.#subscriptionCount++;
    }
    this.#last = at;
    this.#lastId = id;
    return at;
  }

  /** A free place for a group. */
  #place(): number {
    const free = this.#freeGroup;
    if (free !== NONE) {
      this.#freeGroup = this.#next[free] as number;
      return free;
    }
    const at = this.#groupsUsed++;
    if (at === this.#next.length) {
      const length = at * 2;
      this.#next = grown(this.#next, length);
      this.#kind = grown(this.#kind, length);
      this.#startDay = grown(this.#startDay, length);
      this.#endDay = grown(this.#endDay, length);
      this.#currency = grown(this.#currency, length);
      this.#lines = grown(this.#lines, length);
      this.#firstRow = grown(this.#firstRow, length);
      this.#negative = grown(this.#negative, length);
      this.#positive = grown(this.#positive, length);
      for (let which = SUBTOTAL; which <= UNIT_PRICE; which++) {
        this.#sums[which] = grown(this.#sums[which] as Column, length);
        this.#scales[which] = grown(this.#scales[which] as Column, length);
      }
      this.#priceState = grown(this.#priceState, length);
      this.#promotion = grown(this.#promotion, length);
      this.#flags = grown(this.#flags, length);
      this.#unitPrice = grown(this.#unitPrice, length);
    }
    return at;
  }

  /** A group's key among its subscription's: {@link LineGroups.#keyOf} a known one's, its first row for one of a charge type nobody knows. */
  #keyOfGroup(group: number): string {
    const kind = this.#kinds[this.#kind[group] as number] as Kind;
    return kind.known
      ? LineGroups.#keyOf(
          kind.key,
          this.#startDay[group] as number,
          this.#endDay[group] as number,
          this.#currency[group] as number,
        )
      : `\n${this.#firstRow[group]}`;
  }

  /** What a group of a known charge type is told by (REC-2): its charge type, days and currency. */
  static #keyOf(key: number, startDay: number, endDay: number, currency: number): string {
    return `${key}\n${startDay}\n${endDay}\n${currency}`;
  }

  /** A known group of the subscription's, if it has it; {@link NONE} if not. */
  #find(held: number, key: number, startDay: number, endDay: number, currency: number): number {
    const keyed = this.#keyed.get(held);
    if (keyed !== undefined)
      return keyed.get(LineGroups.#keyOf(key, startDay, endDay, currency)) ?? NONE;
    const kinds = this.#kinds;
    for (let group = this.#firstGroup[held] as number; group !== NONE; ) {
      if (
        this.#startDay[group] === startDay &&
        this.#endDay[group] === endDay &&
        this.#currency[group] === currency
      ) {
        const kind = kinds[this.#kind[group] as number] as Kind;
        if (kind.known && kind.key === key) return group;
      }
      group = this.#next[group] as number;
    }
    return NONE;
  }

  /** A group of a charge type nobody knows, by its first row; {@link NONE} if none. */
  #findUnknown(held: number, row: number): number {
    const keyed = this.#keyed.get(held);
    if (keyed !== undefined) return keyed.get(`\n${row}`) ?? NONE;
    for (let group = this.#firstGroup[held] as number; group !== NONE; ) {
      if (
        !(this.#kinds[this.#kind[group] as number] as Kind).known &&
        this.#firstRow[group] === row
      )
        return group;
      group = this.#next[group] as number;
    }
    return NONE;
  }

  /** Holds a new group, last of its subscription's. */
  #put(held: number, group: number): void {
    this.#size++;
    this.#next[group] = NONE;
    const last = this.#lastGroup[held] as number;
    if (last === NONE) this.#firstGroup[held] = group;
    else this.#next[last] = group;
    this.#lastGroup[held] = group;
    const count = (this.#groupCount[held] as number) + 1;
    this.#groupCount = stored(this.#groupCount, held, count);
    let keyed = this.#keyed.get(held);
    if (keyed === undefined && count > LOOKED_THROUGH) {
      keyed = new Map();
      for (
        let each = this.#firstGroup[held] as number;
        each !== NONE;
        each = this.#next[each] as number
      )
        keyed.set(this.#keyOfGroup(each), each);
      this.#keyed.set(held, keyed);
    } else keyed?.set(this.#keyOfGroup(group), group);
  }

  /** A group's sum: its column's digits, or its `bigint` when past 2^53. */
  #units(which: number, group: number): number | bigint {
    const units = (this.#sums[which] as Column)[group] as number;
    // NaN: the sum is a bigint
    return !Number.isNaN(units) ? units : ((this.#bigs.get(group) as bigint[])[which] as bigint);
  }

  /** Sets one of a group's bits ({@link EST}, {@link EXTRA}). */
  #mark(group: number, bit: number): void {
    this.#flags[group] = (this.#flags[group] as number) | bit;
  }

  /** A group's sum's scale. */
  #scale(which: number, group: number): number {
    return (this.#scales[which] as Column)[group] as number;
  }

  /** Sets a group's sum's scale. */
  #setScale(which: number, group: number, scale: number): void {
    this.#scales[which] = stored(this.#scales[which] as Column, group, scale);
  }

  /** Sets a group's sum. */
  #setUnits(which: number, group: number, units: number | bigint): void {
    if (typeof units === 'number') {
      this.#sums[which] = stored(this.#sums[which] as Column, group, units);
      return;
    }
    this.#sums[which] = stored(this.#sums[which] as Column, group, Number.NaN);
    let bigs = this.#bigs.get(group);
    if (bigs === undefined) {
      bigs = [];
      this.#bigs.set(group, bigs);
    }
    bigs[which] = units;
  }

  /** A group's price: `undefined` when none is printed, `null` when its lines differ. */
  #priceUnits(group: number): number | bigint | undefined | null {
    const state = this.#priceState[group];
    if (state === NO_PRICE) return undefined;
    if (state === NO_ONE_PRICE) return null;
    return this.#units(UNIT_PRICE, group);
  }

  /** Sets a group's price (its scale apart). */
  #setPrice(group: number, units: number | bigint | undefined | null): void {
    if (units === undefined) this.#priceState[group] = NO_PRICE;
    else if (units === null) this.#priceState[group] = NO_ONE_PRICE;
    else {
      this.#priceState[group] = PRICE;
      this.#setUnits(UNIT_PRICE, group, units);
    }
  }

  /** A group's first rows and quantities, made when it has held one line until now. */
  #extra(group: number): Extra {
    let extra = this.#extras.get(group);
    if (extra === undefined) {
      extra = {
        rows: [this.#firstRow[group] as number],
        // the first line's quantity is the group's net until now
        quantities: [
          {
            units: this.#units(QUANTITY, group),
            scale: this.#scale(QUANTITY, group),
          },
        ],
      };
      this.#extras.set(group, extra);
      this.#mark(group, EXTRA);
    }
    return extra;
  }

  /** Adds `units × 10^-scale` to one of a group's sums, exactly. */
  #addTo(which: number, group: number, units: number | bigint, scale: number): void {
    const held = (this.#sums[which] as Column)[group] as number;
    const heldScale = this.#scale(which, group);
    if (!Number.isNaN(held) && typeof units === 'number' && heldScale === scale) {
      const total = held + units;
      if (Number.isSafeInteger(total)) {
        this.#sums[which] = stored(this.#sums[which] as Column, group, total);
        return;
      }
    }
    addDecimals(this.#units(which, group), heldScale, units, scale);
    this.#setUnits(which, group, sum.units);
    this.#setScale(which, group, sum.scale);
  }

  /**
   * Adds one line to its group.
   *
   * @param line - The line, as the reader gives it.
   */
  add(line: FileLine): void {
    const held = this.#held(line.subscriptionId);
    const kindId = this.#kindOf(line.chargeType, line.chargeKey, line.known, line.credit);
    const kind = this.#kinds[kindId] as Kind;
    const currency = this.#currencyOf(line.currency);
    const group = line.known
      ? this.#find(held, kind.key, line.startDay, line.endDay, currency)
      : NONE;
    const negative = isNegative(line.quantityUnits);
    if (group === NONE) {
      const created = this.#place();
      this.#kind = stored(this.#kind, created, kindId);
      this.#startDay = stored(this.#startDay, created, line.startDay);
      this.#endDay = stored(this.#endDay, created, line.endDay);
      this.#currency = stored(this.#currency, created, currency);
      this.#lines = stored(this.#lines, created, 1);
      this.#firstRow = stored(this.#firstRow, created, line.row);
      this.#negative = stored(this.#negative, created, negative ? 1 : 0);
      this.#positive = stored(this.#positive, created, negative ? 0 : 1);
      this.#setUnits(SUBTOTAL, created, line.subtotalUnits);
      this.#setScale(SUBTOTAL, created, line.subtotalScale);
      this.#setUnits(QUANTITY, created, line.quantityUnits);
      this.#setScale(QUANTITY, created, line.quantityScale);
      this.#setPrice(created, line.priceUnits);
      this.#setScale(UNIT_PRICE, created, line.priceScale);
      this.#promotion = stored(this.#promotion, created, this.#promotionOf(line.promotionId));
      if (line.est) this.#mark(created, EST);
      this.#seeUnitPrice(created, line.unitPrice, true);
      this.#put(held, created);
      return;
    }
    if (line.unitPrice !== undefined) this.#seeUnitPrice(group, line.unitPrice, false);
    if (this.#promotion[group] !== this.#promotionOf(line.promotionId))
      this.#promotion = stored(this.#promotion, group, DIFFERENT);
    this.#lines = stored(this.#lines, group, (this.#lines[group] as number) + 1);
    if (line.est) this.#mark(group, EST);
    const extra = this.#extra(group);
    if (extra.rows.length < ROWS_KEPT) extra.rows.push(line.row);
    if (negative)
      this.#negative = stored(this.#negative, group, (this.#negative[group] as number) + 1);
    else this.#positive = stored(this.#positive, group, (this.#positive[group] as number) + 1);
    if (extra.quantities !== null)
      if (extra.quantities.length < QUANTITIES_KEPT)
        extra.quantities.push({ units: line.quantityUnits, scale: line.quantityScale });
      else extra.quantities = null;
    this.#addAmounts(group, line);
  }

  /**
   * @param id - A subscription (`undefined`: the lines without a `SubscriptionId`).
   * @returns Whether it has groups held (one lookup: no id of the others' made).
   */
  holds(id: string | undefined): boolean {
    return this.#has(this.#slots.find(id));
  }

  /**
   * The subscriptions that have groups, in the order first seen (`undefined` for lines without a
   * `SubscriptionId`).
   *
   * @returns A snapshot: taking a subscription while iterating it is safe.
   */
  *subscriptionIds(): Generator<string | undefined> {
    // the numbers' table is in no order: the subscriptions held here put in the order first seen,
    // and each id's text made as it is reached
    const held = this.#slots.snapshot();
    const picked: number[] = [];
    for (let i = 0; i < held.length; i++) if (this.#has(held.value(i))) picked.push(i);
    const seen = this.#seen;
    const when = (i: number): number => seen[held.value(i)] as number;
    picked.sort((a, b) => when(a) - when(b));
    for (const i of picked) yield held.id(i);
  }

  /** One group as {@link FileGroup} has it. */
  #group(id: string | undefined, group: number): FileGroup {
    const kind = this.#kinds[this.#kind[group] as number] as Kind;
    const currency = this.#currency[group] as number;
    const extra =
      ((this.#flags[group] as number) & EXTRA) === 0 ? undefined : this.#extras.get(group);
    const quantityUnits = this.#units(QUANTITY, group);
    const quantityScale = this.#scale(QUANTITY, group);
    const made: { -readonly [K in keyof FileGroup]: FileGroup[K] } = {
      subscriptionId: id,
      chargeType: kind.chargeType,
      chargeKey: kind.chargeKey,
      known: kind.known,
      credit: kind.credit,
      startDay: this.#startDay[group] as number,
      endDay: this.#endDay[group] as number,
      currency: currency === NONE ? undefined : this.#currencies[currency],
      lines: this.#lines[group] as number,
      rows: extra === undefined ? [this.#firstRow[group] as number] : extra.rows,
      negativeLines: this.#negative[group] as number,
      positiveLines: this.#positive[group] as number,
      quantities:
        extra === undefined ? [{ units: quantityUnits, scale: quantityScale }] : extra.quantities,
      subtotalUnits: this.#units(SUBTOTAL, group),
      subtotalScale: this.#scale(SUBTOTAL, group),
      quantityUnits,
      quantityScale,
      priceUnits: this.#priceUnits(group),
      priceScale: this.#scale(UNIT_PRICE, group),
      est: ((this.#flags[group] as number) & EST) !== 0,
    };
    const promotion = this.#promotion[group] as number;
    // absent when the file has no such column (plain data)
    if (promotion !== ABSENT)
      made.promotionId = promotion === DIFFERENT ? null : this.#promotions[promotion];
    const unitPrice = this.#unitPrice[group] as number;
    if (unitPrice !== NONE) made.unitPrice = this.#unitPrices[unitPrice];
    return made;
  }

  /**
   * One subscription's groups, in the order first seen, removed from here.
   *
   * @param subscriptionId - The subscription (`undefined`: the lines without one).
   * @returns The groups (`[]` when it has none).
   */
  take(subscriptionId: string | undefined): FileGroup[] {
    const held = this.#slots.find(subscriptionId);
    if (!this.#has(held)) return [];
    this.#groupCount[held] = 0;
    this.#subscriptionCount--;
    if (this.#last === held) this.#last = NONE;
    const id = subscriptionId;
    this.#keyed.delete(held);
    const groups: FileGroup[] = [];
    const first = this.#firstGroup[held] as number;
    let last = NONE;
    for (let group = first; group !== NONE; group = this.#next[group] as number) {
      groups.push(this.#group(id, group));
      const flags = this.#flags[group] as number;
      if ((flags & EXTRA) !== 0) this.#extras.delete(group);
      // sums past 2^53 are rare: the map is most often empty
      if (this.#bigs.size > 0) this.#bigs.delete(group);
      // a place goes back as a new one is: no bits
      this.#flags[group] = 0;
      last = group;
    }
    if (last !== NONE) {
      // the places go back to be used again
      this.#next[last] = this.#freeGroup;
      this.#freeGroup = first;
    }
    this.#size -= groups.length;
    this.#slots.letGo(subscriptionId, held);
    return groups;
  }

  /**
   * Adds a group read back from disk (a file read in parts, REC-3): the same as adding its lines
   * after those of the groups held — sums added exactly, its rows and quantities after theirs up
   * to the same limits, its price kept only when both print the same.
   *
   * @param part - The group, as {@link take} gave it.
   */
  addGroup(part: FileGroup): void {
    const held = this.#held(part.subscriptionId);
    const kindId = this.#kindOf(part.chargeType, part.chargeKey, part.known, part.credit);
    const kind = this.#kinds[kindId] as Kind;
    const currency = this.#currencyOf(part.currency);
    const group = part.known
      ? this.#find(held, kind.key, part.startDay, part.endDay, currency)
      : this.#findUnknown(held, part.rows[0] as number);
    if (group === NONE) {
      const created = this.#place();
      this.#kind = stored(this.#kind, created, kindId);
      this.#startDay = stored(this.#startDay, created, part.startDay);
      this.#endDay = stored(this.#endDay, created, part.endDay);
      this.#currency = stored(this.#currency, created, currency);
      this.#lines = stored(this.#lines, created, part.lines);
      this.#firstRow = stored(this.#firstRow, created, part.rows[0] as number);
      this.#negative = stored(this.#negative, created, part.negativeLines);
      this.#positive = stored(this.#positive, created, part.positiveLines);
      this.#setUnits(SUBTOTAL, created, part.subtotalUnits);
      this.#setScale(SUBTOTAL, created, part.subtotalScale);
      this.#setUnits(QUANTITY, created, part.quantityUnits);
      this.#setScale(QUANTITY, created, part.quantityScale);
      this.#setPrice(created, part.priceUnits);
      this.#setScale(UNIT_PRICE, created, part.priceScale);
      this.#promotion = stored(this.#promotion, created, this.#promotionOf(part.promotionId));
      // a group spilled before this flag existed has none (EST-5)
      if (part.est === true) this.#mark(created, EST);
      this.#seeUnitPrice(created, part.unitPrice, true);
      this.#mark(created, EXTRA);
      this.#extras.set(created, {
        rows: [...part.rows],
        quantities: part.quantities === null ? null : [...part.quantities],
      });
      this.#put(held, created);
      return;
    }
    if (this.#promotion[group] !== this.#promotionOf(part.promotionId))
      this.#promotion = stored(this.#promotion, group, DIFFERENT);
    this.#lines = stored(this.#lines, group, (this.#lines[group] as number) + part.lines);
    if (part.est === true) this.#mark(group, EST);
    if (part.unitPrice !== undefined) this.#seeUnitPrice(group, part.unitPrice, false);
    const extra = this.#extra(group);
    extra.rows.push(...part.rows.slice(0, ROWS_KEPT - extra.rows.length));
    this.#negative = stored(
      this.#negative,
      group,
      (this.#negative[group] as number) + part.negativeLines,
    );
    this.#positive = stored(
      this.#positive,
      group,
      (this.#positive[group] as number) + part.positiveLines,
    );
    extra.quantities =
      extra.quantities === null ||
      part.quantities === null ||
      extra.quantities.length + part.quantities.length > QUANTITIES_KEPT
        ? null
        : [...extra.quantities, ...part.quantities];
    this.#addAmounts(group, part);
  }

  /**
   * Adds a line's or a spilled group's sums to a group, and keeps its price only while every one
   * printing a price prints the same digits: a two-line change prints each line's own price, so
   * the group has none of its own. A line's price is never `null`; a group's is when its lines
   * differed, which the group then carries.
   */
  #addAmounts(group: number, amounts: Amounts): void {
    this.#addTo(SUBTOTAL, group, amounts.subtotalUnits, amounts.subtotalScale);
    this.#addTo(QUANTITY, group, amounts.quantityUnits, amounts.quantityScale);
    const state = this.#priceState[group];
    if (amounts.priceUnits === undefined || state === NO_ONE_PRICE) return;
    if (amounts.priceUnits === null || state === NO_PRICE) {
      this.#setPrice(group, amounts.priceUnits);
      this.#setScale(UNIT_PRICE, group, amounts.priceScale);
    } else if (
      this.#units(UNIT_PRICE, group) !== amounts.priceUnits ||
      this.#scale(UNIT_PRICE, group) !== amounts.priceScale
    ) {
      this.#priceState[group] = NO_ONE_PRICE;
    }
  }
}
