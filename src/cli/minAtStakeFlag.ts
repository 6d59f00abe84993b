import type { FileDecimal } from '../kernel/fileDecimal.ts';
import { UsageError } from './UsageError.ts';

/**
 * `--min-at-stake AMOUNT`: the least money at stake a listed finding puts there, read exactly.
 *
 * @param value - The flag's value, when given.
 * @returns The amount as a decimal, or `undefined` without the flag.
 * @throws UsageError naming `--min-at-stake` for anything but a number ≥ 0 (`5`, `0.50`).
 */
export function amountOf(value: unknown): FileDecimal | undefined {
  if (value === undefined) return undefined;
  const match = typeof value === 'string' ? /^(\d{1,15})(?:\.(\d{1,6}))?$/.exec(value) : null;
  if (match === null)
    throw new UsageError(
      `--min-at-stake: expected an amount ≥ 0 in the invoice's currency (5, 0.50), got ${JSON.stringify(value)}`,
    );
  const decimals = match[2] ?? '';
  return { units: Number(`${match[1]}${decimals}`), scale: decimals.length };
}
