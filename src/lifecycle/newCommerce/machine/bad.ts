import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';

/**
 * Throws the RuleError of a state's field that is not what it should be (ERR-1): `MISSING_FIELD`
 * when it is absent, else `INVALID_ARGUMENT`. Built only then, so a check costs nothing more.
 */
export function bad(
  path: string,
  expected: string,
  value: unknown,
  ...values: (string | number)[]
): never {
  return fail(
    value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
    path,
    expected,
    value,
    ...values,
  );
}
