import fc from 'fast-check';
import { expect, it } from 'vitest';

/** A value frozen all the way down, so any write to it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The time zones the contract compares against the process's own. */
const OTHER_ZONES = ['Australia/Sydney', 'America/Los_Angeles', 'UTC'];

function inZone<T>(zone: string, run: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return run();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The contract every public function keeps (SPEC TIME-6, PURE-1), checked as one property over
 * valid inputs: the same inputs give the same output; deep-frozen inputs are not written to;
 * the output survives a JSON round trip unchanged; a JSON copy of the inputs gives the same output;
 * and the output is the same in other process time zones.
 */
export function itKeepsTheContract<Args extends unknown[]>(
  name: string,
  fn: (...args: Args) => unknown,
  args: fc.Arbitrary<Args>,
): void {
  it(`PURE-1, TIME-6: ${name} is deterministic, never mutates, returns JSON and ignores the time zone`, () => {
    fc.assert(
      fc.property(args, (input) => {
        const expected = fn(...structuredClone(input));
        const frozen = deepFreeze(structuredClone(input));
        expect(fn(...frozen)).toEqual(expected);
        expect(frozen).toEqual(input);
        expect(jsonCopy(expected)).toEqual(expected);
        expect(fn(...jsonCopy(input))).toEqual(expected);
        for (const zone of OTHER_ZONES) {
          expect(inZone(zone, () => fn(...structuredClone(input)))).toEqual(expected);
        }
      }),
    );
  });
}
