import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { LineOwner } from './lineOfEffect.ts';

/**
 * An optional identifier of the options (`options.subscriptionId`, `options.customerId`): a
 * non-empty string, or absent.
 *
 * @param value - The caller's value.
 * @param path - Its dot path.
 * @returns The text, or `undefined`.
 */
export function optionalId(value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '')
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a non-empty string', value);
  return value;
}

/**
 * The options object itself: absent, or an object holding no key but `keys`.
 *
 * @param options - The caller's options.
 * @param keys - The keys the function takes.
 * @returns It, as a record to read.
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `options`, or at the first key it does not take.
 */
export function readOptions(
  options: unknown,
  keys: readonly string[],
): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options', 'expected an object', options);
  const read = options as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(read))
    if (!keys.includes(key))
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `options.${key}`,
        'expected none: {what} takes {allowed}',
        read[key],
        'options',
        keys.join(', '),
      );
  return read;
}

/**
 * Who the lines are of, from the options.
 *
 * @param options - The options, read.
 * @returns The subscription and customer.
 */
export function ownerOf(options: Readonly<Record<string, unknown>>): LineOwner {
  return {
    subscriptionId: optionalId(options.subscriptionId, 'options.subscriptionId'),
    customerId: optionalId(options.customerId, 'options.customerId'),
  };
}
