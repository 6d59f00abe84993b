import { IdTable } from '../../reconciliation/_internal/IdTable.ts';
import type { IdNumbers, IdSnapshot } from '../../reconciliation/_internal/SubscriptionSlots.ts';

/** No number. */
const NONE = -1;
/**
 * The number a taken id is kept with in the table beneath: the largest an {@link IdNumbers}
 * holds, never a subscription's (the tables would need 2³¹ − 2 subscriptions held at once).
 */
const TAKEN = 2 ** 31 - 2;

/**
 * The subscriptions' numbers of a share of `reconcile` (REC-3), which also tell, once its finish
 * begins ({@link keepTaken}), the subscriptions already taken: a subscription every table has let
 * go stays in the table of ids, with no number, instead of leaving it. A share's finish lets a
 * subscription go only when its resource comes, so a resource listed again is told by the same
 * table its groups are found in — each id's place read once, no place moved as the subscriptions
 * go, and no second table of every id listed (a million ids at a distributor's month).
 *
 * Until {@link keepTaken}, it answers as the table beneath does.
 */
export class TakenIds implements IdNumbers {
  readonly #ids: IdNumbers;
  /** Whether an id let go is kept as taken. */
  #keeping = false;
  /** How many ids the table beneath holds as taken. */
  #taken = 0;
  /** The ids marked taken while a table still held them ({@link markTaken}), until let go. */
  #markedHeld: Set<string | undefined> | undefined;

  /**
   * @param ids - The table beneath: Partner Center's ids as their bits unless given (tests give
   *   a small one, or a map of the texts).
   */
  constructor(ids: IdNumbers = new IdTable()) {
    this.#ids = ids;
  }

  /** How many subscriptions have a number (the taken ones not counted). */
  get size(): number {
    return this.#ids.size - this.#taken;
  }

  /**
   * @param id - An id.
   * @returns Its number; -1 when it has none, taken or not.
   */
  get(id: string | undefined): number {
    const value = this.#ids.get(id);
    return value === TAKEN ? NONE : value;
  }

  /**
   * Gives an id its number: a taken id given one is no longer taken.
   *
   * @param id - The id.
   * @param value - Its number, from 0 to 2³¹ − 3.
   */
  set(id: string | undefined, value: number): void {
    if (this.#taken > 0 && this.#ids.get(id) === TAKEN) this.#taken--;
    this.#ids.set(id, value);
  }

  /**
   * Lets an id's number go: after {@link keepTaken}, the id stays, taken.
   *
   * @param id - The id.
   * @returns Whether it had a number.
   */
  delete(id: string | undefined): boolean {
    if (!this.#keeping) return this.#ids.delete(id);
    const value = this.#ids.get(id);
    if (value === NONE || value === TAKEN) return false;
    this.#ids.set(id, TAKEN);
    this.#taken++;
    this.#markedHeld?.delete(id);
    return true;
  }

  /** @returns The ids with a number and their numbers, as they are now (none taken). */
  snapshot(): IdSnapshot {
    const held = this.#ids.snapshot();
    if (this.#taken === 0) return held;
    const kept: number[] = [];
    for (let i = 0; i < held.length; i++) if (held.value(i) !== TAKEN) kept.push(i);
    return {
      length: kept.length,
      value: (i) => held.value(kept[i] as number),
      id: (i) => held.id(kept[i] as number),
    };
  }

  /**
   * From now on, an id whose number is let go stays, taken ({@link taken}); an id given a
   * number again is no longer taken.
   */
  keepTaken(): void {
    this.#keeping = true;
  }

  /**
   * Marks an id taken, whether or not it has a number: kept so at once when it has none, else
   * remembered apart until its number is let go. Only after {@link keepTaken}.
   *
   * @param id - The id.
   */
  markTaken(id: string | undefined): void {
    const value = this.#ids.get(id);
    if (value === TAKEN) return;
    if (value === NONE) {
      this.#ids.set(id, TAKEN);
      this.#taken++;
      return;
    }
    this.#markedHeld ??= new Set();
    this.#markedHeld.add(id);
  }

  /**
   * @param id - The id.
   * @returns Whether, since {@link keepTaken}, its number was let go or it was marked
   *   ({@link markTaken}), and it was not given a number again.
   */
  taken(id: string | undefined): boolean {
    return this.#ids.get(id) === TAKEN || (this.#markedHeld?.has(id) ?? false);
  }
}
