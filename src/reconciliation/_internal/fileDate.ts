import { utcDayOf } from '../../time/utcDayOf.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]00:?00))?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Reads a date cell of Partner Center's reconciliation file (REC-2, R1, R10) as a UTC calendar day
 * (days since 1970-01-01): `YYYY-MM-DD`, `YYYY-MM-DDThh:mm:ssZ` (a Graph export; midnight, or the
 * 23:59 an inclusive end is written with) and `M/D/YYYY` (Excel's US re-save). A day that does not
 * exist (`2026-02-30`, `13/1/2026`) is `null`; an empty cell is `undefined`.
 *
 * @param cell - The cell as a CSV parser gives it (text; anything else is no date).
 * @returns The day number, `undefined` for an empty cell, `null` for one that is not a date.
 */
export function readFileDate(cell: unknown): number | undefined | null {
  if (cell === undefined || cell === null) return undefined;
  if (typeof cell !== 'string') return null;
  const text = cell.trim().replace(/^'/, '').trim();
  if (text === '') return undefined;
  const iso = ISO.exec(text);
  const us = iso === null ? US.exec(text) : null;
  const [year, month, day] =
    iso !== null
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : us !== null
        ? [Number(us[3]), Number(us[1]), Number(us[2])]
        : [0, 0, 0];
  if (
    iso !== null &&
    (Number(iso[4] ?? 0) > 23 || Number(iso[5] ?? 0) > 59 || Number(iso[6] ?? 0) > 59)
  )
    return null;
  // the calendar's own integer arithmetic: no Date per cell, a day that does not exist refused
  return utcDayOf(year, month, day) ?? null;
}
