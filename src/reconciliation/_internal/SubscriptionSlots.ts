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

/**
 * One small number a subscription, shared by the tables that hold something of it (REC-3): its
 * labels, its unit price, its seats. Each table keeps what it holds in an array or a typed column
 * by that number, so a subscription costs one entry of one map (its id's text kept once) however
 * many tables hold it, and no object of its own. A number is held while some table holds
 * something by it ({@link hold}, {@link letGo}); then it is used again.
 */
export class SubscriptionSlots {
  readonly #slots = new Map<string | undefined, number>();
  /** How many tables hold something by each number. */
  #holders = new Uint8Array(1024);
  readonly #free: number[] = [];
  #used = 0;

  /** How many subscriptions something is held of. */
  get size(): number {
    return this.#slots.size;
  }

  /** @returns Each subscription something is held of, with its number. */
  entries(): Iterable<[string | undefined, number]> {
    return this.#slots.entries();
  }

  /**
   * @param id - The subscription.
   * @returns Its number, or -1 when nothing is held of it.
   */
  find(id: string | undefined): number {
    return this.#slots.get(id) ?? NONE;
  }

  /**
   * One more table holds something of the subscription: called once by a table when it starts
   * holding it.
   *
   * @param id - The subscription.
   * @returns Its number (made when it had none).
   */
  hold(id: string | undefined): number {
    let slot = this.#slots.get(id);
    if (slot === undefined) {
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

  /** @returns Each subscription whose value is held, with its value, in the order first held. */
  *entries(): Iterable<[string | undefined, V]> {
    for (const [id, slot] of this.#slots.entries()) {
      const value = this.#values[slot];
      if (value !== undefined) yield [id, value];
    }
  }
}
