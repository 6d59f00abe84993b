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
 * The lines `readUsageLine` made, each frozen (with its amount) so it is still what was read, and
 * their numbers: keyed by the line object itself, so a copy or an object of the caller's own is
 * not in it and is checked field by field (ERR-1). Held weakly: a line dropped is an entry dropped.
 */
const read = new WeakMap<UsageLine, ReadNumbers>();

/** Keeps a line's numbers as `readUsageLine` read them; the line and its amount are frozen. */
export function keepNumbers(line: UsageLine, numbers: ReadNumbers): UsageLine {
  Object.freeze(line.billingPreTaxTotal);
  read.set(Object.freeze(line), numbers);
  return line;
}

/** The numbers `readUsageLine` read for this very line, else `undefined`. */
export function numbersOf(line: object): ReadNumbers | undefined {
  return read.get(line as UsageLine);
}
