/**
 * A list of texts read one at a time, in order: an array of them, or texts kept as bytes
 * ({@link PackedTexts.list}) decoded as they are read.
 */
export interface TextList extends Iterable<string> {
  /** How many texts. */
  readonly length: number;
}

/** A list of texts kept as UTF-8 ({@link PackedTexts.list}), also read as their bytes. */
export interface PackedList extends TextList {
  /**
   * Hands each text's bytes over, in order, without decoding them: where they are and their
   * place in the list.
   *
   * @param take - Takes a text's chunk, its first byte, the byte after its last, and its place.
   */
  eachBytes(take: (chunk: Uint8Array, start: number, end: number, i: number) => void): void;
}

/** The bytes of one chunk of {@link PackedTexts}. */
const CHUNK = 1 << 20;

/**
 * Texts kept as UTF-8 as plain data ({@link PackedTexts.packed}), to cross to another thread: the
 * chunks, and each text's chunk, start and end, numbered from 0 in the order kept.
 */
export interface PackedData {
  readonly chunks: readonly Uint8Array[];
  readonly chunkOf: readonly number[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * Texts kept as their UTF-8 bytes, in chunks of a megabyte, each read back by its number: what
 * `usage` holds a distributor's findings as until it writes them. A text with one character
 * past Latin-1 (every remedy's ’) is two bytes a character as a JavaScript string; as UTF-8 it
 * is about one — tens of megabytes at a million lines.
 */
export class PackedTexts {
  readonly #chunks: Buffer[] = [];
  #chunk: Buffer = Buffer.alloc(0);
  /** The chunk written to, by its place among the chunks (-1: none yet). */
  #current = -1;
  #at = 0;
  /** Each text's chunk, start and end. */
  readonly #chunkOf: number[] = [];
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];

  /**
   * Keeps a text.
   *
   * @param text - The text.
   * @returns Its number, from 0.
   */
  add(text: string): number {
    const length = Buffer.byteLength(text);
    // the first text, even an empty one, has a chunk to be read from
    if (this.#current === -1 || this.#at + length > this.#chunk.length) {
      this.#chunk = Buffer.allocUnsafeSlow(Math.max(CHUNK, length));
      this.#current = this.#chunks.push(this.#chunk) - 1;
      this.#at = 0;
    }
    const start = this.#at;
    this.#at += this.#chunk.write(text, start);
    this.#chunkOf.push(this.#current);
    this.#starts.push(start);
    this.#ends.push(this.#at);
    return this.#ends.length - 1;
  }

  /**
   * The texts kept, as plain data to cross to another thread ({@link PackedTexts.adopt}).
   *
   * @returns Their chunks (the kept ones themselves) and places.
   */
  packed(): PackedData {
    return {
      chunks: [...this.#chunks],
      chunkOf: [...this.#chunkOf],
      starts: [...this.#starts],
      ends: [...this.#ends],
    };
  }

  /**
   * Keeps the texts another kept ({@link PackedTexts.packed}), after these, without decoding them:
   * their chunks taken as they are.
   *
   * @param data - The other's texts.
   * @returns The number the first of them is kept as; the others follow in their order.
   */
  adopt(data: PackedData): number {
    const first = this.#ends.length;
    const base = this.#chunks.length;
    for (const chunk of data.chunks)
      this.#chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    for (let i = 0; i < data.ends.length; i++) {
      this.#chunkOf.push(base + (data.chunkOf[i] as number));
      this.#starts.push(data.starts[i] as number);
      this.#ends.push(data.ends[i] as number);
    }
    return first;
  }

  /**
   * A text kept.
   *
   * @param n - Its number.
   * @returns The text.
   */
  text(n: number): string {
    return this.#chunkAt(n).toString('utf8', this.#starts[n], this.#ends[n]);
  }

  /** The chunk text `n` is kept in; a `RangeError` when no text `n` is kept. */
  #chunkAt(n: number): Buffer {
    const chunk = this.#chunks[this.#chunkOf[n] ?? -1];
    if (chunk === undefined) throw new RangeError(`no text ${n} is kept`);
    return chunk;
  }

  /**
   * Some texts kept, as a list read in the order given: each decoded when it is read, or its
   * bytes handed over as they are.
   *
   * @param numbers - Their numbers.
   * @returns The list.
   */
  list(numbers: readonly number[]): PackedList {
    const texts = this;
    return {
      length: numbers.length,
      *[Symbol.iterator]() {
        for (const n of numbers) yield texts.text(n);
      },
      eachBytes(take) {
        for (let i = 0; i < numbers.length; i++) {
          const n = numbers[i] as number;
          take(texts.#chunkAt(n), texts.#starts[n] as number, texts.#ends[n] as number, i);
        }
      },
    };
  }
}
