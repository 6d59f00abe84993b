import { addDecimals, type FileGroup, type FileLine, sum } from '../_private.ts';

const ROWS_KEPT = 10;
const QUANTITIES_KEPT = 100;

/**
 * A group as held: a group of one line (most are) keeps its row as a number and its line's
 * quantity only as its net (`quantities` undefined), so it holds no array until a second line
 * comes or it is taken ({@link settled}).
 */
type Group = Omit<{ -readonly [K in keyof FileGroup]: FileGroup[K] }, 'rows' | 'quantities'> & {
  rows: number[] | number;
  quantities: { units: number | bigint; scale: number }[] | null | undefined;
};

/** A group's first row. */
function firstRow(group: Group): number {
  return typeof group.rows === 'number' ? group.rows : (group.rows[0] as number);
}

/** A group with its rows and quantities as arrays, as {@link FileGroup} has them. */
function settled(group: Group): FileGroup {
  if (typeof group.rows === 'number') group.rows = [group.rows];
  if (group.quantities === undefined)
    group.quantities = [{ units: group.quantityUnits, scale: group.quantityScale }];
  return group as FileGroup;
}

function isNegative(units: number | bigint): boolean {
  return typeof units === 'number' ? units < 0 : units < 0n;
}

/**
 * How many groups a subscription's are looked through one by one for a line's; past them, they are
 * found by a key (the lines without a `SubscriptionId` may make thousands).
 */
const LOOKED_THROUGH = 8;

/** One subscription's groups, in the order first seen. */
interface Held {
  /** The subscription's id as its first line wrote it: one string for all its groups. */
  readonly id: string | undefined;
  readonly groups: Group[];
  /** Its groups by {@link keyOfGroup}, once it has many. */
  byKey: Map<string, Group> | undefined;
}

/** What a group of a known charge type is told by (REC-2): its charge type, days and currency. */
function keyOf(
  chargeKey: string,
  startDay: number,
  endDay: number,
  currency: string | undefined,
): string {
  return `${chargeKey}\n${startDay}\n${endDay}\n${currency ?? ''}`;
}

/** A group's key: {@link keyOf} a known one's, its first row for one of a charge type nobody knows. */
function keyOfGroup(group: Group): string {
  return group.known
    ? keyOf(group.chargeKey, group.startDay, group.endDay, group.currency)
    : `\n${firstRow(group)}`;
}

/**
 * The line groups as they were held before they became columns, each group an object: the model
 * the columns are checked against, field for field. The groups of a file's lines by subscription (REC-2, REC-3): {@link add} each line as it is
 * read, then {@link take} one subscription's groups to compare them, which frees them. Memory grows
 * with the groups, never with the lines — but for a charge type nobody knows, whose rows are
 * reported one by one (REC-4). A line finds its group among its subscription's few by their
 * fields, with no key made for it; a subscription with many groups finds them by a key.
 */
export class ObjectGroups {
  readonly #bySubscription = new Map<string | undefined, Held>();
  #size = 0;
  /** The last subscription a line was added to (a file's lines come in runs of one). */
  #last: Held | undefined;
  /** The last currency seen, and in upper case (files hold one or a few). */
  #currency: string | undefined;
  #upper: string | undefined;

  /** How many groups are held. */
  get size(): number {
    return this.#size;
  }

  /** How many subscriptions have groups held. */
  get subscriptions(): number {
    return this.#bySubscription.size;
  }

  /** The subscription's groups held, made when it has none. */
  #held(id: string | undefined): Held {
    const last = this.#last;
    if (last !== undefined && last.id === id) return last;
    let held = this.#bySubscription.get(id);
    if (held === undefined) {
      held = { id, groups: [], byKey: undefined };
      this.#bySubscription.set(id, held);
    }
    this.#last = held;
    return held;
  }

  /** A known group of the subscription's, if it has it. */
  #find(
    held: Held,
    chargeKey: string,
    startDay: number,
    endDay: number,
    currency: string | undefined,
  ): Group | undefined {
    if (held.byKey !== undefined)
      return held.byKey.get(keyOf(chargeKey, startDay, endDay, currency));
    for (const group of held.groups)
      if (
        group.known &&
        group.startDay === startDay &&
        group.endDay === endDay &&
        group.chargeKey === chargeKey &&
        group.currency === currency
      )
        return group;
    return undefined;
  }

  /** Holds a new group, last of its subscription's. */
  #put(held: Held, group: Group): void {
    this.#size++;
    held.groups.push(group);
    if (held.byKey === undefined && held.groups.length > LOOKED_THROUGH) {
      held.byKey = new Map();
      for (const each of held.groups) held.byKey.set(keyOfGroup(each), each);
    } else held.byKey?.set(keyOfGroup(group), group);
  }

  /**
   * Adds one line to its group.
   *
   * @param line - The line, as the reader gives it.
   */
  add(line: FileLine): void {
    const held = this.#held(line.subscriptionId);
    let currency = line.currency;
    if (currency !== undefined) {
      if (currency !== this.#currency) {
        this.#currency = currency;
        this.#upper = currency.toUpperCase();
      }
      currency = this.#upper;
    }
    const group = line.known
      ? this.#find(held, line.chargeKey, line.startDay, line.endDay, currency)
      : undefined;
    const negative = isNegative(line.quantityUnits);
    if (group === undefined) {
      const created: Group = {
        subscriptionId: held.id,
        chargeType: line.chargeType,
        chargeKey: line.chargeKey,
        known: line.known,
        credit: line.credit,
        startDay: line.startDay,
        endDay: line.endDay,
        currency,
        lines: 1,
        rows: line.row,
        negativeLines: negative ? 1 : 0,
        positiveLines: negative ? 0 : 1,
        quantities: undefined,
        subtotalUnits: line.subtotalUnits,
        subtotalScale: line.subtotalScale,
        quantityUnits: line.quantityUnits,
        quantityScale: line.quantityScale,
        priceUnits: line.priceUnits,
        priceScale: line.priceScale,
        est: line.est,
      };
      // absent when the file has no such column (plain data, no object spread a line)
      if (line.promotionId !== undefined) created.promotionId = line.promotionId;
      this.#put(held, created);
      return;
    }
    if (group.promotionId !== line.promotionId) group.promotionId = null;
    group.lines++;
    if (line.est) group.est = true;
    if (typeof group.rows === 'number') group.rows = [group.rows, line.row];
    else if (group.rows.length < ROWS_KEPT) group.rows.push(line.row);
    if (negative) group.negativeLines++;
    else group.positiveLines++;
    if (group.quantities === undefined)
      // the first line's quantity is the group's net until now
      group.quantities = [
        { units: group.quantityUnits, scale: group.quantityScale },
        { units: line.quantityUnits, scale: line.quantityScale },
      ];
    else if (group.quantities !== null)
      if (group.quantities.length < QUANTITIES_KEPT)
        group.quantities.push({ units: line.quantityUnits, scale: line.quantityScale });
      else group.quantities = null;
    addDecimals(group.subtotalUnits, group.subtotalScale, line.subtotalUnits, line.subtotalScale);
    group.subtotalUnits = sum.units;
    group.subtotalScale = sum.scale;
    addDecimals(group.quantityUnits, group.quantityScale, line.quantityUnits, line.quantityScale);
    group.quantityUnits = sum.units;
    group.quantityScale = sum.scale;
    if (line.priceUnits === undefined || group.priceUnits === null) return;
    if (group.priceUnits === undefined) {
      group.priceUnits = line.priceUnits;
      group.priceScale = line.priceScale;
    } else if (group.priceUnits !== line.priceUnits || group.priceScale !== line.priceScale) {
      // a two-line change prints each line's own price: the group has none of its own
      group.priceUnits = null;
    }
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
    if (this.#last === held) this.#last = undefined;
    this.#size -= held.groups.length;
    return held.groups.map(settled);
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
    const group = part.known
      ? this.#find(held, part.chargeKey, part.startDay, part.endDay, part.currency)
      : held.byKey !== undefined
        ? held.byKey.get(`\n${part.rows[0]}`)
        : held.groups.find((unknown) => !unknown.known && firstRow(unknown) === part.rows[0]);
    if (group === undefined) {
      this.#put(held, {
        ...part,
        subscriptionId: held.id,
        est: part.est === true,
        rows: [...part.rows],
        quantities: part.quantities === null ? null : [...part.quantities],
      });
      return;
    }
    if (group.promotionId !== part.promotionId) group.promotionId = null;
    group.lines += part.lines;
    // a group spilled before this flag existed has none (EST-5)
    if (part.est === true) group.est = true;
    const { rows, quantities } = settled(group);
    (rows as number[]).push(...part.rows.slice(0, ROWS_KEPT - rows.length));
    group.negativeLines += part.negativeLines;
    group.positiveLines += part.positiveLines;
    group.quantities =
      quantities === null ||
      part.quantities === null ||
      quantities.length + part.quantities.length > QUANTITIES_KEPT
        ? null
        : [...quantities, ...part.quantities];
    addDecimals(group.subtotalUnits, group.subtotalScale, part.subtotalUnits, part.subtotalScale);
    group.subtotalUnits = sum.units;
    group.subtotalScale = sum.scale;
    addDecimals(group.quantityUnits, group.quantityScale, part.quantityUnits, part.quantityScale);
    group.quantityUnits = sum.units;
    group.quantityScale = sum.scale;
    if (part.priceUnits === undefined || group.priceUnits === null) return;
    if (part.priceUnits === null || group.priceUnits === undefined) {
      group.priceUnits = part.priceUnits;
      group.priceScale = part.priceScale;
    } else if (group.priceUnits !== part.priceUnits || group.priceScale !== part.priceScale) {
      group.priceUnits = null;
    }
  }
}
