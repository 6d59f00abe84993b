import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { Program } from '../../policy/vocabulary/programs.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { type Instant, parseInstant } from '../../time/parseInstant.ts';
import { type Basics, readBasics } from './basics.ts';

/**
 * What every reader does first (PCR-1): checks `{ asOf }`, then reads the fields both programs
 * share, the program among them; a program's own reader refuses the other's resource at `resource`.
 *
 * @param resource - The resource as given.
 * @param options - The caller's options.
 * @param program - The one program the caller reads, if it reads one only.
 * @returns The fields read and `asOf` in canonical form.
 */
export function readResource(
  resource: unknown,
  options: { readonly asOf: Instant },
  program?: Program,
): ResourceRead {
  if (typeof options !== 'object' || options === null)
    fail(RuleErrorCode.MISSING_FIELD, 'options.asOf', 'expected { asOf }', options);
  const asOfMs = parseInstant(options.asOf, 'options.asOf');
  const basics = readBasics(resource, asOfMs);
  if (program !== undefined && basics.program !== program)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'resource',
      'expected {program} (this entry takes that program only)',
      basics.program,
      program,
    );
  return { basics, asOf: formatInstant(asOfMs, 'options.asOf') };
}

/** What {@link readResource} read. */
export interface ResourceRead {
  /** The fields both programs share, the program among them. */
  readonly basics: Basics;
  /** `asOf` in canonical form. */
  readonly asOf: string;
}
