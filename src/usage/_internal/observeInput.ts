import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { UsageLine, UsageReadResult } from '../types.ts';
import { observeLine } from './observeLine.ts';
import type { UsageOptions } from './readUsageOptions.ts';
import { noteShape, type UsageState } from './UsageState.ts';

/**
 * Adds what `readUsageLine` read (or a line) to a state (USG-6): a line read, its shape's issues
 * and its other columns; a row not read, its issues.
 *
 * @throws `RuleError` for a read result whose lists are not lists, or a line not read by `readUsageLine`.
 */
export function observeInput(
  state: UsageState,
  read: UsageOptions,
  input: UsageLine | UsageReadResult,
): void {
  if (typeof input === 'object' && input !== null && 'ok' in input) {
    const list = input.ok ? input.otherColumns : input.issues;
    if (!Array.isArray(list))
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        input.ok ? 'line.otherColumns' : 'line.issues',
        'expected a list',
        list,
      );
    if (Array.isArray(input.shape)) for (const issue of input.shape) noteShape(state, issue);
    if (input.ok) {
      observeLine(state, read, input.line);
      for (const name of input.otherColumns)
        if (typeof name === 'string') state.otherColumns.add(name);
    } else {
      state.lines++;
      state.issues.push(...input.issues.map((issue) => ({ ...issue })));
    }
    return;
  }
  observeLine(state, read, input);
}
