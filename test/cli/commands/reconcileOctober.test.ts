import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../_tempFolder.ts';
import { runStreaming } from '../_run.ts';
import { octoberFile } from './_october.ts';
import { file } from './_reconcileFiles.ts';

describe('subscription-rules reconcile on the newcomer’s October', () => {
  for (const seed of [20261031, 7, 42]) {
    it(`REC-2, REC-3: 20 subscriptions, 48 columns, gzip, a two-line change (seed ${seed}): exactly the three planted mistakes, with and without --period`, async () => {
      const october = octoberFile(seed);
      // gzip under a .csv name, as a download renamed by hand
      const recon = join(tempFolder('october-'), 'october.csv');
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

describe('subscription-rules reconcile --locale on the newcomer’s October', () => {
  it('MSG-1, REC-3: reconcile --locale ko, zh-Hans and zh-Hant label every summary row in that language: no English label or fixed word is left; English is as before', async () => {
    const october = octoberFile(20261031);
    const recon = join(tempFolder('october-'), 'october.csv');
    writeFileSync(recon, october.gzip);
    const resources = file(october.resources, { name: 'resources.json' });
    const args = [
      'reconcile',
      '--file',
      recon,
      '--subscriptions',
      resources,
      '--min-at-stake',
      '1000000',
    ];
    const { summary } = JSON.parse((await runStreaming([...args, '--json'])).out);
    const names: string[] = summary.customers.map(
      (c: { customerName: string | null; customerId: string | null }) =>
        c.customerName ?? c.customerId ?? '',
    );
    const english =
      /\b(file|period|subscriptions?|prices|price rows|matched|different|missing|unexpected|refused|issues?|at stake|per customer|replay|listed|result|lines?|groups?|to|assumed|rows?|unread|not replayed|unverified|nothing|billed|less|more|than|rules|net|findings?|under|counted|everything|differences|exit)\b/;
    const en = await runStreaming(args);
    expect(en.code).toBe(1);
    expect(en.out).toContain('\nat stake       ');
    expect(en.out).toMatch(/^result {9}differences found \(exit 1\)$/m);
    expect(en.out).toMatch(/^listed {9}\d+ findings? under 1000000 at stake not listed/m);
    for (const tag of ['ko', 'zh-Hans', 'zh-Hant']) {
      const { code, out } = await runStreaming([...args, '--locale', tag]);
      expect(code).toBe(1);
      // kept as written: the file's path, flags, column names, the customers' names, the replay's
      // notes (the library's own words, in the locale) and amounts
      let words = out.replaceAll(recon, '').replace(/--[a-z-]+|\(gzip\)|\w*UnitPrice/g, '');
      for (const name of names) words = words.replaceAll(name, '');
      for (const note of summary.replayNotes as { message: string }[])
        words = words.replaceAll(note.message, '');
      for (const line of words.split('\n')) expect(line, `${tag}: ${line}`).not.toMatch(english);
    }
  });
});
