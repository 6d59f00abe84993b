import { type IdNumbers, type IdSnapshot, TextNumbers } from './SubscriptionSlots.ts';

/** No value. */
const NONE = -1;
/** A place's words: the id's four, then its value plus one (0: the place is empty). */
const STRIDE = 5;
const VALUE = 4;
/** The places a table starts with. */
const FIRST_PLACES = 1024;
/** The characters of an id in its canonical form, and where its hyphens are. */
const LENGTH = 36;
const HYPHEN = 45;
/** `0`, `a`: the digits of a canonical id are `0`–`9` and `a`–`f`. */
const ZERO = 48;
const A = 97;
/** What {@link digitsOf} gives a character that is no digit of a canonical id. */
const NO_DIGIT = 16;

/**
 * Each UTF-16 code unit's hexadecimal digit in a canonical id, {@link NO_DIGIT} for every other
 * (upper case included: `A` is another id's text): 64 KiB, made when the first table is.
 */
function digitsOf(): Uint8Array {
  const digits = new Uint8Array(0x10000).fill(NO_DIGIT);
  for (let d = 0; d < 10; d++) digits[ZERO + d] = d;
  for (let d = 0; d < 6; d++) digits[A + d] = 10 + d;
  return digits;
}
let digitTable: Uint8Array | undefined;

/**
 * The number written by `count` (at most 8) hexadecimal digits of `id` from `from`, or -1 when one
 * of them is not a digit: every digit or'ed together exceeds 15 only then.
 */
function wordOf(digits: Uint8Array, id: string, from: number, count: number): number {
  let word = 0;
  let all = 0;
  for (let i = from; i < from + count; i++) {
    const digit = digits[id.charCodeAt(i)] as number;
    all |= digit;
    word = word * 16 + digit;
  }
  return all < NO_DIGIT ? word : -1;
}

/**
 * A table from a subscription's id to a number (REC-3), for the millions of ids a distributor's
 * file names. Partner Center writes a `SubscriptionId` as a GUID in lower case (`8-4-4-4-12`
 * hexadecimal digits): such an id is held as its 128 bits in one typed array of open places
 * (linear probing, at most three quarters full, halved when an eighth full), 20 bytes a place
 * where a map holds the id's text (about 56 bytes) and an entry (about 43): no string is kept,
 * and a lookup usually reads one place instead of following a map's bucket, entry and key.
 * Every other id — upper case, braces, any other text, and `undefined` — is held in a
 * {@link TextNumbers} (a `Map` of the texts) beside it, so the table answers exactly as a `Map`
 * of the texts would: two ids are the same only when their texts are (the canonical form has one
 * text for each 128 bits).
 */
export class IdTable implements IdNumbers {
  #places: Int32Array;
  #mask: number;
  /** How many ids the places hold. */
  #count = 0;
  /** The fewest places: the table never shrinks below its first size. */
  readonly #least: number;
  /** Every other id, by its text. */
  readonly #others = new TextNumbers();
  /** The id last read, as four words, and its text: a row's id is looked up by each table in turn. */
  readonly #key = new Int32Array(4);
  #keyText: string | undefined;
  /** Each character's digit ({@link digitsOf}): one table for every IdTable, made by the first. */
  readonly #digits: Uint8Array;

  /** @param places - The places to start with: a power of two, at least 4 (tests start small). */
  constructor(places: number = FIRST_PLACES) {
    digitTable ??= digitsOf();
    this.#digits = digitTable;
    this.#places = new Int32Array(places * STRIDE);
    this.#mask = places - 1;
    this.#least = places;
  }

  /** How many ids are held. */
  get size(): number {
    return this.#count + this.#others.size;
  }

  /**
   * @param id - An id.
   * @returns Its number, or -1 when it is not held.
   */
  get(id: string | undefined): number {
    if (!this.#read(id)) return this.#others.get(id);
    const at = this.#find();
    return at < 0 ? NONE : (this.#places[at * STRIDE + VALUE] as number) - 1;
  }

  /**
   * Holds an id's number, in place of any held.
   *
   * @param id - The id.
   * @param value - Its number, from 0 to 2³¹ − 2.
   */
  set(id: string | undefined, value: number): void {
    if (!this.#read(id)) {
      this.#others.set(id, value);
      return;
    }
    const at = this.#find();
    if (at >= 0) this.#places[at * STRIDE + VALUE] = value + 1;
    else this.#put(~at, value);
  }

  /**
   * Holds an id with the number 0 unless it is held already.
   *
   * @param id - The id.
   * @returns Whether it was new (one lookup where `get` then `set` take two).
   */
  add(id: string | undefined): boolean {
    if (!this.#read(id)) {
      if (this.#others.get(id) !== NONE) return false;
      this.#others.set(id, 0);
      return true;
    }
    const at = this.#find();
    if (at >= 0) return false;
    this.#put(~at, 0);
    return true;
  }

  /**
   * @param id - The id.
   * @returns Whether it was held.
   */
  delete(id: string | undefined): boolean {
    if (!this.#read(id)) return this.#others.delete(id);
    const at = this.#find();
    if (at < 0) return false;
    this.#count--;
    // linear probing's deletion: each later place of the run moves back into the gap unless its
    // id's own place lies after the gap (cyclically), so that no lookup stops short of an id
    const places = this.#places;
    const mask = this.#mask;
    let gap = at;
    let next = at;
    for (;;) {
      next = (next + 1) & mask;
      const from = next * STRIDE;
      if (places[from + VALUE] === 0) break;
      const home = hashAt(places, from) & mask;
      const stays = gap <= next ? gap < home && home <= next : gap < home || home <= next;
      if (stays) continue;
      movePlace(places, from, places, gap * STRIDE);
      gap = next;
    }
    places.fill(0, gap * STRIDE, gap * STRIDE + STRIDE);
    // an eighth full: half the places (a table that held a million ids and lets them go as their
    // resources come does not keep their room)
    const size = mask + 1;
    if (size > this.#least && this.#count * 8 < size) this.#resize(size / 2);
    return true;
  }

  /**
   * The ids held and their numbers as they are now, in no order to rely on, read while the table
   * changes: the canonical ids' words copied (20 bytes an id) and each one's text made again only
   * when asked for, so that going through a million ids does not hold a million strings.
   *
   * @returns The snapshot.
   */
  snapshot(): IdSnapshot {
    const count = this.#count;
    const places = this.#places;
    const words = new Int32Array(count * STRIDE);
    let to = 0;
    for (let from = 0; from < places.length; from += STRIDE)
      if (places[from + VALUE] !== 0) {
        movePlace(places, from, words, to);
        to += STRIDE;
      }
    const others = this.#others.snapshot();
    return {
      length: count + others.length,
      value: (i) =>
        i < count ? (words[i * STRIDE + VALUE] as number) - 1 : others.value(i - count),
      id: (i) => {
        if (i >= count) return others.id(i - count);
        const from = i * STRIDE;
        return textOf(
          words[from] as number,
          words[from + 1] as number,
          words[from + 2] as number,
          words[from + 3] as number,
        );
      },
    };
  }

  /**
   * Reads a canonical id into {@link #key}: `false` for any other text or none. Each word's digits
   * are read at their fixed places through a table of every character's digit, without a branch a
   * character (a million rows' ids each read once: 260 → 90 ns an id).
   */
  #read(id: string | undefined): boolean {
    if (id === undefined || id.length !== LENGTH) return false;
    if (id === this.#keyText) return true;
    if (
      id.charCodeAt(8) !== HYPHEN ||
      id.charCodeAt(13) !== HYPHEN ||
      id.charCodeAt(18) !== HYPHEN ||
      id.charCodeAt(23) !== HYPHEN
    )
      return false;
    const digits = this.#digits;
    const w0 = wordOf(digits, id, 0, 8);
    const b1 = wordOf(digits, id, 9, 4);
    const c1 = wordOf(digits, id, 14, 4);
    const b2 = wordOf(digits, id, 19, 4);
    const c2 = wordOf(digits, id, 24, 4);
    const w3 = wordOf(digits, id, 28, 8);
    if (w0 < 0 || b1 < 0 || c1 < 0 || b2 < 0 || c2 < 0 || w3 < 0) return false;
    // written only once the whole id is read: the key is always some id's
    const key = this.#key;
    key[0] = w0;
    key[1] = b1 * 0x10000 + c1;
    key[2] = b2 * 0x10000 + c2;
    key[3] = w3;
    this.#keyText = id;
    return true;
  }

  /** The place of {@link #key}, or `~place` of the empty place it would go to. */
  #find(): number {
    const key = this.#key;
    const k0 = key[0] as number;
    const k1 = key[1] as number;
    const k2 = key[2] as number;
    const k3 = key[3] as number;
    const places = this.#places;
    const mask = this.#mask;
    let at = hashOf(k0, k1, k2, k3) & mask;
    for (;;) {
      const from = at * STRIDE;
      if (places[from + VALUE] === 0) return ~at;
      if (
        places[from] === k0 &&
        places[from + 1] === k1 &&
        places[from + 2] === k2 &&
        places[from + 3] === k3
      )
        return at;
      at = (at + 1) & mask;
    }
  }

  /** Writes {@link #key} and its number at an empty place, and grows the places past ¾ full. */
  #put(at: number, value: number): void {
    const places = this.#places;
    const key = this.#key;
    const from = at * STRIDE;
    places[from] = key[0] as number;
    places[from + 1] = key[1] as number;
    places[from + 2] = key[2] as number;
    places[from + 3] = key[3] as number;
    places[from + VALUE] = value + 1;
    const size = this.#mask + 1;
    if (++this.#count * 4 > size * 3) this.#resize(size * 2);
  }

  /** The places made `count` long, every id moved to its place in them. */
  #resize(count: number): void {
    const old = this.#places;
    const places = new Int32Array(count * STRIDE);
    const mask = count - 1;
    for (let from = 0; from < old.length; from += STRIDE) {
      if (old[from + VALUE] === 0) continue;
      let at = hashAt(old, from) & mask;
      while (places[at * STRIDE + VALUE] !== 0) at = (at + 1) & mask;
      movePlace(old, from, places, at * STRIDE);
    }
    this.#places = places;
    this.#mask = mask;
  }
}

/**
 * An id's place before probing: its four words mixed (each by its own odd constant, then
 * MurmurHash3's finaliser), since generated ids differ in a few digits of one word.
 */
function hashOf(k0: number, k1: number, k2: number, k3: number): number {
  let h =
    Math.imul(k0, 0x9e3779b1) ^
    Math.imul(k1, 0x85ebca77) ^
    Math.imul(k2, 0xc2b2ae3d) ^
    Math.imul(k3, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** {@link hashOf} the id whose four words start at `from`. */
const hashAt = (words: Int32Array, from: number): number =>
  hashOf(
    words[from] as number,
    words[from + 1] as number,
    words[from + 2] as number,
    words[from + 3] as number,
  );

/**
 * Copies the place at `from` in `source` (an id's four words and its number) to `to` in `target`,
 * word by word: a view and a `set` call for each id cost more than its move.
 */
function movePlace(source: Int32Array, from: number, target: Int32Array, to: number): void {
  target[to] = source[from] as number;
  target[to + 1] = source[from + 1] as number;
  target[to + 2] = source[from + 2] as number;
  target[to + 3] = source[from + 3] as number;
  target[to + VALUE] = source[from + VALUE] as number;
}

/** Eight hexadecimal digits of a word, in lower case. */
const hex8 = (word: number): string => (word >>> 0).toString(16).padStart(8, '0');

/** The canonical text of an id's four words. */
function textOf(k0: number, k1: number, k2: number, k3: number): string {
  const b = hex8(k1);
  const c = hex8(k2);
  return `${hex8(k0)}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${hex8(k3)}`;
}
