import { parseInstant } from '../../time/parseInstant.ts';

/** How many instants' texts are remembered with their epoch ms. */
const REMEMBERED = 8;

/** The texts read lately and their epoch ms (`NaN`: no instant), the latest at {@link latest}. */
const texts: (string | undefined)[] = new Array(REMEMBERED).fill(undefined);
const times: number[] = new Array(REMEMBERED).fill(Number.NaN);
let latest = 0;

/**
 * An instant of a resource as epoch ms by the library's strict reader (TIME-1), or `NaN` when it
 * is not one: the resource reader then names the field in its own error. A text read lately is
 * not read again: a subscription's term is worked out from its resource's instants more than once
 * (its prices, its terms of the month, its plain match), each read once (the reader is a function
 * of the text alone; a value that is no text is read each time).
 *
 * @param value - The field's value.
 * @returns Epoch ms, or `NaN`.
 */
export function instantMs(value: unknown): number {
  if (typeof value === 'string')
    for (let k = 0; k < REMEMBERED; k++) if (texts[k] === value) return times[k] as number;
  let ms: number;
  try {
    ms = parseInstant(value, 'resource');
  } catch {
    ms = Number.NaN;
  }
  if (typeof value === 'string') {
    latest = (latest + 1) % REMEMBERED;
    texts[latest] = value;
    times[latest] = ms;
  }
  return ms;
}
