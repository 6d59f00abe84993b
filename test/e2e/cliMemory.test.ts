import { describe, expect, it } from 'vitest';
import { memoryOf } from '../_private.ts';
import { runCli, scratch } from './_cli.ts';

const { file } = scratch('cli-memory-', 'dru.csv');

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
    const usage = file(
      'SubscriptionId,EntitlementId,ProductId,SkuId,UsageDate,Quantity,EffectiveUnitPrice,PCToBCExchangeRate,BillingPreTaxTotal,BillingCurrency\r\n' +
        'plan-1,azure-1,DZH318Z0BQ3Q,0001,2026-11-01,24,0.17,1,4.08,USD\r\n',
    );
    const args = ['usage', '--file', usage, '--workers', '2', '--memory', '512M'];
    const run = runCli(args, { env: { SUBSCRIPTION_RULES_WORKER_EXIT: 'heap' } });
    expect(run.code).toBe(3);
    expect(run.err).toBe(
      "error: out of memory: usage's worker needed more than the heap its --memory gives it; give it more (--memory 1G)\n",
    );
    expect(run.out).toBe('');
  });
});
