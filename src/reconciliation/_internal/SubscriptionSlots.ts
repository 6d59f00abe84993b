/** No slot. */
const NONE = -1;

/**
 * What is held of each subscription by its id, as a map has it: a {@link Map} or a
 * {@link SlotMap}. A value is never `undefined`.
 */
export interface HeldById<V> {
  get(id: string | undefined): V | undefined;
  has(id: string | undefined): boolean;
  set(id: string | undefined, value: V): unknown;
  delete(id: string | undefined): boolean;
  entries(): Iterable<[string | undefined, V]>;
}

/** The ids a table held when its snapshot was taken, and their numbers, by index. */
export interface IdSnapshot {
  /** How many ids. */
  readonly length: number;
  /** The number of the id at `i`, from 0 to `length` − 1. */
  value(i: number): number;
  /** The id at `i` (a canonical id's text made afresh by an `IdTable`). */
  id(i: number): string | undefined;
}

/**
 * What the shared numbers are kept in by id: {@link TextNumbers} (a `Map` of the texts), or, for
 * the millions of subscriptions a distributor's file names, an `IdTable` (Partner Center's ids
 * as their bits), which the command passes.
 */
export interface IdNumbers {
  readonly size: number;
  /** @returns The id's number, or -1. */
  get(id: string | undefined): number;
  /** Holds the id's number: a number from 0 to 2³¹ − 2 (a table's slot). */
  set(id: string | undefined, value: number): void;
  delete(id: string | undefined): boolean;
  /** The ids and their numbers as they are now, to be read while the numbers change. */
  snapshot(): IdSnapshot;
}

/**
 * {@link IdNumbers} in a `Map` of the ids' texts: a few bytes of code for the library's entries,
 * and the ids an `IdTable` does not hold as bits.
 */
export class TextNumbers implements IdNumbers {
  readonly #map = new Map<string | undefined, number>();

  get size(): number {
    return this.#map.size;
  }

  get(id: string | undefined): number {
    return this.#map.get(id) ?? NONE;
  }

  set(id: string | undefined, value: number): void {
    this.#map.set(id, value);
  }

  delete(id: string | undefined): boolean {
    return this.#map.delete(id);
  }

  snapshot(): IdSnapshot {
    const held = [...this.#map];
    return {
      length: held.length,
      value: (i) => (held[i] as [string | undefined, number])[1],
      id: (i) => (held[i] as [string | undefined, number])[0],
    };
  }
}

/**
 * One small number a subscription, shared by the tables that hold something of it (REC-3): its
 * labels, its unit price, its seats. Each table keeps what it holds in an array or a typed column
 * by that number, so a subscription costs one entry of one table of ids ({@link IdNumbers})
 * however many tables hold it, and no object of its own. A number is held while some table holds
 * something by it ({@link hold}, {@link letGo}); then it is used again.
 */
export class SubscriptionSlots {
  /** Each subscription's number by its id. */
  readonly #slots: IdNumbers;
  /** How many tables hold something by each number. */
  #holders = new Uint8Array(1024);
  readonly #free: number[] = [];
  #used = 0;

  /**
   * @param ids - What the numbers are kept in by id: a `Map` of the texts unless given (the
   *   command gives an `IdTable`).
   */
  constructor(ids: IdNumbers = new TextNumbers()) {
    this.#slots = ids;
  }

  /** How many subscriptions something is held of. */
  get size(): number {
    return this.#slots.size;
  }

  /** @returns Each subscription something is held of, with its number, in no order to rely on. */
  *entries(): Generator<[string | undefined, number]> {
    const held = this.#slots.snapshot();
    for (let i = 0; i < held.length; i++) yield [held.id(i), held.value(i)];
  }

  /** @returns The subscriptions something is held of and their numbers, as they are now. */
  snapshot(): IdSnapshot {
    return this.#slots.snapshot();
  }

  /**
   * @param id - The subscription.
   * @returns Its number, or -1 when nothing is held of it.
   */
  find(id: string | undefined): number {
    return this.#slots.get(id);
  }

  /**
   * One more table holds something of the subscription: called once by a table when it starts
   * holding it.
   *
   * @param id - The subscription.
   * @returns Its number (made when it had none).
   */
  hold(id: string | undefined): number {
    let slot: number | undefined = this.#slots.get(id);
    if (slot === NONE) {
      slot = this.#free.pop();
      if (slot === undefined) {
        slot = this.#used++;
        if (slot === this.#holders.length) {
          const grown = new Uint8Array(slot * 2);
          grown.set(this.#holders);
          this.#holders = grown;
        }
      }
      this.#slots.set(id, slot);
    }
    this.#holders[slot] = (this.#holders[slot] as number) + 1;
    return slot;
  }

  /**
   * A table holds nothing of the subscription any more: its number is let go with the last.
   *
   * @param id - The subscription.
   * @param slot - Its number.
   */
  letGo(id: string | undefined, slot: number): void {
    const holders = (this.#holders[slot] as number) - 1;
    this.#holders[slot] = holders;
    if (holders > 0) return;
    this.#slots.delete(id);
    this.#free.push(slot);
  }
}

/**
 * A map from subscription to a value, the values in an array by the subscriptions' shared
 * {@link SubscriptionSlots} numbers: no map entry of its own.
 */
export class SlotMap<V> implements HeldById<V> {
  readonly #slots: SubscriptionSlots;
  readonly #values: (V | undefined)[] = [];

  /** @param slots - The numbers shared with the other tables of the same subscriptions. */
  constructor(slots: SubscriptionSlots) {
    this.#slots = slots;
  }

  /**
   * @param id - The subscription.
   * @returns Its value, if held.
   */
  get(id: string | undefined): V | undefined {
    const slot = this.#slots.find(id);
    return slot === NONE ? undefined : this.#values[slot];
  }

  /**
   * @param id - The subscription.
   * @returns Whether its value is held.
   */
  has(id: string | undefined): boolean {
    return this.get(id) !== undefined;
  }

  /**
   * @param id - The subscription.
   * @param value - Its value, in place of any held.
   * @returns This.
   */
  set(id: string | undefined, value: V): this {
    let slot = this.#slots.find(id);
    if (slot === NONE || this.#values[slot] === undefined) slot = this.#slots.hold(id);
    const values = this.#values;
    // a number past the end is its length: the array grows without holes
    while (values.length < slot) values.push(undefined);
    values[slot] = value;
    return this;
  }

  /**
   * @param id - The subscription.
   * @returns Whether a value was held.
   */
  delete(id: string | undefined): boolean {
    const slot = this.#slots.find(id);
    if (slot === NONE || this.#values[slot] === undefined) return false;
    this.#values[slot] = undefined;
    this.#slots.letGo(id, slot);
    return true;
  }

  /** @returns Each subscription whose value is held, with its value, in no order to rely on. */
  *entries(): Iterable<[string | undefined, V]> {
    for (const [id, slot] of this.#slots.entries()) {
      const value = this.#values[slot];
      if (value !== undefined) yield [id, value];
    }
  }
}
