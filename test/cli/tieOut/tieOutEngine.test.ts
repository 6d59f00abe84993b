import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';
import { parseInvoice } from 'subscription-rules/schemas';
import { type Invoice, tieOut } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { mergeTieOuts, runEngine, tieOutJob } from '../../_private.ts';
import { tempFolder } from '../../_tempFolder.ts';
import { resource } from '../../invoices/_worked.ts';

/** A folder of this file's own: other runs may share the temporary folder. */
const dir = tempFolder('tie-out-engine-');
let made = 0;

const HEADER = ['InvoiceNumber', 'Currency', 'Subtotal', 'TaxTotal', 'Total', 'ChargeType'];

/**
 * The invoices of the runs: two numbers, one in JPY, and a credit note of the first; the third
 * lists a credit note of its own inside it (a document of its own, in the invoices' total once).
 */
const RESOURCES = [
  resource('G000024135', 2075.89),
  resource('G000024136', 1200, 'JPY'),
  resource('G000024137', 12.5, 'USD', {
    amendments: [resource('G000024150', -2.5, 'USD', { documentType: 'credit-note' })],
  }),
  resource('G000024140', -32.4, 'USD', { documentType: 'credit-note', amendsOf: 'G000024135' }),
];
const INVOICES = (() => {
  const read = parseInvoice(JSON.stringify(RESOURCES));
  if (!read.ok) throw new Error('the test invoices do not read');
  return read.value;
})();

/** A reconciliation row of the tie-out's columns, as its cells. */
const rowArb = fc
  .record({
    number: fc.constantFrom(
      'G000024135',
      'G000024136',
      'G000024137',
      'G000024140',
      'G000024150',
      'G9',
      '',
    ),
    currency: fc.constantFrom('USD', 'JPY', 'EUR'),
    cents: fc.integer({ min: -500_000, max: 500_000 }),
    tax: fc.integer({ min: 0, max: 9_999 }),
  })
  .map(({ number, currency, cents, tax }) => {
    const money = (units: number): string =>
      currency === 'JPY' ? String(units) : (units / 100).toFixed(2);
    return [number, currency, money(cents), money(tax), money(cents + tax), 'usage'];
  });

/**
 * Files of the rows, split at the cuts (a file may have none), each with the header, written in
 * this file's folder.
 */
function files(rows: readonly string[][], cuts: readonly number[]): string[] {
  const bounds = [0, ...cuts.map((cut) => cut % (rows.length + 1)), rows.length];
  bounds.sort((a, b) => a - b);
  return bounds.slice(1).map((end, i) => {
    const path = join(dir, `${made++}-recon.csv`);
    const lines = rows.slice(bounds[i], end).map((cells) => cells.join(','));
    writeFileSync(path, `${[HEADER.join(','), ...lines].join('\n')}\n`);
    return path;
  });
}

/** The tie-out of the files on the engine, in this thread. */
async function engineTieOut(paths: readonly string[], memory: number | undefined) {
  const setup = { invoices: INVOICES as readonly Invoice[], locale: undefined };
  const done = await runEngine(tieOutJob(setup), {
    files: paths,
    flag: '--file',
    workers: 1,
    memory,
    script: undefined,
    setup,
  });
  return { tied: mergeTieOuts(done.results), spilled: done.spilled };
}

describe('tie-out on the file engine', () => {
  it('INV-3: any split of the rows over files, with the budget off or spilling them to partitions, gives tieOut’s one pass', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.constantFrom(undefined, 64, 1 << 30),
        async (rows, cuts, memory) => {
          const paths = files(rows, cuts);
          const objects = rows.map((cells) =>
            Object.fromEntries(HEADER.map((name, i) => [name, cells[i] ?? ''])),
          );
          const { tied, spilled } = await engineTieOut(paths, memory);
          expect(spilled).toBe(memory === 64);
          expect(tied).toEqual(tieOut(INVOICES, objects));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('REC-3, INV-3: the rows spill once the input passes a quarter of --memory, not at a quarter', async () => {
    const [path] = files([['G000024135', 'USD', '1.00', '0.00', '1.00', 'usage']], []);
    const size = `${HEADER.join(',')}\nG000024135,USD,1.00,0.00,1.00,usage\n`.length;
    const at = await engineTieOut([path as string], size * 4);
    const past = await engineTieOut([path as string], size * 4 - 1);
    expect([at.spilled, past.spilled]).toEqual([false, true]);
    expect(past.tied).toEqual(at.tied);
  });

  it('ERR-2: an empty file reads no header and no line (the command refuses it naming --file), and a file without InvoiceNumber is refused naming --file', async () => {
    const empty = join(dir, `${made++}-empty.csv`);
    writeFileSync(empty, '');
    const other = join(dir, `${made++}-other.csv`);
    writeFileSync(other, 'SubscriptionId,Total\nS1,1.00\n');
    const setup = { invoices: INVOICES as readonly Invoice[], locale: undefined };
    const job = tieOutJob(setup);
    const done = await runEngine(job, {
      files: [empty],
      flag: '--file',
      workers: 1,
      memory: undefined,
      script: undefined,
      setup,
    });
    expect([done.records, job.headerRead(empty)]).toEqual([[0], false]);
    expect(job.empty(empty).message).toBe(
      `--file: ${empty} is empty, expected a header row and lines`,
    );
    await expect(engineTieOut([other], undefined)).rejects.toThrow(
      `--file: ${other} has no InvoiceNumber column`,
    );
  });
});
