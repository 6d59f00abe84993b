import type { StreamCommand } from '../Command.ts';
import { ENGINE_OPTIONS, engineOf } from '../engineFlag.ts';
import { fileFlag, formatFlag } from '../fileFlag.ts';
import { instantFlag } from '../instantFlag.ts';
import { localeOf } from '../localeOf.ts';
import { memoryOf } from '../memoryFlag.ts';
import { amountOf } from '../minAtStakeFlag.ts';
import { monthFlag } from '../monthFlag.ts';
import { UsageError } from '../UsageError.ts';
import { usageFiles } from '../usage/usageFiles.ts';
import { workersOf } from '../workersFlag.ts';

/**
 * `--pec-rate`: the Partner Earned Credit rate where the price list gives none, a percentage.
 *
 * @throws UsageError naming `--pec-rate` for anything but a number from 0 to 100.
 */
function pecRateOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const match = typeof value === 'string' ? /^\d{1,3}(?:\.\d{1,6})?$/.exec(value) : null;
  if (match === null || Number(value) > 100)
    throw new UsageError(
      `--pec-rate: expected a percentage from 0 to 100 (15, 15.5), got ${JSON.stringify(value)}`,
    );
  return value as string;
}

/**
 * `--invoice-file`, given any number of times: the paths in the order given, `undefined` when
 * absent.
 *
 * @throws UsageError naming `--invoice-file` for an empty value.
 */
function invoiceFileFlags(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : [value]).map(String);
  if (list.includes('')) throw new UsageError('--invoice-file: expected a file or a folder');
  return list;
}

/**
 * `subscription-rules usage --file <dru.csv | dru.csv.gz | folder> [--invoice-file <recon.csv | folder>...]
 * [--period YYYY-MM] [--prices <azure-price-list.csv>] [--pec-rate 15] [--json | --csv]
 * [--out FILE] [--min-at-stake AMOUNT] [--at INSTANT] [--workers N] [--memory SIZE] [--engine default|duckdb]`
 * (USG-7): an Azure plan's daily rated usage, each line's arithmetic, Partner Earned Credit day by
 * day, Azure credits, and with the invoice files (one per invoice, or a folder of them) the days
 * against their usage lines. Exit code 0
 * when nothing was found, 1 for findings, 2 for a bad command line or file, 3 for an internal
 * failure.
 */
export const usageCommand: StreamCommand = {
  summary: "Check an Azure plan's daily usage: each line, PEC by day, credits, invoice (USG-7)",
  usage:
    'subscription-rules usage --file <dru.csv | dru.csv.gz | folder> [--invoice-file <recon.csv | folder>...] [--period YYYY-MM] [--prices <azure-price-list.csv>] [--pec-rate 15] [--json | --csv] [--out <file>] [--min-at-stake AMOUNT] [--at INSTANT] [--workers N] [--memory SIZE] [--engine default|duckdb] [--debug]',
  values: [
    "--file           the daily rated usage file as Partner Center's portal exports it (CSV or gzip), or a folder of the billing export's blobs (every .json.gz, .jsonl.gz, .csv, .csv.gz; with a manifest.json, the blobs it names, as many as its blobCount)",
    "--invoice-file   an invoice's New Commerce reconciliation file (CSV or gzip); give it again for each invoice of the month, or name a folder of them (every .csv, .csv.gz): the days are tied to their usage lines (USG-4), and the days of an invoice whose file was not given are counted, not missing; without it only each line, PEC and credits are checked, and the summary says so",
    '--period         the invoice month, YYYY-MM: only lines whose billing cycle starts in it are compared',
    '--prices         the Azure price list (CSV): a meter tagged Third Party earns no PEC, and a column naming EarnedCredit gives the rate; without it the Third Party test is left out',
    '--pec-rate       the PEC rate where the price list gives none, a percentage (default 15)',
    '--json, --csv    write { findings, summary } as JSON, or the findings as CSV for a spreadsheet (UTF-8 with a byte-order mark)',
    '--out            the file for --json or --csv; the summary then stays on standard output',
    '--min-at-stake   list only findings putting at least this much at stake, in their currency (0.50)',
    '--at             when the usage file was fetched (2026-12-02T00:00:00Z): a day is final 24 hours after it ends (its findings provisional until then), a line dated on a day that starts at or after it is a row not read (USAGE_AFTER_AT); default: none, every day final',
    "--workers        as reconcile's (1 to 256): the Azure plans' lines are shared among N threads by SubscriptionId; the output is the same for any number",
    "--memory         as reconcile's (512M, 2G): the heap within it; with --workers, past it each worker's lines wait on disk in the run's own temporary folder and are read a partition at a time; the output is the same",
    "--engine         default or duckdb: DuckDB (the optional package @duckdb/node-api) reads the files and sums each day's lines in SQL, within --memory on --workers threads; the output is the default engine's",
    'exit code        0 nothing found, 1 findings, 2 a bad command line or file, 3 out of --memory (one line naming what to give) or an internal failure (--debug: its stack trace)',
  ],
  examples: [
    'subscription-rules usage --file dru.csv --invoice-file G000000001.csv --invoice-file G000000002.csv',
    'subscription-rules usage --file export/ --prices azure-prices.csv --csv --out findings.csv',
  ],
  options: {
    file: { type: 'string' },
    'invoice-file': { type: 'string', multiple: true },
    period: { type: 'string' },
    prices: { type: 'string' },
    'pec-rate': { type: 'string' },
    'min-at-stake': { type: 'string' },
    at: { type: 'string' },
    csv: { type: 'boolean' },
    out: { type: 'string' },
    ...ENGINE_OPTIONS,
  },
  stream(values, streams) {
    const options = localeOf(values);
    const file = fileFlag(values, 'file');
    if (file === undefined)
      throw new UsageError(
        '--file: required (the daily rated usage file, or a folder of its blobs)',
      );
    const format = formatFlag(values);
    const out = fileFlag(values, 'out');
    if (out !== undefined && format === undefined)
      throw new UsageError('--out: says where --json or --csv goes; add one of them');
    monthFlag('period', values.period);
    amountOf(values['min-at-stake']);
    const at = typeof values.at === 'string' ? instantFlag('at', values.at) : undefined;
    const memory = memoryOf(values.memory);
    const workers = workersOf(values.workers, memory);
    const engine = engineOf(values.engine);
    return usageFiles(
      {
        file,
        invoiceFiles: invoiceFileFlags(values['invoice-file']),
        prices: fileFlag(values, 'prices'),
        period: values.period as string | undefined,
        pecRate: pecRateOf(values['pec-rate']),
        minAtStake: values['min-at-stake'] as string | undefined,
        at,
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
