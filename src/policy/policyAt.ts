import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { type Instant, parseInstant } from '../time/parseInstant.ts';
import { newCommercePolicyInForceAt } from './newCommercePolicyInForceAt.ts';
import { policyInForceAt } from './policyInForceAt.ts';
import type { NewCommercePolicy, Policy } from './types.ts';
import type { Program } from './vocabulary/programs.ts';

/**
 * Which catalog {@link policyAt} picks from (NCE-1).
 *
 * @category Policies
 */
export interface ProgramOptions<P extends Program = Program> {
  /**
   * The program whose catalog to pick from.
   *
   * @defaultValue `'legacy'`
   */
  readonly program?: P | undefined;
}

/**
 * The Partner Center policy in force at an instant (POL-2, NCE-1), from the catalog of the given
 * program (`legacy` by default). Decisions about a legacy purchase use the policy in force at its
 * `orderedAt`, so an order placed under the 60-day software window keeps it even when the request
 * comes after the 30-day rules took over; a New Commerce decision uses the one in force when its
 * term began (NCE-11).
 *
 * @param instant - A `Date` or an ISO 8601 string with `Z` or an offset.
 * @param options - `{ program: 'new-commerce' }` to pick a New Commerce policy.
 * @returns The catalog policy of the program in force at `instant`.
 * @throws {@link RuleError} `INVALID_INSTANT` (path `instant`) for anything else;
 *   `INVALID_ARGUMENT` (path `options.program`) for an unknown program.
 * @example
 * ```ts
 * import { policyAt } from 'subscription-rules';
 * policyAt('2021-03-07T23:59:59.999Z').id;
 * //=> 'partner-center-2020-01'
 * policyAt('2021-03-08T00:00:00Z').id;
 * //=> 'partner-center-2021-03'
 * policyAt('2022-03-18T00:00:00Z', { program: 'new-commerce' }).id;
 * //=> 'partner-center-nce-2022-03'
 * ```
 * @category Policies
 */
export function policyAt<P extends Program = 'legacy'>(
  instant: Instant,
  options?: ProgramOptions<P>,
): PolicyOf<P> {
  const program = options === undefined ? undefined : readProgram(options);
  const ms = parseInstant(instant, 'instant');
  return (
    program === 'new-commerce' ? newCommercePolicyInForceAt(ms) : policyInForceAt(ms)
  ) as PolicyOf<P>;
}

/**
 * The policy type of a program (NCE-1): {@link NewCommercePolicy} for `new-commerce`, else
 * {@link Policy}.
 *
 * @category Policies
 */
export type PolicyOf<P extends Program> = [P] extends ['new-commerce'] ? NewCommercePolicy : Policy;

function readProgram(options: ProgramOptions<Program>): Program | undefined {
  if (typeof options !== 'object' || options === null) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options', 'expected an object', options);
  }
  const program = options.program;
  if (program !== undefined && program !== 'legacy' && program !== 'new-commerce') {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.program',
      'expected legacy or new-commerce',
      program,
    );
  }
  return program;
}
