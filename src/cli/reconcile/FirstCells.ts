/** Where a row holds what a subscription's first lines say: its seats, unit price and labels. */
export interface FirstCells {
  /** `Quantity`'s place, if the file has it. */
  readonly seats: number | undefined;
  /** `UnitPrice`'s place, when the run prices from the file's unit prices. */
  readonly unitPrice: number | undefined;
  /** Each label's place, in `LABEL_COLUMNS`' order, for the columns the file has. */
  readonly labels: readonly (readonly [string, number])[];
}

/** A row as either reader has it: its cells by place. */
export interface HeldRow {
  cell(i: number): string | null | undefined;
  /** A cell's text trimmed, `undefined` when empty: when the reader has it without decoding again. */
  text?(i: number): string | undefined;
  /** A `Quantity` cell's seats as `seatsOf` reads its text (-1: none): from its bytes. */
  seats?(i: number): number;
  /**
   * `idHash(text) | 0` of a cell's text trimmed, from its bytes: -1 also when it is empty (a text
   * whose hash is -1 is then read as text), `undefined` when its bytes cannot tell (past ASCII,
   * or doubled quotes): the text is then decoded.
   */
  textHash?(i: number): number | undefined;
  /**
   * Whether a cell's text trimmed is `text`, from its bytes, without decoding them: `false` when
   * it is not, or when its bytes cannot tell (past ASCII, or doubled quotes).
   */
  isText?(i: number, text: string): boolean;
}
