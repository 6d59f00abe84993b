import type { MessageOptions } from '../../index.ts';
import { parseInvoice } from '../../schemas/index.ts';
import { createTieOut, type Invoice, type TieOut } from '../../usage/index.ts';
import type { CommandStreams } from '../Command.ts';
import { csvScan } from '../engine/scan/csvScan.ts';
import { fileText } from '../engine/scan/fileText.ts';
import { subscriptionFiles } from '../engine/scan/subscriptionFiles.ts';
import { fileLines } from '../engine/write/fileLines.ts';
import { UsageError } from '../UsageError.ts';
import { type RowPlaces, rowPlace, tieOutCsv, tieOutText } from './tieOutReport.ts';

/** What `tie-out` was asked to do. */
export interface TieOutRun {
  /** `--invoices`: files or folders of Invoice resources. */
  readonly invoices: readonly string[];
  /** `--file`: the reconciliation files, in the order given. */
  readonly files: readonly string[];
  /** `--json` or `--csv`. */
  readonly format: 'json' | 'csv' | undefined;
  /** `--out`. */
  readonly out: string | undefined;
  /** `--locale`. */
  readonly options: MessageOptions;
}

/** Every Invoice resource the `--invoices` files hold, read by `parseInvoice` (INV-1). */
async function readInvoices(paths: readonly string[]): Promise<Invoice[]> {
  const invoices: Invoice[] = [];
  for (const file of subscriptionFiles(paths, '--invoices')) {
    let text = '';
    for await (const piece of fileText(file, '--invoices').pieces) text += piece;
    const read = parseInvoice(text);
    if (!read.ok) {
      const [issue] = read.issues;
      throw new UsageError(
        `--invoices: ${file}: ${issue?.path === '' ? '' : `${issue?.path}: `}${issue?.message ?? 'not read'}`,
      );
    }
    invoices.push(...read.value);
  }
  return invoices;
}

/**
 * Reads one reconciliation file into a tie-out, a row at a time (INV-3), through the reconcile
 * command's own reading: its bytes (gzip told by its first bytes) and its CSV scanner; each row
 * an object keyed by the header, numbered after the rows of the files before it.
 *
 * @returns How many data rows it had.
 */
async function readFile(path: string, tie: TieOut, before: number): Promise<number> {
  let header: string[] | undefined;
  let count = 0;
  await csvScan(fileText(path, '--file').bytes, {
    row(scanned) {
      if (header === undefined) {
        header = Array.from({ length: scanned.length }, (_, i) => scanned.cell(i) ?? '');
        return;
      }
      const row: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) {
        const name = header[i] as string;
        if (!Object.hasOwn(row, name)) row[name] = scanned.cell(i) ?? '';
      }
      tie.observe(row, before + ++count);
    },
    unclosed() {
      // a row whose quotes do not close is no row of cells: an issue of its own
      tie.observe(undefined as never, before + ++count);
    },
    piece() {},
  });
  if (header === undefined)
    throw new UsageError(`--file: ${path} is empty, expected a header row and lines`);
  if (!header.some((name) => /^\s*(\uFEFF)?invoicenumber\s*$/i.test(name)))
    throw new UsageError(
      `--file: ${path} has no InvoiceNumber column: expected Partner Center's New Commerce reconciliation file`,
    );
  return count;
}

/**
 * `tie-out` (INV-3): reads the invoices, then each file a row at a time into its own tie-out,
 * merged into one (the state is one entry per invoice and currency), and writes the table and
 * summary, or `--json` / `--csv`. Exit code 0 when every invoice is tied or rounding and every row
 * was read, else 1.
 *
 * @param run - What was asked.
 * @param streams - Where the output goes.
 * @returns The exit code.
 */
export async function tieOutFiles(run: TieOutRun, streams: CommandStreams): Promise<number> {
  const invoices = await readInvoices(run.invoices);
  const tie = createTieOut();
  const offsets: number[] = [];
  let rows = 0;
  for (const file of run.files) {
    const own = createTieOut();
    offsets.push(rows);
    rows += await readFile(file, own, rows);
    tie.merge(own);
  }
  const places: RowPlaces = { files: run.files, offsets };
  const tied = tie.finish(invoices, run.options);
  const tag = run.options.locale?.tag;
  const human = tieOutText(tied, places, tag);
  if (run.format === undefined) streams.out(human);
  else {
    const lines =
      run.format === 'csv'
        ? tieOutCsv(tied)
        : [
            JSON.stringify(
              {
                ...tied,
                issues: tied.issues.map((issue) => ({
                  ...issue,
                  place: rowPlace(places, issue.row),
                })),
              },
              null,
              2,
            ),
          ];
    if (run.out === undefined) for (const line of lines) streams.out(line);
    else {
      const sink = fileLines(run.out);
      for (const line of lines) sink.line(line);
      sink.close();
      streams.out(human);
    }
    if (run.out === undefined) streams.err(human);
  }
  return tied.summary.tied ? 0 : 1;
}
