import fc from 'fast-check';
import * as newCommerce from 'subscription-rules/new-commerce';
import { reconcileSubscriptions } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { fetchedFiles } from '../../reconciliation/_fetchedFiles.ts';
import { runStreaming } from '../_run.ts';
import { csv, file } from './_reconcileFiles.ts';

const DAY = 86_400_000;

/** The file's and the list's rows as CSV, in the columns of their first row. */
const csvOf = (rows: readonly Record<string, string>[]): string =>
  csv(rows, Object.keys(rows[0] ?? {}));

describe('reconcile on resources fetched any day (REC-5)', () => {
  it('REC-5: the command finds what reconcileSubscriptions finds on a month’s file whose resources were fetched from 20 days before its end to 40 after, with the default engine, two workers and DuckDB: the planted differences, the money at stake', async () => {
    const samples = fc.sample(
      fc.tuple(fetchedFiles(), fc.integer({ min: -20 * DAY, max: 40 * DAY })),
      { numRuns: 4 },
    );
    for (const [drawn, offset] of samples) {
      const fetchedMs = Math.max(drawn.monthEndMs + offset, drawn.bornMs + 1);
      const resources = drawn.resources(fetchedMs);
      const library = reconcileSubscriptions(drawn.rows, resources, {
        rules: newCommerce,
        period: drawn.period,
        prices: drawn.prices,
      });
      const recon = file(csvOf(drawn.rows));
      const listed = file(
        { totalCount: resources.length, items: resources },
        { name: 'resources.json' },
      );
      const prices = file(csvOf(drawn.prices), { name: 'prices.csv' });
      for (const flags of [[], ['--workers', '2'], ['--engine', 'duckdb']]) {
        const run = await runStreaming([
          'reconcile',
          '--file',
          recon,
          '--subscriptions',
          listed,
          '--prices',
          prices,
          '--period',
          drawn.period,
          '--json',
          ...flags,
        ]);
        const out = JSON.parse(run.out) as {
          summary: { atStake: unknown };
          findings: { finding: string; rows?: number[] }[];
        };
        const differences = out.findings.filter((f) => f.finding === 'different');
        expect(differences.length, flags.join(' ')).toBe(drawn.planted.length);
        expect(
          out.findings.filter((f) => f.finding === 'missing' || f.finding === 'unexpected'),
        ).toEqual([]);
        expect(differences.length).toBe(library.different.length);
        expect(out.summary.atStake, flags.join(' ')).toEqual(library.atStake);
      }
    }
  }, 120_000);
});
