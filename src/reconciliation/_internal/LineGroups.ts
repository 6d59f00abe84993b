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

type Group = { -readonly [K in keyof FileGroup]: FileGroup[K] } & {
  rows: number[];
  quantities: { units: number | bigint; scale: number }[] | null;
};

function isNegative(units: number | bigint): boolean {
  return typeof units === 'number' ? units < 0 : units < 0n;
}

/**
 * The groups of a file's lines by subscription (REC-2, REC-3): {@link add} each line as it is
 * read, then {@link take} one subscription's groups to compare them, which frees them. Memory grows
 * with the groups, never with the lines — but for a charge type nobody knows, whose rows are
 * reported one by one (REC-4).
 */
export class LineGroups {
  readonly #bySubscription = new Map<string | undefined, Map<string, Group>>();
  #size = 0;

  /** How many groups are held. */
  get size(): number {
    return this.#size;
  }

  /** How many subscriptions have groups held. */
  get subscriptions(): number {
    return this.#bySubscription.size;
  }

  /**
   * Adds one line to its group.
   *
   * @param line - The line, as the reader gives it.
   */
  add(line: FileLine): void {
    let groups = this.#bySubscription.get(line.subscriptionId);
    if (groups === undefined) {
      groups = new Map();
      this.#bySubscription.set(line.subscriptionId, groups);
    }
    const currency = line.currency === undefined ? undefined : line.currency.toUpperCase();
    const key = line.known
      ? `${line.chargeKey}\n${line.startDay}\n${line.endDay}\n${currency ?? ''}`
      : `\n${line.row}`;
    const group = groups.get(key);
    const negative = isNegative(line.quantityUnits);
    if (group === undefined) {
      this.#size++;
      groups.set(key, {
        subscriptionId: line.subscriptionId,
        chargeType: line.chargeType,
        chargeKey: line.chargeKey,
        known: line.known,
        credit: line.credit,
        startDay: line.startDay,
        endDay: line.endDay,
        currency,
        lines: 1,
        rows: [line.row],
        negativeLines: negative ? 1 : 0,
        positiveLines: negative ? 0 : 1,
        quantities: [{ units: line.quantityUnits, scale: line.quantityScale }],
        subtotalUnits: line.subtotalUnits,
        subtotalScale: line.subtotalScale,
        quantityUnits: line.quantityUnits,
        quantityScale: line.quantityScale,
        priceUnits: line.priceUnits,
        priceScale: line.priceScale,
        ...(line.promotionId === undefined ? {} : { promotionId: line.promotionId }),
        est: line.est,
      });
      return;
    }
    if (group.promotionId !== line.promotionId) group.promotionId = null;
    group.lines++;
    if (line.est) group.est = true;
    if (group.rows.length < ROWS_KEPT) group.rows.push(line.row);
    if (negative) group.negativeLines++;
    else group.positiveLines++;
    if (group.quantities !== null)
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
    const groups = this.#bySubscription.get(subscriptionId);
    if (groups === undefined) return [];
    this.#bySubscription.delete(subscriptionId);
    this.#size -= groups.size;
    return [...groups.values()];
  }

  /**
   * Adds a group read back from disk (a file read in parts, REC-3): the same as adding its lines
   * after those of the groups held — sums added exactly, its rows and quantities after theirs up
   * to the same limits, its price kept only when both print the same.
   *
   * @param part - The group, as {@link take} gave it.
   */
  addGroup(part: FileGroup): void {
    let groups = this.#bySubscription.get(part.subscriptionId);
    if (groups === undefined) {
      groups = new Map();
      this.#bySubscription.set(part.subscriptionId, groups);
    }
    const key = part.known
      ? `${part.chargeKey}\n${part.startDay}\n${part.endDay}\n${part.currency ?? ''}`
      : `\n${part.rows[0]}`;
    const group = groups.get(key);
    if (group === undefined) {
      this.#size++;
      groups.set(key, {
        ...part,
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
    group.rows.push(...part.rows.slice(0, ROWS_KEPT - group.rows.length));
    group.negativeLines += part.negativeLines;
    group.positiveLines += part.positiveLines;
    group.quantities =
      group.quantities === null ||
      part.quantities === null ||
      group.quantities.length + part.quantities.length > QUANTITIES_KEPT
        ? null
        : [...group.quantities, ...part.quantities];
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
