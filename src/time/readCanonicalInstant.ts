import { MS_PER_DAY } from '../kernel/units.ts';
import { daysFromCivil } from './_internal/daysFromCivil.ts';
import { daysInMonth } from './_internal/daysInMonth.ts';

/**
 * Epoch milliseconds of an instant in exactly the form the library writes and `toISOString()`
 * gives (`YYYY-MM-DDTHH:mm:ss.sssZ`, 24 characters), or NaN for any other text — which the caller
 * then reads with the full parser (`parseInstant`), so a text this reader declines is never an
 * error of its own. Every character is read once, in order, with no builtin but `charCodeAt`: on
 * Node 20 a character's code costs ~30 instructions, and the full parser's loops and helpers on
 * top of that ~170 more a text. What it accepts it reads to the millisecond `parseInstant` gives
 * (TIME-1), a real calendar day and time only.
 */
export function readCanonicalInstant(s: string): number {
  if (s.length !== 24) return Number.NaN;
  const y0 = s.charCodeAt(0) - 48;
  const y1 = s.charCodeAt(1) - 48;
  const y2 = s.charCodeAt(2) - 48;
  const y3 = s.charCodeAt(3) - 48;
  const dash1 = s.charCodeAt(4);
  const m0 = s.charCodeAt(5) - 48;
  const m1 = s.charCodeAt(6) - 48;
  const dash2 = s.charCodeAt(7);
  const d0 = s.charCodeAt(8) - 48;
  const d1 = s.charCodeAt(9) - 48;
  const t = s.charCodeAt(10);
  const h0 = s.charCodeAt(11) - 48;
  const h1 = s.charCodeAt(12) - 48;
  const colon1 = s.charCodeAt(13);
  const n0 = s.charCodeAt(14) - 48;
  const n1 = s.charCodeAt(15) - 48;
  const colon2 = s.charCodeAt(16);
  const s0 = s.charCodeAt(17) - 48;
  const s1 = s.charCodeAt(18) - 48;
  const dot = s.charCodeAt(19);
  const f0 = s.charCodeAt(20) - 48;
  const f1 = s.charCodeAt(21) - 48;
  const f2 = s.charCodeAt(22) - 48;
  const z = s.charCodeAt(23);
  // a digit is 0–9; as an unsigned number a character below '0' is far past 9
  if (
    dash1 !== 45 ||
    dash2 !== 45 ||
    t !== 84 ||
    colon1 !== 58 ||
    colon2 !== 58 ||
    dot !== 46 ||
    z !== 90 ||
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9 ||
    h0 >>> 0 > 9 ||
    h1 >>> 0 > 9 ||
    n0 >>> 0 > 9 ||
    n1 >>> 0 > 9 ||
    s0 >>> 0 > 9 ||
    s1 >>> 0 > 9 ||
    f0 >>> 0 > 9 ||
    f1 >>> 0 > 9 ||
    f2 >>> 0 > 9
  )
    return Number.NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = n0 * 10 + n1;
  const second = s0 * 10 + s1;
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return Number.NaN;
  return (
    daysFromCivil(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    f0 * 100 +
    f1 * 10 +
    f2
  );
}
