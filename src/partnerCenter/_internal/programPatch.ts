import { checkedAs } from '../../kernel/checkedAs.ts';
import { requireProgram } from '../../kernel/requireProgram.ts';
import type { Subscription } from '../../lifecycle/legacy/types.ts';
import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import type { Program } from '../../policy/vocabulary/programs.ts';
import type { PartnerCenterPatch } from '../PartnerCenterPatch.ts';
import { patchBetween } from './patchBetween.ts';

/**
 * The PATCH body between two states of one program (PCR-2), for that program's entry: a state of
 * the other program is a `RuleError` at `before.program` or `after.program`, each state is held to
 * the program's own state check (`guard`, its `nextDeadline`) under the caller's names.
 *
 * @param before - The state the resource holds.
 * @param after - The state to move it to.
 * @param program - The entry's program.
 * @param guard - The program's state check.
 * @returns The PATCH body, or `null`.
 */
export function programPatch<S extends Subscription | NewCommerceSubscription>(
  before: S,
  after: S,
  program: Program,
  guard: (state: S) => unknown,
): PartnerCenterPatch | null {
  requireProgram(before, program, 'before');
  requireProgram(after, program, 'after');
  checkedAs(before, 'before', guard);
  checkedAs(after, 'after', guard);
  return patchBetween(before, after);
}
