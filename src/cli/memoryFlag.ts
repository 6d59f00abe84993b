import { UsageError } from './UsageError.ts';

/** The units `--memory` takes, in bytes. */
const UNITS: Readonly<Record<string, number>> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/**
 * `--memory SIZE`: how much memory the run may take (the groups half of it on one thread or
 * shared by two workers, a quarter with three or more, before they go to disk: `heldLimit`);
 * default 512M.
 *
 * @param value - The flag's value, when given.
 * @returns The budget in bytes.
 * @throws UsageError naming `--memory` for anything but a whole number with K, M or G (or none).
 */
export function memoryOf(value: unknown): number {
  if (value === undefined) return 512 * 1024 ** 2;
  const match = typeof value === 'string' ? /^([1-9]\d{0,6})([KMG]?)(?:i?B)?$/i.exec(value) : null;
  if (match === null)
    throw new UsageError(
      `--memory: expected how much memory the run may take, a whole number and K, M or G (512M, 2G), got ${JSON.stringify(value)}`,
    );
  return Number(match[1]) * (UNITS[(match[2] ?? '').toUpperCase()] ?? 1);
}

/** The units a size is written in, largest first. */
const LARGEST_FIRST = Object.entries(UNITS).sort(([, a], [, b]) => b - a);

/**
 * A size as `--memory` takes it, {@link memoryOf}'s inverse: in the largest unit it is whole in
 * (1G, 768M, 300K), else in bytes.
 *
 * @param bytes - A whole number of bytes, at least 1.
 * @returns Its text.
 */
export function memoryText(bytes: number): string {
  for (const [unit, size] of LARGEST_FIRST) if (bytes % size === 0) return `${bytes / size}${unit}`;
  return String(bytes);
}
