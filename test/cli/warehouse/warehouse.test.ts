import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { warehouseSql } from '../../_private.ts';
import { runStreaming } from '../_run.ts';

const golden = (name: string) => new URL(`./golden/${name}`, import.meta.url);

/** The printed text against its golden file (`UPDATE_GOLDEN=1` writes it). */
function matchesGolden(text: string, name: string): void {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden(name), text);
  expect(text).toBe(readFileSync(golden(name), 'utf8'));
}

const plan = {
  dataset: 'acme.billing',
  usageTable: 'dru',
  reconTable: 'recon',
  pricesTable: 'prices',
  invoicesTable: 'invoices',
  library: 'gs://acme-js/sr/warehouse.mjs',
  pecRate: '15',
  period: '2026-11',
  version: '0.0.0-golden',
  // the bundle's text is the build's: the golden files hold its place
  bundle: () => '(/* warehouse.js */ {})',
};

describe('subscription-rules warehouse', () => {
  for (const engine of ['bigquery', 'snowflake', 'duckdb'] as const)
    for (const check of ['usage', 'tie-out'] as const)
      it(`WH-6, WH-8: ${engine}, ${check}: the printed statements are the golden file's`, () => {
        matchesGolden(warehouseSql({ ...plan, engine, check }), `${engine}-${check}.sql`);
      });

  it('WH-8: the BigQuery usage check without a dataset or price list: temporary functions, no join of prices, the library at its default address', async () => {
    const { code, out, err } = await runStreaming([
      'warehouse',
      '--engine',
      'bigquery',
      '--check',
      'usage',
    ]);
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain(
      'CREATE TEMP AGGREGATE FUNCTION sr_usage(source STRING, row_number STRING, line STRING, options STRING NOT AGGREGATE)',
    );
    expect(out).toMatch(/library = \['gs:\/\/BUCKET\/subscription-rules\/[^/]+\/warehouse\.mjs'\]/);
    expect(out).toContain('FALSE AS prices');
    expect(out).not.toContain('PriceListRow');
    expect(out).toContain('FROM `dru` AS t');
  });

  it('WH-8: a bad engine, check, table name or library is exit 2 naming the flag', async () => {
    for (const [args, flag] of [
      [['--engine', 'oracle', '--check', 'usage'], '--engine'],
      [['--engine', 'bigquery'], '--check'],
      [
        ['--engine', 'bigquery', '--check', 'usage', '--usage-table', 'dru; DROP TABLE x'],
        '--usage-table',
      ],
      [
        ['--engine', 'bigquery', '--check', 'usage', '--library', 'https://x/warehouse.mjs'],
        '--library',
      ],
      [['--engine', 'bigquery', '--check', 'usage', '--period', '2026-13'], '--period'],
      [['--engine', 'bigquery', '--check', 'usage', '--pec-rate', '101'], '--pec-rate'],
    ] as const) {
      const { code, err } = await runStreaming(['warehouse', ...args]);
      expect([code, err.split(': ')[1]]).toEqual([2, flag]);
    }
  });
});
