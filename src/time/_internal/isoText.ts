import { MS_PER_DAY } from '../../kernel/units.ts';
import { civilFromDays } from './civilFromDays.ts';

const scratch: [number, number, number] = [0, 0, 0];

/** Two digits, zero-padded. */
function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/**
 * The `toISOString()` form of any finite epoch milliseconds, its year in four digits within
 * 0000–9999 and else signed and in six, as a `Date` writes it; not finite: the number as text.
 */
export function isoText(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  const whole = Math.trunc(ms);
  const days = Math.floor(whole / MS_PER_DAY);
  let rest = whole - days * MS_PER_DAY;
  const [year, month, day] = civilFromDays(days, scratch);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  const yyyy =
    year < 0 || year > 9999
      ? `${year < 0 ? '-' : '+'}${`00000${Math.abs(year)}`.slice(-6)}`
      : year < 1000
        ? `000${year}`.slice(-4)
        : `${year}`;
  const fff = milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : `${milli}`;
  return `${yyyy}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}.${fff}Z`;
}
