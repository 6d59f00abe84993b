// The types of usageRead.js, for the test that reads a file in pieces.

/** What the reader needs of a File: its name, a slice's bytes and a stream of its bytes. */
interface Readable {
  readonly name: string;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
  stream(): ReadableStream<Uint8Array>;
}

/** Each record of `file`: a CSV row keyed by its header's names, or one JSON line's text. */
export declare function recordsOf(file: Readable): AsyncGenerator<Record<string, string> | string>;

/** The first line of `file`'s text. */
export declare function headerOf(file: Readable): Promise<string>;
