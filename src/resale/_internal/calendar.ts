import { MS_PER_DAY } from '../../kernel/units.ts';
import { readFileDate } from '../../time/fileDate.ts';
import { utcDayOf } from '../../time/utcDayOf.ts';
import { utcMonthOfDay } from '../../time/utcMonthOfDay.ts';
import type { ResaleDateFormat } from '../types.ts';

/**
 * Months are counted as `year × 12 + (month − 1)`, days from 1970-01-01 (UTC): a resale check
 * never reads a clock or a time zone (RSL-4).
 */

/** The month a day is in. */
export function monthOfDay(day: number): number {
  return utcMonthOfDay(day);
}

/** The first day of a month. */
export function firstDayOf(month: number): number {
  // Date.UTC is arithmetic on numbers (no Date made), and takes any year
  return Date.UTC(Math.floor(month / 12), month % 12, 1) / MS_PER_DAY;
}

/** The last day of a month. */
export function lastDayOf(month: number): number {
  return firstDayOf(month + 1) - 1;
}

/** `YYYY-MM`. */
export function monthText(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** The month of `YYYY-MM`, or `undefined`. */
export function readMonth(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? Number(match[1]) * 12 + month - 1 : undefined;
}

/**
 * The months whose last day lies in `[start, end]` (days, both inclusive) — a line's months
 * (RSL-4) — or, when it holds none, its start month alone with `holds: false`.
 */
export function monthsOf(
  start: number,
  end: number,
): { first: number; count: number; holds: boolean } {
  const first = monthOfDay(start);
  let count = 0;
  while (lastDayOf(first + count) <= end) count++;
  return count === 0 ? { first, count: 1, holds: false } : { first, count, holds: true };
}

/** A reconciliation file's day (`YYYY-MM-DD`, an ISO instant's UTC day, or `M/D/YYYY`, REC-2). */
export function costDay(cell: unknown): number | undefined | null {
  return readFileDate(typeof cell === 'number' ? String(cell) : cell);
}

const ISO = /^\s*'?\s*\d{4}-\d{2}-\d{2}(?:[T ].*)?\s*$/;
const SLASHED = /^\s*'?\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

/**
 * A billed export's day in the format its map names (RSL-2), never guessed: `undefined` for an
 * empty cell, `null` for one that is not a day in that format.
 */
export function billedDay(cell: unknown, format: ResaleDateFormat): number | undefined | null {
  if (cell === undefined || cell === null) return undefined;
  if (typeof cell !== 'string') return null;
  if (cell.trim() === '') return undefined;
  if (format === 'YYYY-MM-DD') return ISO.test(cell) ? (readFileDate(cell) ?? null) : null;
  const match = SLASHED.exec(cell);
  if (match === null) return null;
  const [first, second] = [Number(match[1]), Number(match[2])];
  const [month, day] = format === 'M/D/YYYY' ? [first, second] : [second, first];
  return utcDayOf(Number(match[3]), month, day) ?? null;
}
