import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { type Instant, parseInstant } from '../../time/parseInstant.ts';
import { type Basics, readBasics } from './basics.ts';

/**
 * What every reader does first (PCR-1): checks `{ asOf }`, then reads the fields both programs
 * share, the program among them.
 *
 * @param resource - The resource as given.
 * @param options - The caller's options.
 * @returns The fields read and `asOf` in canonical form.
 */
export function readResource(
  resource: unknown,
  options: { readonly asOf: Instant },
): { readonly basics: Basics; readonly asOf: string } {
  if (typeof options !== 'object' || options === null)
    fail(RuleErrorCode.MISSING_FIELD, 'options.asOf', 'expected { asOf }', options);
  const asOfMs = parseInstant(options.asOf, 'options.asOf');
  return { basics: readBasics(resource, asOfMs), asOf: formatInstant(asOfMs, 'options.asOf') };
}
