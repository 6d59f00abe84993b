import { hashOf, IdTable } from './IdTable.ts';

/**
 * A set of ids, on an {@link IdTable} rather than a `Set`: the ids of hundreds of thousands of
 * subscriptions, whose lookups in a `Set` miss the processor's caches (REC-3).
 */
export class IdSet {
  readonly #table = new IdTable();

  /** How many ids the set holds. */
  get size(): number {
    return this.#table.size;
  }

  /**
   * Adds an id.
   *
   * @param id - The id.
   * @returns Whether it was new (`false`: the set held it already).
   */
  add(id: string): boolean {
    const hash = hashOf(id);
    if (this.#table.find(id, hash) !== -1) return false;
    this.#table.put(id, hash, this.#table.size);
    return true;
  }
}
