import fc from 'fast-check';
import Papa from 'papaparse';
import { ko } from 'subscription-rules/locales/ko';
import * as newCommerce from 'subscription-rules/new-commerce';
import {
  findingsCsv,
  invoiceLines,
  reconcileSubscriptions,
} from 'subscription-rules/reconciliation';
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

    it('REC-3: the command line’s findings, money at stake and per-customer totals equal reconcileSubscriptions’ on the same rows and resources, and its --csv is findingsCsv of them, for any priced history with lines billed otherwise, missing or added', async () => {
      const to = '2026-11-15T23:59:59.999Z';
      // what a file may get wrong: a line billed a cent or a unit more, a line left out, a line twice
      const mistake = fc.record({
        row: fc.nat(),
        kind: fc.constantFrom('more', 'drop', 'twice', 'none'),
      });
      const drawn = fc.tuple(
        fc.array(pricedHistory(to), { minLength: 1, maxLength: 3 }),
        fc.array(mistake, { maxLength: 3 }),
        fc.constantFrom(undefined, '2026-10', '2026-11'),
        fc.integer({ min: Date.UTC(2026, 9, 1), max: Date.UTC(2026, 11, 31) }),
        fc.constantFrom('en', 'ko'),
      );
      await fc.assert(
        fc.asyncProperty(drawn, async ([histories, mistakes, period, atMs, locale]) => {
          let rows = histories.flatMap((history, i) =>
            exportRows(
              invoiceLines(history.effects, { subscriptionId: `S${i}` }),
              history.effects,
              {
                customerId: `C${i % 2}`,
                customerName: `Customer ${i % 2}`,
                invoiceNumber: 'G000000001',
                productName: 'Microsoft 365 Business Standard',
                skuName: 'Business Standard',
              },
              [{ apostrophe: false, usDates: false, upperCase: false, positiveCredit: false }],
              false,
            ),
          );
          for (const m of mistakes) {
            if (rows.length === 0 || m.kind === 'none') continue;
            const at = m.row % rows.length;
            const row = rows[at] as Record<string, string>;
            if (m.kind === 'drop') rows = rows.filter((_, j) => j !== at);
            else if (m.kind === 'twice') rows = [...rows, row];
            else
              rows = rows.map((r, j) =>
                j === at
                  ? {
                      ...r,
                      Subtotal: `${r.Subtotal}`.replace(/\d$/, (d) => String((Number(d) + 1) % 10)),
                    }
                  : r,
              );
          }
          const text = csv(rows, EXPORT_COLUMNS);
          const resources = histories.map((history, i) => resourceAfter(`S${i}`, history));
          const at = new Date(atMs).toISOString();
          const flags = [
            '--file',
            file(text),
            '--subscriptions',
            file(resources, { name: 'resources.json' }),
            '--at',
            at,
            '--locale',
            locale,
            ...(period === undefined ? [] : ['--period', period]),
          ];
          const json = await runStreaming(['reconcile', ...flags, '--json']);
          const { findings, summary } = JSON.parse(json.out);
          const parsed = Papa.parse<Record<string, string>>(text, {
            header: true,
            skipEmptyLines: 'greedy',
          }).data;
          const library = reconcileSubscriptions(parsed, resources, {
            rules: newCommerce,
            at,
            ...(period === undefined ? {} : { period }),
            ...(locale === 'ko' ? { locale: ko } : {}),
          });
          // the same findings; only where a message names its source does each name its own:
          // the command its flags, the library its arguments
          const named = JSON.stringify(findings)
            .replaceAll('pass --prices', 'give a price list')
            .replaceAll('--subscriptions', 'the resource list')
            .replaceAll('--prices', 'the price list');
          expect(JSON.parse(JSON.stringify(library.findings))).toEqual(JSON.parse(named));
          expect(library.atStake).toEqual(summary.atStake);
          expect(library.customers).toEqual(summary.customers);
          expect(library.replayNotes).toEqual(summary.replayNotes);
          expect([library.days, library.period]).toEqual([summary.days, summary.period]);
          const csvRun = await runStreaming(['reconcile', ...flags, '--csv']);
          expect(csvRun.out).toBe(findingsCsv(findings));
          expect(findingsCsv(library.findings)).toBe(findingsCsv(JSON.parse(named)));
          expect(csvRun.code).toBe(json.code);
        }),
        { numRuns: 40 },
      );
    });
  });
});
