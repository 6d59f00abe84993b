import type { StreamCommand } from '../Command.ts';
import { ENGINE_OPTIONS, engineOf } from '../engineFlag.ts';
import { fileFlag, formatFlag } from '../fileFlag.ts';
import { localeOf } from '../localeOf.ts';
import { memoryOf } from '../memoryFlag.ts';
import { tieOutFiles } from '../tieOut/tieOutFiles.ts';
import { UsageError } from '../UsageError.ts';
import { workersOf } from '../workersFlag.ts';

/** A flag given any number of times, as a list of its values. */
function many(value: unknown, flag: string): string[] {
  const list = Array.isArray(value) ? value.map(String) : [];
  if (list.includes('')) throw new UsageError(`--${flag}: expected a file or a folder`);
  return list;
}

/**
 * `subscription-rules tie-out --invoices <invoices.json | folder> --file <recon.csv> [--file …]
 * [--usage <dru | folder>] [--json | --csv] [--out FILE] [--workers N] [--memory SIZE]
 * [--engine default|duckdb]` (INV-3): each invoice against the reconciliation lines carrying its number,
 * per currency, and with `--usage` the daily usage checked against its usage lines beside it.
 * Exit code 0 when every invoice is tied or rounding (and no usage group is different, missing or
 * unexpected), 1 otherwise or for a row not read, 2 for a bad command line or input, 3 for an
 * internal failure.
 */
export const tieOutCommand: StreamCommand = {
  summary: 'Tie each New Commerce invoice out to its reconciliation lines, per currency (INV-3)',
  usage:
    'subscription-rules tie-out --invoices <invoices.json | folder>... --file <recon.csv>... [--usage <dru.csv | dru.csv.gz | folder>] [--json | --csv] [--out <file>] [--workers N] [--memory SIZE] [--engine default|duckdb]',
  values: [
    '--invoices       the Invoice resources as GET /v1/invoices/{id} returns them: one, a JSON array, { "items": [...] } or JSON lines; give it again for more files, or a folder',
    "--file           a New Commerce reconciliation file as Partner Center exports it, CSV or gzip; give it again for each invoice's file",
    "--usage          the daily rated usage file (CSV or gzip) or a folder of the billing export's blobs, read as the usage command reads it: each invoice's row shows its days against its usage lines (USG-4) — matched with their rounding, different, missing, unexpected — never in its residual",
    '--json, --csv    write every result (sums, residual, bound, outcome, the rows behind it) and every issue; --csv for a spreadsheet (UTF-8 with a byte-order mark)',
    '--out            the file for --json or --csv; the table then stays on standard output',
    "--workers        as reconcile's: the invoices' groups are shared among N threads by InvoiceNumber; the output is the same for any number",
    "--memory         as reconcile's (512M, 2G): past it the rows wait on disk in the run's own temporary folder and are tied out a partition at a time; the output is the same",
    '--engine         what reads and sums the files: default, or duckdb (DuckDB, for files larger than memory: needs the optional package @duckdb/node-api; --workers its threads, a third of what --memory leaves beside the process its buffers); the output is the same, --usage read by DuckDB too',
    'exit code        0 every invoice tied or within rounding, 1 any other outcome, a row not read or (with --usage) a usage group different, missing or unexpected, 2 a bad command line or file, 3 out of --memory (one line naming what to give) or an internal failure',
  ],
  examples: [
    'subscription-rules tie-out --invoices invoices.json --file recon.csv',
    'subscription-rules tie-out --invoices invoices/ --file G000024135.csv --file G000024136.csv.gz --csv --out tie-out.csv',
    'subscription-rules tie-out --invoices invoices.json --file recon.csv --usage export/ --workers 4',
  ],
  options: {
    invoices: { type: 'string', multiple: true },
    file: { type: 'string', multiple: true },
    usage: { type: 'string' },
    csv: { type: 'boolean' },
    out: { type: 'string' },
    ...ENGINE_OPTIONS,
  },
  stream(values, streams) {
    const options = localeOf(values);
    const invoices = many(values.invoices, 'invoices');
    const files = many(values.file, 'file');
    if (invoices.length === 0)
      throw new UsageError('--invoices: required (the Invoice resources, as the API returns them)');
    if (files.length === 0) throw new UsageError('--file: required (the reconciliation files)');
    if (values.usage === '') throw new UsageError('--usage: expected a file or a folder');
    const engine = engineOf(values.engine);
    const memory = memoryOf(values.memory);
    const workers = workersOf(values.workers, memory);
    const format = formatFlag(values);
    const out = fileFlag(values, 'out');
    if (out !== undefined && format === undefined)
      throw new UsageError('--out: says where --json or --csv goes; add one of them');
    return tieOutFiles(
      {
        invoices,
        files,
        usage: values.usage === undefined ? undefined : String(values.usage),
        format,
        out,
        options,
        workers,
        memory: values.memory === undefined ? undefined : memory,
        engine,
      },
      streams,
    );
  },
};
