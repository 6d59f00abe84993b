import { RuleError } from '../errors/RuleError.ts';
import type { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { describeValue } from './describeValue.ts';

/**
 * Throws the {@link RuleError} for a bad input. Every `RuleError` of the library is built here, so
 * every message has one shape: `<path>: <what was expected>, got <the value>`.
 *
 * @param code - The error code.
 * @param path - The dot path of the offending field.
 * @param expected - What the field should have been, as a sentence fragment.
 * @param value - The offending value, described safely in the message.
 */
export function fail(code: RuleErrorCode, path: string, expected: string, value: unknown): never {
  throw new RuleError(code, `${path}: ${expected}, got ${describeValue(value)}`, path);
}
