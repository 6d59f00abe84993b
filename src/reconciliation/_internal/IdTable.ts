/** No number. */
const NONE = -1;

/** The first size of a table, in places (a power of two). */
const FIRST_PLACES = 1024;

/**
 * An id's hash: FNV-1a over its UTF-16 code units, as a signed 32-bit number.
 *
 * @param id - The id.
 * @returns The hash.
 */
export function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/**
 * Ids by small numbers the caller gives them, found by their {@link hashOf} (REC-3): open
 * addressing with linear probing in a typed array, at most half full, not a `Map` or a `Set`. A
 * lookup reads one pair of numbers and the id's text to confirm it; with 852,225 subscriptions'
 * ids a `Map`'s lookup of a new line's id took about 850 ns on one core here (this table 560 ns),
 * since each of a `Map`'s entry, bucket and key misses the processor's caches, and its adding
 * one about twice that.
 */
export class IdTable {
  /** At `2p` the number held at place `p` plus one (0: none), at `2p + 1` its id's hash. */
  #table = new Int32Array(2 * FIRST_PLACES);
  #mask = FIRST_PLACES - 1;
  #count = 0;
  /** Each number's id. */
  readonly #ids: (string | undefined)[] = [];

  /** How many ids the table holds. */
  get size(): number {
    return this.#count;
  }

  /**
   * @param number - A number.
   * @returns The id held by it, `undefined` for none.
   */
  idOf(number: number): string | undefined {
    return this.#ids[number];
  }

  /**
   * @param id - The id.
   * @param hash - Its {@link hashOf}.
   * @returns Its number, or -1 when the table does not hold it.
   */
  find(id: string, hash: number): number {
    const table = this.#table;
    const mask = this.#mask;
    for (let place = hash & mask; ; place = (place + 1) & mask) {
      const held = table[2 * place] as number;
      if (held === 0) return NONE;
      if (table[2 * place + 1] === hash && this.#ids[held - 1] === id) return held - 1;
    }
  }

  /**
   * Holds an id the table does not hold, by a number no other id has.
   *
   * @param id - The id.
   * @param hash - Its {@link hashOf}.
   * @param number - Its number (0 or more).
   */
  put(id: string, hash: number, number: number): void {
    if (2 * (this.#count + 1) > this.#mask + 1) this.#grow();
    const table = this.#table;
    const mask = this.#mask;
    let place = hash & mask;
    while (table[2 * place] !== 0) place = (place + 1) & mask;
    table[2 * place] = number + 1;
    table[2 * place + 1] = hash;
    this.#ids[number] = id;
    this.#count++;
  }

  /**
   * Lets go of an id the table holds, and moves back each of the places after it that would no
   * longer be found past the gap (linear probing's deletion, without markers).
   *
   * @param number - Its number.
   * @param hash - Its {@link hashOf}.
   */
  remove(number: number, hash: number): void {
    const table = this.#table;
    const mask = this.#mask;
    let gap = hash & mask;
    while (table[2 * gap] !== number + 1) gap = (gap + 1) & mask;
    for (let next = (gap + 1) & mask; table[2 * next] !== 0; next = (next + 1) & mask) {
      const home = (table[2 * next + 1] as number) & mask;
      // stays when its first place lies cyclically after the gap, up to where it is
      const stays = gap <= next ? gap < home && home <= next : gap < home || home <= next;
      if (stays) continue;
      table[2 * gap] = table[2 * next] as number;
      table[2 * gap + 1] = table[2 * next + 1] as number;
      gap = next;
    }
    table[2 * gap] = 0;
    table[2 * gap + 1] = 0;
    this.#ids[number] = undefined;
    this.#count--;
  }

  /** Twice the places, each number put again by the hash kept beside it. */
  #grow(): void {
    const old = this.#table;
    const places = (this.#mask + 1) * 2;
    const table = new Int32Array(2 * places);
    const mask = places - 1;
    for (let at = 0; at < old.length; at += 2) {
      const held = old[at] as number;
      if (held === 0) continue;
      const hash = old[at + 1] as number;
      let place = hash & mask;
      while (table[2 * place] !== 0) place = (place + 1) & mask;
      table[2 * place] = held;
      table[2 * place + 1] = hash;
    }
    this.#table = table;
    this.#mask = mask;
  }
}
