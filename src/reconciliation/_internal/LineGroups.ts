import type { FileLine } from './FileLine.ts';
import { addDecimals, sum } from './fileDecimal.ts';

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

/** An `EffectiveUnitPrice`'s states: none printed, one, lines that differ. */
const NO_PRICE = 0;
const PRICE = 1;
const NO_ONE_PRICE = 2;

/** Which of a group's sums is a `bigint` (its column then holds NaN): its place in {@link LineGroups}' `#bigs`. */
const SUBTOTAL = 0;
const QUANTITY = 1;
const UNIT_PRICE = 2;

/** An Int32Array twice as long, its values kept. */
function grownInt(from: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const to = new Int32Array(length);
  to.set(from);
  return to;
}

/** A Float64Array twice as long, its values kept. */
function grownFloat(from: Float64Array, length: number): Float64Array<ArrayBuffer> {
  const to = new Float64Array(length);
  to.set(from);
  return to;
}

/** A Uint8Array twice as long, its values kept. */
function grownByte(from: Uint8Array, length: number): Uint8Array<ArrayBuffer> {
  const to = new Uint8Array(length);
  to.set(from);
  return to;
}

/**
 * The groups of a file's lines by subscription (REC-2, REC-3): {@link add} each line as it is
 * read, then {@link take} one subscription's groups to compare them, which frees them. Memory grows
 * with the groups, never with the lines — but for a charge type nobody knows, whose rows are
 * reported one by one (REC-4). The groups are held as columns, not objects: each subscription a
 * small number (its id's text kept once), each group a place in typed arrays that grow by
 * doubling and whose places freed by {@link take} are used again — its days, charge type,
 * currency and `PromotionId` as ids of tables of their texts, its sums as their exact digits
 * (a safe integer in a Float64Array holds exactly; a sum past 2^53 is kept as a `bigint` beside)
 * and scales, its first row; only a group of several lines holds an object, for its first rows and
 * quantities. A line finds its group among its subscription's few by their columns, with no key
 * made for it; a subscription with many groups finds them by a key. {@link take} gives each group
 * as the object {@link FileGroup} is, the same as if the lines had been summed into objects.
 */
export class LineGroups {
  /** Each subscription's place, in the order first seen. */
  readonly #bySubscription = new Map<string | undefined, number>();
  /** Each subscription's id as its first line wrote it, by place. */
  readonly #ids: (string | undefined)[] = [];
  #firstGroup = new Int32Array(256);
  #lastGroup = new Int32Array(256);
  #groupCount = new Int32Array(256);
  /** The groups by key of the subscriptions that have many, by place. */
  readonly #keyed = new Map<number, Map<string, number>>();
  /** Places of subscriptions taken, to use again. */
  readonly #freeSubscriptions: number[] = [];
  #subscriptionsUsed = 0;

  // a group's columns, by its place
  #next = new Int32Array(1024);
  #kind = new Int32Array(1024);
  #startDay = new Int32Array(1024);
  #endDay = new Int32Array(1024);
  #currency = new Int32Array(1024);
  #lines = new Int32Array(1024);
  #firstRow = new Int32Array(1024);
  #negative = new Int32Array(1024);
  #positive = new Int32Array(1024);
  #subtotal = new Float64Array(1024);
  #subtotalScale = new Int32Array(1024);
  #quantity = new Float64Array(1024);
  #quantityScale = new Int32Array(1024);
  #price = new Float64Array(1024);
  #priceScale = new Int32Array(1024);
  #priceState = new Uint8Array(1024);
  #promotion = new Int32Array(1024);
  #est = new Uint8Array(1024);
  /** The groups of several lines: their first rows and quantities. */
  readonly #extras = new Map<number, Extra>();
  /** The sums past 2^53, by group: subtotal, quantity, price. */
  readonly #bigs = new Map<number, (bigint | undefined)[]>();
  /** The first place freed (linked through `#next`), and how many places were ever used. */
  #freeGroup = NONE;
  #groupsUsed = 0;
  #size = 0;

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

  /** The last subscription a line was added to (a file's lines come in runs of one). */
  #last = NONE;

  /** How many groups are held. */
  get size(): number {
    return this.#size;
  }

  /** How many subscriptions have groups held. */
  get subscriptions(): number {
    return this.#bySubscription.size;
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

  /** The subscription's place, made when it has none. */
  #held(id: string | undefined): number {
    const last = this.#last;
    if (last !== NONE && this.#ids[last] === id) return last;
    let at = this.#bySubscription.get(id);
    if (at === undefined) {
      at = this.#freeSubscriptions.pop();
      if (at === undefined) {
        at = this.#subscriptionsUsed++;
        if (at === this.#firstGroup.length) {
          const length = at * 2;
          this.#firstGroup = grownInt(this.#firstGroup, length);
          this.#lastGroup = grownInt(this.#lastGroup, length);
          this.#groupCount = grownInt(this.#groupCount, length);
        }
      }
      this.#ids[at] = id;
      this.#firstGroup[at] = NONE;
      this.#lastGroup[at] = NONE;
      this.#groupCount[at] = 0;
      this.#bySubscription.set(id, at);
    }
    this.#last = at;
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
      this.#next = grownInt(this.#next, length);
      this.#kind = grownInt(this.#kind, length);
      this.#startDay = grownInt(this.#startDay, length);
      this.#endDay = grownInt(this.#endDay, length);
      this.#currency = grownInt(this.#currency, length);
      this.#lines = grownInt(this.#lines, length);
      this.#firstRow = grownInt(this.#firstRow, length);
      this.#negative = grownInt(this.#negative, length);
      this.#positive = grownInt(this.#positive, length);
      this.#subtotal = grownFloat(this.#subtotal, length);
      this.#subtotalScale = grownInt(this.#subtotalScale, length);
      this.#quantity = grownFloat(this.#quantity, length);
      this.#quantityScale = grownInt(this.#quantityScale, length);
      this.#price = grownFloat(this.#price, length);
      this.#priceScale = grownInt(this.#priceScale, length);
      this.#priceState = grownByte(this.#priceState, length);
      this.#promotion = grownInt(this.#promotion, length);
      this.#est = grownByte(this.#est, length);
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
    this.#groupCount[held] = count;
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
  #units(column: Float64Array, which: number, group: number): number | bigint {
    const units = column[group] as number;
    // NaN: the sum is a bigint
    return !Number.isNaN(units) ? units : ((this.#bigs.get(group) as bigint[])[which] as bigint);
  }

  /** Sets a group's sum. */
  #setUnits(column: Float64Array, which: number, group: number, units: number | bigint): void {
    if (typeof units === 'number') {
      column[group] = units;
      return;
    }
    column[group] = Number.NaN;
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
    return this.#units(this.#price, UNIT_PRICE, group);
  }

  /** Sets a group's price (its scale apart). */
  #setPrice(group: number, units: number | bigint | undefined | null): void {
    if (units === undefined) this.#priceState[group] = NO_PRICE;
    else if (units === null) this.#priceState[group] = NO_ONE_PRICE;
    else {
      this.#priceState[group] = PRICE;
      this.#setUnits(this.#price, UNIT_PRICE, group, units);
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
            units: this.#units(this.#quantity, QUANTITY, group),
            scale: this.#quantityScale[group] as number,
          },
        ],
      };
      this.#extras.set(group, extra);
    }
    return extra;
  }

  /** Adds `units × 10^-scale` to one of a group's sums, exactly. */
  #addTo(
    column: Float64Array,
    scales: Int32Array,
    which: number,
    group: number,
    units: number | bigint,
    scale: number,
  ): void {
    const held = column[group] as number;
    const heldScale = scales[group] as number;
    if (!Number.isNaN(held) && typeof units === 'number' && heldScale === scale) {
      const total = held + units;
      if (Number.isSafeInteger(total)) {
        column[group] = total;
        return;
      }
    }
    addDecimals(this.#units(column, which, group), heldScale, units, scale);
    this.#setUnits(column, which, group, sum.units);
    scales[group] = sum.scale;
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
      this.#kind[created] = kindId;
      this.#startDay[created] = line.startDay;
      this.#endDay[created] = line.endDay;
      this.#currency[created] = currency;
      this.#lines[created] = 1;
      this.#firstRow[created] = line.row;
      this.#negative[created] = negative ? 1 : 0;
      this.#positive[created] = negative ? 0 : 1;
      this.#setUnits(this.#subtotal, SUBTOTAL, created, line.subtotalUnits);
      this.#subtotalScale[created] = line.subtotalScale;
      this.#setUnits(this.#quantity, QUANTITY, created, line.quantityUnits);
      this.#quantityScale[created] = line.quantityScale;
      this.#setPrice(created, line.priceUnits);
      this.#priceScale[created] = line.priceScale;
      this.#promotion[created] = this.#promotionOf(line.promotionId);
      this.#est[created] = line.est ? 1 : 0;
      this.#put(held, created);
      return;
    }
    if (this.#promotion[group] !== this.#promotionOf(line.promotionId))
      this.#promotion[group] = DIFFERENT;
    this.#lines[group] = (this.#lines[group] as number) + 1;
    if (line.est) this.#est[group] = 1;
    const extra = this.#extra(group);
    if (extra.rows.length < ROWS_KEPT) extra.rows.push(line.row);
    if (negative) this.#negative[group] = (this.#negative[group] as number) + 1;
    else this.#positive[group] = (this.#positive[group] as number) + 1;
    if (extra.quantities !== null)
      if (extra.quantities.length < QUANTITIES_KEPT)
        extra.quantities.push({ units: line.quantityUnits, scale: line.quantityScale });
      else extra.quantities = null;
    this.#addAmounts(group, line);
  }

  /**
   * The subscriptions that have groups, in the order first seen (`undefined` for lines without a
   * `SubscriptionId`).
   *
   * @returns A snapshot: taking a subscription while iterating it is safe.
   */
  subscriptionIds(): Iterable<string | undefined> {
    return [...this.#bySubscription.keys()];
  }

  /** One group as {@link FileGroup} has it. */
  #group(id: string | undefined, group: number): FileGroup {
    const kind = this.#kinds[this.#kind[group] as number] as Kind;
    const currency = this.#currency[group] as number;
    const extra = this.#extras.get(group);
    const quantityUnits = this.#units(this.#quantity, QUANTITY, group);
    const quantityScale = this.#quantityScale[group] as number;
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
      subtotalUnits: this.#units(this.#subtotal, SUBTOTAL, group),
      subtotalScale: this.#subtotalScale[group] as number,
      quantityUnits,
      quantityScale,
      priceUnits: this.#priceUnits(group),
      priceScale: this.#priceScale[group] as number,
      est: this.#est[group] === 1,
    };
    const promotion = this.#promotion[group] as number;
    // absent when the file has no such column (plain data)
    if (promotion !== ABSENT)
      made.promotionId = promotion === DIFFERENT ? null : this.#promotions[promotion];
    return made;
  }

  /**
   * One subscription's groups, in the order first seen, removed from here.
   *
   * @param subscriptionId - The subscription (`undefined`: the lines without one).
   * @returns The groups (`[]` when it has none).
   */
  take(subscriptionId: string | undefined): FileGroup[] {
    const held = this.#bySubscription.get(subscriptionId);
    if (held === undefined) return [];
    this.#bySubscription.delete(subscriptionId);
    if (this.#last === held) this.#last = NONE;
    const id = this.#ids[held];
    this.#ids[held] = undefined;
    this.#keyed.delete(held);
    this.#freeSubscriptions.push(held);
    const groups: FileGroup[] = [];
    const first = this.#firstGroup[held] as number;
    let last = NONE;
    for (let group = first; group !== NONE; group = this.#next[group] as number) {
      groups.push(this.#group(id, group));
      this.#extras.delete(group);
      this.#bigs.delete(group);
      last = group;
    }
    if (last !== NONE) {
      // the places go back to be used again
      this.#next[last] = this.#freeGroup;
      this.#freeGroup = first;
    }
    this.#size -= groups.length;
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
      this.#kind[created] = kindId;
      this.#startDay[created] = part.startDay;
      this.#endDay[created] = part.endDay;
      this.#currency[created] = currency;
      this.#lines[created] = part.lines;
      this.#firstRow[created] = part.rows[0] as number;
      this.#negative[created] = part.negativeLines;
      this.#positive[created] = part.positiveLines;
      this.#setUnits(this.#subtotal, SUBTOTAL, created, part.subtotalUnits);
      this.#subtotalScale[created] = part.subtotalScale;
      this.#setUnits(this.#quantity, QUANTITY, created, part.quantityUnits);
      this.#quantityScale[created] = part.quantityScale;
      this.#setPrice(created, part.priceUnits);
      this.#priceScale[created] = part.priceScale;
      this.#promotion[created] = this.#promotionOf(part.promotionId);
      // a group spilled before this flag existed has none (EST-5)
      this.#est[created] = part.est === true ? 1 : 0;
      this.#extras.set(created, {
        rows: [...part.rows],
        quantities: part.quantities === null ? null : [...part.quantities],
      });
      this.#put(held, created);
      return;
    }
    if (this.#promotion[group] !== this.#promotionOf(part.promotionId))
      this.#promotion[group] = DIFFERENT;
    this.#lines[group] = (this.#lines[group] as number) + part.lines;
    if (part.est === true) this.#est[group] = 1;
    const extra = this.#extra(group);
    extra.rows.push(...part.rows.slice(0, ROWS_KEPT - extra.rows.length));
    this.#negative[group] = (this.#negative[group] as number) + part.negativeLines;
    this.#positive[group] = (this.#positive[group] as number) + part.positiveLines;
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
    this.#addTo(
      this.#subtotal,
      this.#subtotalScale,
      SUBTOTAL,
      group,
      amounts.subtotalUnits,
      amounts.subtotalScale,
    );
    this.#addTo(
      this.#quantity,
      this.#quantityScale,
      QUANTITY,
      group,
      amounts.quantityUnits,
      amounts.quantityScale,
    );
    const state = this.#priceState[group];
    if (amounts.priceUnits === undefined || state === NO_ONE_PRICE) return;
    if (amounts.priceUnits === null || state === NO_PRICE) {
      this.#setPrice(group, amounts.priceUnits);
      this.#priceScale[group] = amounts.priceScale;
    } else if (
      this.#units(this.#price, UNIT_PRICE, group) !== amounts.priceUnits ||
      this.#priceScale[group] !== amounts.priceScale
    ) {
      this.#priceState[group] = NO_ONE_PRICE;
    }
  }
}
