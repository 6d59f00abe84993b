import fc from 'fast-check';
import { invoiceLines } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../../_private.ts';
import { runStreaming } from '../_run.ts';
import { exportRows, type RowQuirks } from './_dialect.ts';
import { pricedHistory, resourceAfter } from './_histories.ts';
import { csv, file } from './_reconcileFiles.ts';

const quirks: fc.Arbitrary<RowQuirks> = fc.record({
  apostrophe: fc.boolean(),
  usDates: fc.boolean(),
  upperCase: fc.boolean(),
  positiveCredit: fc.boolean(),
});

describe('subscription-rules reconcile over the library’s own lines', () => {
  describe('properties', () => {
    it('REC-1, REC-3: the lines the rules bill any priced history, written in the 48-column export, match: exit 0, nothing at stake', async () => {
      // one file: every subscription billed up to its last day, 2026-10-31 to 2026-11-15
      const histories = fc
        .integer({ min: 0, max: 15 })
        .map((day) => new Date(Date.UTC(2026, 10, day + 1) - 1).toISOString())
        .chain((to) =>
          fc.array(fc.tuple(pricedHistory(to), fc.array(quirks, { minLength: 1, maxLength: 8 })), {
            minLength: 1,
            maxLength: 3,
          }),
        );
      const files = fc.tuple(histories, fc.boolean());
      await fc.assert(
        fc.asyncProperty(files, async ([drawn, twoLine]) => {
          const rows = drawn.flatMap(([history, rowQuirks], i) =>
            exportRows(
              invoiceLines(history.effects, { subscriptionId: `S${i}` }),
              history.effects,
              {
                customerId: `C${i}`,
                customerName: `Customer ${i}`,
                invoiceNumber: 'G000000001',
                productName: 'Microsoft 365 Business Standard',
                skuName: 'Business Standard',
              },
              rowQuirks,
              twoLine,
            ),
          );
          const resources = drawn.map(([history], i) => resourceAfter(`S${i}`, history));
          const run = await runStreaming([
            'reconcile',
            '--file',
            file(csv(rows, EXPORT_COLUMNS)),
            '--subscriptions',
            file(resources, { name: 'resources.json' }),
            '--json',
          ]);
          const { findings, summary } = JSON.parse(run.out);
          expect(findings).toEqual([]);
          expect(summary.atStake).toEqual([]);
          expect(run.code).toBe(0);
        }),
        { numRuns: 60 },
      );
    });
  });
});
