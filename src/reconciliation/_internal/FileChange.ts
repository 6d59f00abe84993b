/**
 * A change of seats the file records for one subscription (REC-3): what the replay applies as an
 * event. `day` is the first billed day of the change's line (UTC days since 1970-01-01).
 */
export interface FileChange {
  /** `add`: an `addQuantity` group; `remove`: a `removeQuantity` credit; `cancel`: `cancelImmediate`. */
  readonly kind: 'add' | 'remove' | 'cancel';
  /** The line's `ChargeStartDate`, as a day number. */
  readonly day: number;
  /** The seats added or removed (the group's net `BillableQuantity`); 0 for a cancellation. */
  readonly seats: number;
}

/** The days a file's lines bill events on, inclusive, as UTC day numbers. */
export interface FileWindow {
  /** The earliest day. */
  readonly firstDay: number;
  /** The latest day. */
  readonly lastDay: number;
}
