import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStreaming } from '../_run.ts';
import { octoberFile } from './_october.ts';
import { file } from './_reconcileFiles.ts';

describe('subscription-rules reconcile on the newcomer’s October', () => {
  for (const seed of [20261031, 7, 42]) {
    it(`REC-2, REC-3: 20 subscriptions, 48 columns, gzip, a two-line change (seed ${seed}): exactly the three planted mistakes, with and without --period`, async () => {
      const october = octoberFile(seed);
      // gzip under a .csv name, as a download renamed by hand
      const recon = join(mkdtempSync(join(tmpdir(), 'october-')), 'october.csv');
      writeFileSync(recon, october.gzip);
      const resources = file(october.resources, { name: 'resources.json' });
      for (const period of [[], ['--period', '2026-10']]) {
        const run = await runStreaming([
          'reconcile',
          '--file',
          recon,
          '--subscriptions',
          resources,
          '--json',
          ...period,
        ]);
        const { findings, summary } = JSON.parse(run.out);
        const found = findings.map((f: Record<string, unknown>) => ({
          subscriptionId: f.subscriptionId,
          chargeType: f.chargeType,
          chargeStartDate: f.chargeStartDate,
          fields: f.fields,
        }));
        expect(found, period.join(' ')).toEqual(
          expect.arrayContaining(
            october.planted.map((p) =>
              expect.objectContaining({ ...p, fields: expect.arrayContaining([...p.fields]) }),
            ),
          ),
        );
        expect(found).toHaveLength(3);
        expect(
          findings.find((f: Record<string, unknown>) => f.chargeType === 'addQuantity'),
        ).toMatchObject({ form: 'two-line', lines: 2 });
        expect(summary).toMatchObject({
          subscriptions: 20,
          different: 3,
          missing: 0,
          unexpected: 0,
          refused: 0,
          rowIssues: 0,
          subscriptionIssues: 0,
          gzip: true,
          exitCode: 1,
        });
      }
    });
  }
});
