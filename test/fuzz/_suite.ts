import fc from 'fast-check';
import { RuleError } from 'subscription-rules';
import { afterAll, describe, expect, it } from 'vitest';
import { objectsOf, pollution, problemsIn, snapshot } from './_checks.ts';
import { drivers, entries } from './_drivers.ts';
import { hostileArguments } from './_hostile.ts';

/**
 * Hostile input (SPEC ERR-1): every export of every entry, called with broken arguments — valid
 * ones with a field replaced by a hostile value, removed, or joined by an extra or `__proto__` key;
 * or hostile values outright. Each call returns a result or throws a RuleError, returns no NaN and
 * no invalid instant, leaves its arguments and the built-in prototypes as they were, and takes at
 * most 50 ms. FUZZ_RUNS sets the cases per export (`npm run fuzz` runs 100 000); the seed is the
 * suite's fixed seed (FC_SEED).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const LIMIT_MS = 50;
/** Generous: a case takes well under a millisecond, but 100 000 of them take a while. */
const TIMEOUT_MS = Math.max(60_000, RUNS * 10);

type Outcome = { readonly threw: unknown } | { readonly returned: unknown };

function call(fn: unknown, args: unknown[], driver: { construct?: true; sample?: true }): Outcome {
  try {
    if (typeof fn !== 'function') return { returned: fn };
    const result = driver.construct
      ? Reflect.construct(fn, args)
      : (fn as (...a: unknown[]) => unknown)(...args);
    if (driver.sample) fc.sample(result as fc.Arbitrary<unknown>, { seed: 1, numRuns: 3 });
    return { returned: result };
  } catch (error) {
    return { threw: error };
  }
}

/** The call's verdict: undefined when it kept every rule, else what it broke. */
function judge(
  fn: unknown,
  args: unknown[],
  driver: { construct?: true; sample?: true },
): string | undefined {
  const before = snapshot(args);
  const inputs = objectsOf(args);
  let start = performance.now();
  let outcome = call(fn, args, driver);
  let took = performance.now() - start;
  if (took > LIMIT_MS) {
    // Once more, to tell a slow path from a pause of the collector or the compiler.
    start = performance.now();
    outcome = call(fn, args, driver);
    took = performance.now() - start;
    if (took > LIMIT_MS) return `took ${took.toFixed(1)} ms (twice)`;
  }
  if ('threw' in outcome) {
    if (!(outcome.threw instanceof RuleError)) {
      const error = outcome.threw as Error;
      return `threw ${error?.name ?? typeof error}: ${String(error?.message ?? error).slice(0, 300)}`;
    }
    if (typeof outcome.threw.code !== 'string' || outcome.threw.message === '') {
      return 'threw a RuleError without a code or a message';
    }
  } else {
    const problems = problemsIn(outcome.returned, inputs);
    if (problems.length > 0) return `returned ${problems.slice(0, 3).join('; ')}`;
  }
  const polluted = pollution();
  if (polluted !== undefined) return polluted;
  expect(snapshot(args), 'the arguments were changed').toEqual(before);
  return undefined;
}

/** The fuzz tests of one entry: every export, FUZZ_RUNS cases each, with a count at the end. */
export function fuzzEntry(entry: string): void {
  const module = entries[entry] ?? {};
  const table = drivers[entry] ?? {};
  const counts: [string, number][] = [];

  describe(`fuzz: hostile input to every export of ${entry}`, () => {
    afterAll(() => {
      const lines = counts.map(([name, cases]) => `  ${name}: ${cases} cases, 0 failures`);
      console.log(`fuzz ${entry} (seed ${fc.readConfigureGlobal().seed}):\n${lines.join('\n')}`);
    });

    it('ERR-1: every export of the entry has a fuzz driver, and every driver an export', () => {
      expect(Object.keys(table).sort()).toEqual(Object.keys(module).sort());
    });

    for (const [name, driver] of Object.entries(table)) {
      it(
        `ERR-1: ${name} answers or throws RuleError for ${RUNS} hostile calls, no NaN, no invalid instant, no mutation, no pollution, ≤ ${LIMIT_MS} ms`,
        () => {
          const fn = module[name];
          const before = snapshot(fn);
          let cases = 0;
          fc.assert(
            fc.property(hostileArguments(driver.valid, driver.arity), (args) => {
              cases++;
              const verdict = judge(fn, args, driver);
              if (verdict !== undefined) throw new Error(`${entry} ${name}: ${verdict}`);
            }),
            { numRuns: RUNS },
          );
          // Exported values (the catalog, the codes) come out of every call as they went in.
          expect(snapshot(fn)).toEqual(before);
          counts.push([name, cases]);
        },
        TIMEOUT_MS,
      );
    }
  });
}
