const MINUTE = 60_000;
const DAY = 86_400_000;

/** The year Partner Center writes for "since always" in `EffectiveStartDate` (PL-1, P4). */
export const ALWAYS_YEAR = 1753;
/** The year Partner Center writes for "open" in `EffectiveEndDate` (PL-1, P4). */
export const OPEN_YEAR = 9999;

/** A date's instant and the unit it was written to (its last millisecond is `at + unit − 1`). */
export interface PriceDate {
  readonly at: number;
  readonly unit: number;
  readonly year: number;
}

/** Digits of `text` from `start` to `end` as a number; NaN when any is not a digit or none is. */
function digits(text: string, start: number, end: number): number {
  if (end <= start) return Number.NaN;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    value = value * 10 + c;
  }
  return value;
}

/** Days in a month of the proleptic Gregorian calendar. */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Epoch ms of a UTC date and time, or NaN when a part is out of its range. */
function utc(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
): number {
  if (!(y >= 1 && y <= 9999 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo)))
    return Number.NaN;
  if (!(h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 59)) return Number.NaN;
  return Date.UTC(y, mo - 1, d, h, mi, s, ms);
}

/** `YYYY-MM-DD[THH:mm[:ss[.f{1,7}]]][Z|±HH:mm]`, UTC when no zone is written. */
function iso(text: string): PriceDate | undefined {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (text.length === 10) {
    const at = utc(y, mo, d, 0, 0, 0, 0);
    return Number.isNaN(at) ? undefined : { at, unit: DAY, year: y };
  }
  const t = text.charCodeAt(10);
  if ((t !== 84 && t !== 32) || text.charCodeAt(13) !== 58) return undefined;
  const h = digits(text, 11, 13);
  const mi = digits(text, 14, 16);
  let i = 16;
  let s = 0;
  let ms = 0;
  let unit = MINUTE;
  if (text.charCodeAt(i) === 58) {
    s = digits(text, i + 1, i + 3);
    i += 3;
    unit = 1000;
    if (text.charCodeAt(i) === 46) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const fraction = j - i - 1;
      if (fraction < 1 || fraction > 7) return undefined;
      ms = digits(`${text.slice(i + 1, j)}00`, 0, 3);
      unit = 1;
      i = j;
    }
  }
  let offset = 0;
  const zone = text.slice(i);
  if (zone === 'Z' || zone === '') offset = 0;
  else if (/^[+-]\d\d:\d\d$/.test(zone)) {
    const oh = digits(zone, 1, 3);
    const om = digits(zone, 4, 6);
    if (oh > 23 || om > 59) return undefined;
    offset = (zone.charCodeAt(0) === 45 ? -1 : 1) * (oh * 60 + om) * MINUTE;
  } else return undefined;
  const at = utc(y, mo, d, h, mi, s, ms);
  return Number.isNaN(at) ? undefined : { at: at - offset, unit, year: y };
}

/** `M/D/YYYY[ h:mm[:ss][ AM|PM]]`, UTC. */
function us(text: string): PriceDate | undefined {
  const match =
    /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])[Mm])?)?$/.exec(
      text,
    );
  if (match === null) return undefined;
  const [, mo, d, y, hh, mm, ss, half] = match;
  let h = hh === undefined ? 0 : Number(hh);
  if (half !== undefined) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (half === 'P' || half === 'p' ? 12 : 0);
  }
  const year = Number(y);
  const at = utc(year, Number(mo), Number(d), h, Number(mm ?? 0), Number(ss ?? 0), 0);
  if (Number.isNaN(at)) return undefined;
  return { at, unit: hh === undefined ? DAY : ss === undefined ? MINUTE : 1000, year };
}

/**
 * A price list's date (PL-1): an ISO 8601 instant (up to 7 decimals, `Z`, an offset or none for
 * UTC; a date alone), or `M/D/YYYY h:mm[:ss][ AM|PM]` (a date alone too), in UTC.
 *
 * @param text - The cell, trimmed.
 * @returns The instant and the unit it was written to, or `undefined` for no such date.
 */
export function priceDate(text: string): PriceDate | undefined {
  return text.length >= 10 && text.charCodeAt(4) === 45 ? iso(text) : us(text);
}
