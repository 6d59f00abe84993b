import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { memoryOf } from '../_private.ts';
import { runCli, scratch } from './_cli.ts';

const { file } = scratch('cli-memory-', 'dru.csv');

/** A usage file of one line: a plan's one day. */
const ONE_LINE =
  'SubscriptionId,EntitlementId,ProductId,SkuId,UsageDate,Quantity,EffectiveUnitPrice,PCToBCExchangeRate,BillingPreTaxTotal,BillingCurrency\r\n' +
  'plan-1,azure-1,DZH318Z0BQ3Q,0001,2026-11-01,24,0.17,1,4.08,USD\r\n';

describe('a run out of the heap its --memory gives it', () => {
  it('REC-3, USG-7: stops with one line naming what to give (exit 3), nothing else on standard error — never V8’s report', () => {
    const runs: [string[], string][] = [
      [
        ['reconcile', '--file', 'recon.csv', '--memory', '128M'],
        'reconcile needed more than the 96 MiB heap',
      ],
      [
        ['usage', '--engine', 'duckdb', '--file', 'dru.csv', '--memory', '1G'],
        'usage needed more than the 448 MiB heap',
      ],
      [
        ['usage', '--file', 'dru.csv', '--memory', '256M', '--workers', '2'],
        'usage needed more than the 112 MiB heap',
      ],
    ];
    for (const [args, start] of runs) {
      const run = runCli(args, { env: { HEAP_TEST_FILL: '1' } });
      expect(run.code, args.join(' ')).toBe(3);
      const lines = run.err.trimEnd().split('\n');
      expect(lines, run.err).toHaveLength(1);
      expect(lines[0]).toContain(`error: out of memory: ${start}`);
      expect(run.err).not.toMatch(/FATAL|GCs|stack/);
      // the advice is more than what was given
      const advice = /give it more \(--memory (\w+)\)/.exec(run.err)?.[1];
      const given = args[args.indexOf('--memory') + 1] as string;
      expect(memoryOf(advice)).toBeGreaterThan(memoryOf(given));
    }
  });

  it('USG-7: a usage worker out of the heap --memory gives each worker stops the run with one line naming more (exit 3), nothing else on standard error', () => {
    const usage = file(ONE_LINE);
    const args = ['usage', '--file', usage, '--workers', '2', '--memory', '512M'];
    const run = runCli(args, { env: { SUBSCRIPTION_RULES_WORKER_EXIT: 'heap' } });
    expect(run.code).toBe(3);
    expect(run.err).toBe(
      "error: out of memory: usage's worker needed more than the heap its --memory gives it; give it more (--memory 1G)\n",
    );
    expect(run.out).toBe('');
  });

  it('USG-7: usage without --memory, its workers filling the cores, out of the runtime’s own heap: one line naming a budget to give (exit 3), nothing else on standard error', () => {
    const workers = String(Math.max(2, availableParallelism()));
    const args = ['usage', '--file', 'dru.csv', '--workers', workers];
    // a small heap of the runtime's own, for the run to fill at once
    const run = runCli(args, {
      env: { HEAP_TEST_FILL: '1', NODE_OPTIONS: '--max-old-space-size=96' },
    });
    expect(run.code, run.err).toBe(3);
    expect(run.err).toMatch(
      /^error: out of memory: usage needed more than the \d+ MiB heap the runtime gives it; give it a budget \(--memory 1G\), within which what does not fit goes to disk\n$/,
    );
  });
});

describe('a relaunched run the runtime itself stops', () => {
  it('REC-3, USG-7, INV-3: a failed check of V8’s or an abort ends with one line saying the runtime stopped the command and what it said (exit 3), nothing else on standard error — never read as out of memory', () => {
    const runs: [string[], string, RegExp][] = [
      // started again for its heap's bound, its collector keeping its helpers on any machine
      [
        ['reconcile', '--engine', 'duckdb', '--file', 'recon.csv', '--memory', '256M'],
        'check',
        /stopped reconcile: Check failed: [^;]+[^.]; its output is not complete$/,
      ],
      // started again for its workers' compiles alone
      [
        ['tie-out', '--invoices', 'invoices.json', '--file', 'recon.csv', '--workers', '2'],
        'abort',
        /stopped tie-out: aborted; its output is not complete$/,
      ],
      [
        ['usage', '--file', 'dru.csv', '--workers', '2'],
        'abort',
        /stopped usage: aborted; its output is not complete$/,
      ],
    ];
    for (const [args, how, said] of runs) {
      const run = runCli(args, { env: { RUNTIME_TEST_FAIL: how } });
      expect(run.code, `${args.join(' ')}: ${run.err}`).toBe(3);
      const lines = run.err.trimEnd().split('\n');
      expect(lines, run.err).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^error: internal failure: the runtime \(Node\.js v\d+\.\d+\.\d+\) stopped /,
      );
      expect(lines[0]).toMatch(said);
      expect(run.err).not.toMatch(/out of memory|Native stack|#/);
      expect(run.out).toBe('');
    }
    // --debug adds the runtime's report after the line
    const debug = runCli(
      ['reconcile', '--engine', 'duckdb', '--file', 'recon.csv', '--memory', '256M', '--debug'],
      { env: { RUNTIME_TEST_FAIL: 'check' } },
    );
    expect(debug.code).toBe(3);
    expect(debug.err).toMatch(
      /^error: internal failure: [^\n]*Check failed[^\n]*\n#\n# Fatal error/,
    );
    expect(debug.err).toContain('----- Native stack trace -----');
  });
});

describe('the collector’s helper threads', () => {
  /**
   * Runs `args` with a preload that writes, from each process's main thread, whether it is the
   * run's second process, whether it was started with the collector alone and whether it compiles
   * on each thread; returns the lines.
   */
  const started = (
    args: readonly string[],
  ): { run: ReturnType<typeof runCli>; said: unknown[] } => {
    const probe = file(
      [
        "const { isMainThread } = require('node:worker_threads');",
        'if (isMainThread)',
        "  require('node:fs').appendFileSync(process.env.PROBE_OUT, JSON.stringify([process.env.SUBSCRIPTION_RULES_HEAP ?? null, process.execArgv.includes('--single-threaded-gc'), process.execArgv.includes('--no-concurrent-recompilation')]) + '\\n');",
      ].join('\n'),
      'collector-probe.cjs',
    );
    const out = file('', 'collector.txt');
    const run = runCli(args, { env: { NODE_OPTIONS: `--require "${probe}"`, PROBE_OUT: out } });
    const said = readFileSync(out, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line));
    return { run, said };
  };

  it('USG-7, REC-3: a run whose workers fill the cores is started again with the collector alone — usage without --memory with its heap the runtime’s own — its output the same as one thread’s', () => {
    const usage = file(ONE_LINE);
    // two workers or more, at least as many as the cores
    const cores = String(Math.max(2, availableParallelism()));
    const filled = started(['usage', '--file', usage, '--workers', cores, '--json']);
    expect(filled.said).toEqual([
      [null, false, false],
      ['own', true, true],
    ]);
    const one = runCli(['usage', '--file', usage, '--workers', '1', '--json']);
    expect(filled.run.code).toBe(one.code);
    expect(filled.run.out).toBe(one.out);
    // one thread without a budget runs in the process it was started in, with the helpers
    const alone = started(['usage', '--file', usage, '--workers', '1', '--json']);
    expect(alone.said).toEqual([[null, false, false]]);
    // reconcile, started again for its heap's bound, with the collector alone by the same rule,
    // its workers' code compiled on their own threads (a worker ending mid-compile stops Node 20)
    const reconcile = started(['reconcile', '--file', 'none.csv', '--workers', cores]);
    expect(reconcile.said.map((line) => (line as unknown[]).slice(1))).toEqual([
      [false, false],
      [true, true],
    ]);
    const lone = started(['reconcile', '--file', 'none.csv', '--workers', '1']);
    expect(lone.said.map((line) => (line as unknown[])[2])).toEqual([false, false]);
    // tie-out's workers too, in a process of its own for that alone: its heap the runtime's own
    const tieOut = ['tie-out', '--invoices', 'none.json', '--file', 'none.csv'];
    expect(started([...tieOut, '--workers', '2']).said).toEqual([
      [null, false, false],
      ['own', false, true],
    ]);
    expect(started([...tieOut, '--workers', '1']).said).toEqual([[null, false, false]]);
    expect(started([...tieOut, '--workers', '2', '--engine', 'duckdb']).said).toEqual([
      [null, false, false],
    ]);
  });
});
