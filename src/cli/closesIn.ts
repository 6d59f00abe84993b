const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long a window has left at `at`, in words a person reads at a glance: days from one day on,
 * hours under a day (`closes in 23 h`), minutes under an hour. Rounded down, so it never promises
 * more time than there is: 1 day 23 h is `closes in 1 day`.
 *
 * @param until - When the window closes (an instant the library wrote).
 * @param at - Now (an instant the library wrote or read).
 * @returns `closes in 5 days`, `closes in 23 h`, `closes in 40 min`, or `closed` when it has.
 */
export function closesIn(until: string, at: string): string {
  const left = Date.parse(until) - Date.parse(at);
  if (!(left > 0)) return 'closed';
  if (left >= DAY) {
    const days = Math.floor(left / DAY);
    return `closes in ${days} ${days === 1 ? 'day' : 'days'}`;
  }
  if (left >= HOUR) return `closes in ${Math.floor(left / HOUR)} h`;
  if (left >= MINUTE) return `closes in ${Math.floor(left / MINUTE)} min`;
  return 'closes in under a minute';
}
