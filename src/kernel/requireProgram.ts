import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from './fail.ts';

/**
 * Refuses a value of the other program at a program's own entry (`subscription-rules/legacy`,
 * `subscription-rules/new-commerce`): a state, purchase or input whose `program` is not `program`
 * (absent reads as `legacy`, NCE-1) is a `RuleError` `INVALID_ARGUMENT` at `<path>.program`.
 * Anything else, a non-object included, is left to the function's own checks.
 *
 * @param value - What the caller passed.
 * @param program - The entry's program.
 * @param path - The parameter's name (`subscription`, `purchase`, `input`, `before`).
 */
export function requireProgram(
  value: unknown,
  program: 'legacy' | 'new-commerce',
  path: string,
): void {
  if (typeof value !== 'object' || value === null) return;
  const given = (value as { readonly program?: unknown }).program;
  if ((given ?? 'legacy') === program) return;
  // a legacy entry leaves a misspelt program to the legacy guard, which names the allowed ones
  if (program === 'legacy' && given !== 'new-commerce') return;
  fail(
    RuleErrorCode.INVALID_ARGUMENT,
    `${path}.program`,
    'expected {program} (this entry takes that program only)',
    given ?? 'legacy',
    program,
  );
}
