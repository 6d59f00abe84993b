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
 * no invalid instant, and leaves its arguments and the built-in prototypes as they were.
 * FUZZ_RUNS sets the cases per export (`npm run fuzz` runs 100 000); the seed is the suite's fixed
 * seed (FC_SEED).
 *
 * No test times anything: how long a call takes depends on the machine and its load (a 50 ms
 * bound took 55 ms on a loaded 2-core machine). `npm run bench:fuzz` measures it instead
 * (FUZZ_TIMES set): the slowest call of each export against {@link BUDGET_MS}, printed, asserting
 * nothing.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** What a call should stay under, as `npm run bench:fuzz` reports it. */
const BUDGET_MS = 50;
/** Whether to measure each call (`npm run bench:fuzz`); never in the gate. */
const TIMES = process.env.FUZZ_TIMES !== undefined && process.env.FUZZ_TIMES !== '';
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

/** The slowest call of an export, as `npm run bench:fuzz` measures it. */
interface Slowest {
  ms: number;
  args: string;
}

/**
 * A call, measured when asked (FUZZ_TIMES): a call over the budget runs once more, to tell a slow
 * path from a pause of the collector or the compiler, and the faster of the two is kept.
 */
function measured(
  fn: unknown,
  args: unknown[],
  driver: { construct?: true; sample?: true },
  slowest: Slowest,
): Outcome {
  if (!TIMES) return call(fn, args, driver);
  let start = performance.now();
  let outcome = call(fn, args, driver);
  let took = performance.now() - start;
  if (took > BUDGET_MS) {
    start = performance.now();
    outcome = call(fn, args, driver);
    took = Math.min(took, performance.now() - start);
  }
  if (took > slowest.ms) {
    slowest.ms = took;
    // the arguments are written only past the budget: hostile ones may not print (a bigint, a
    // getter that throws), and reading them must not count as the call's
    slowest.args = took > BUDGET_MS ? argumentsText(args) : '';
  }
  return outcome;
}

/** Hostile arguments as far as they print, for the bench's report. */
function argumentsText(args: unknown[]): string {
  try {
    return String(
      JSON.stringify(args, (_, value) => (typeof value === 'bigint' ? `${value}n` : value)),
    ).slice(0, 200);
  } catch {
    return '(arguments that do not print)';
  }
}

/** The call's verdict: undefined when it kept every rule, else what it broke. */
function judge(
  fn: unknown,
  args: unknown[],
  driver: { construct?: true; sample?: true },
  slowest: Slowest,
): string | undefined {
  const before = snapshot(args);
  const inputs = objectsOf(args);
  const outcome = measured(fn, args, driver, slowest);
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
  const counts: [string, number, Slowest][] = [];

  describe(`fuzz: hostile input to every export of ${entry}`, () => {
    afterAll(() => {
      const lines = counts.map(([name, cases, slowest]) => {
        const time = TIMES
          ? `, slowest ${slowest.ms.toFixed(1)} ms${slowest.ms > BUDGET_MS ? ` (past ${BUDGET_MS} ms: ${slowest.args})` : ''}`
          : '';
        return `  ${name}: ${cases} cases, 0 failures${time}`;
      });
      console.log(`fuzz ${entry} (seed ${fc.readConfigureGlobal().seed}):\n${lines.join('\n')}`);
    });

    it('ERR-1: every export of the entry has a fuzz driver, and every driver an export', () => {
      expect(Object.keys(table).sort()).toEqual(Object.keys(module).sort());
    });

    for (const [name, driver] of Object.entries(table)) {
      it(
        `ERR-1: ${name} answers or throws RuleError for ${RUNS} hostile calls, no NaN, no invalid instant, no mutation, no pollution`,
        () => {
          const fn = module[name];
          const before = snapshot(fn);
          const slowest: Slowest = { ms: 0, args: '' };
          let cases = 0;
          fc.assert(
            fc.property(hostileArguments(driver.valid, driver.arity), (args) => {
              cases++;
              const verdict = judge(fn, args, driver, slowest);
              if (verdict !== undefined) throw new Error(`${entry} ${name}: ${verdict}`);
            }),
            { numRuns: RUNS },
          );
          // Exported values (the catalog, the codes) come out of every call as they went in.
          expect(snapshot(fn)).toEqual(before);
          counts.push([name, cases, slowest]);
        },
        TIMEOUT_MS,
      );
    }
  });
}
