import type { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { describeValue } from './describeValue.ts';
import { thrownRuleError } from './thrownRuleError.ts';

/**
 * Throws the {@link RuleError} for a bad input. Every `RuleError` of the library is built here, so
 * every message has one shape: `<path>: <what was expected>, got <the value>`.
 *
 * The fragment is also the message's catalog key (MSG-1): its variable parts are `{name}`
 * placeholders, filled in order by `values`, so the error carries the template as its `messageId`
 * and `{ path, got, name: value… }` as its `params`, and a locale translates it without parsing
 * English. A call site pays only its placeholders' names: no ids, no English table.
 *
 * @param code - The error code.
 * @param path - The dot path of the offending field.
 * @param expected - What the field should have been, as a sentence fragment: a template whose
 *   `{name}` placeholders (word characters in braces, never `path` or `got`) take `values` in order.
 * @param value - The offending value, described safely in the message.
 * @param values - The values of the placeholders, in the order they appear.
 */
export function fail(
  code: RuleErrorCode,
  path: string,
  expected: string,
  value: unknown,
  ...values: (string | number)[]
): never {
  const got = describeValue(value);
  const params: Record<string, string | number> = { path, got };
  let next = 0;
  const text = expected.replace(
    /\{(\w+)\}/g,
    // biome-ignore lint/suspicious/noAssignInExpressions: records each placeholder's value as it fills it
    (_, name: string) => `${(params[name] = values[next++] as string | number)}`,
  );
  throw thrownRuleError(code, `${path}: ${text}, got ${got}`, path, {
    messageId: expected,
    params,
  });
}
