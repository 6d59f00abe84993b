import { parseInstant } from '../../time/parseInstant.ts';

/**
 * An instant of a resource as epoch ms by the library's strict reader (TIME-1), or `NaN` when it
 * is not one: the resource reader then names the field in its own error.
 *
 * @param value - The field's value.
 * @returns Epoch ms, or `NaN`.
 */
export function instantMs(value: unknown): number {
  try {
    return parseInstant(value, 'resource');
  } catch {
    return Number.NaN;
  }
}
