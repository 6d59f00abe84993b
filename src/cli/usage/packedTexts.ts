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
 * Texts kept as their UTF-8 bytes, in chunks of a megabyte, each read back by its number: what
 * `usage` holds a distributor's findings as until it writes them. A text with one character
 * past Latin-1 (every remedy's ’) is two bytes a character as a JavaScript string; as UTF-8 it
 * is about one — tens of megabytes at a million lines.
 */
export class PackedTexts {
  readonly #chunks: Buffer[] = [];
  #chunk: Buffer = Buffer.alloc(0);
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
    if (this.#chunks.length === 0 || this.#at + length > this.#chunk.length) {
      this.#chunk = Buffer.allocUnsafeSlow(Math.max(CHUNK, length));
      this.#chunks.push(this.#chunk);
      this.#at = 0;
    }
    const start = this.#at;
    this.#at += this.#chunk.write(text, start);
    this.#chunkOf.push(this.#chunks.length - 1);
    this.#starts.push(start);
    this.#ends.push(this.#at);
    return this.#ends.length - 1;
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
