import fc from 'fast-check';
import type { ParseResult } from 'subscription-rules/schemas';
import { expect } from 'vitest';

/** Asserts `parse` accepts `value`, and returns the parsed value. */
export function accepted<T>(parse: (input: unknown) => ParseResult<T>, value: unknown): T {
  const result = parse(value);
  if (!result.ok) {
    expect.fail(`refused ${JSON.stringify(value)}: ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}

/** The same seed gives the same samples: two draws of 30 with one seed are equal. */
export function sameSamplesForOneSeed<T>(make: () => fc.Arbitrary<T>): void {
  const first = fc.sample(make(), { seed: 1234, numRuns: 30 });
  const second = fc.sample(make(), { seed: 1234, numRuns: 30 });
  expect(second).toEqual(first);
  expect(fc.sample(make(), { seed: 4321, numRuns: 30 })).not.toEqual(first);
}
