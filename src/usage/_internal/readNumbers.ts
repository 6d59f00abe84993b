import type { UsageLine } from '../types.ts';
import type { Exact } from './exact.ts';

/** The exact numbers of a line `readUsageLine` read, kept so a reconciler reads them once. */
export interface ReadNumbers {
  readonly quantity: Exact;
  /** EffectiveUnitPrice. */
  readonly price: Exact;
  /** PCToBCExchangeRate. */
  readonly rate: Exact;
  readonly unitPrice: Exact | null;
  readonly pec: Exact | undefined;
  readonly credit: Exact | undefined;
}

/**
 * A base class whose constructor returns the object it is given, so that a subclass's private
 * field is added to that object: its prototype, keys and JSON stay what they were.
 */
const Given = function given(target: object): object {
  return target;
} as unknown as new (
  target: object,
) => object;

/**
 * The lines `readUsageLine` made, each frozen (with its amount) so it is still what was read, and
 * their numbers in a private field of the line: only this class reads it, no key, symbol or copy
 * shows it (a spread, `structuredClone` or an object of the caller's own has none, and is checked
 * field by field, ERR-1). A private field costs a line a store; a `WeakMap` entry cost it a
 * table entry for the collector to sweep (USG-7).
 */
class Kept extends Given {
  readonly #numbers: ReadNumbers;

  constructor(line: UsageLine, numbers: ReadNumbers) {
    super(line);
    this.#numbers = numbers;
  }

  /** The numbers kept with `line`, else `undefined`. */
  static of(line: object): ReadNumbers | undefined {
    return #numbers in line ? (line as Kept).#numbers : undefined;
  }
}

/** Keeps a line's numbers as `readUsageLine` read them; the line and its amount are frozen. */
export function keepNumbers(line: UsageLine, numbers: ReadNumbers): UsageLine {
  // the field added before the line is frozen: a frozen object takes no new field
  new Kept(line, numbers);
  Object.freeze(line.billingPreTaxTotal);
  return Object.freeze(line);
}

/** The numbers `readUsageLine` read for this very line, else `undefined`. */
export function numbersOf(line: object): ReadNumbers | undefined {
  return Kept.of(line);
}
