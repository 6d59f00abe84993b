import { formatInstant } from '../time/formatInstant.ts';
import { parseInstant } from '../time/parseInstant.ts';

/** An instant the schema accepted, in the library's output form (`toISOString()`, UTC). */
export function canonicalInstant(text: string, path: string): string {
  return formatInstant(parseInstant(text, path), path);
}
