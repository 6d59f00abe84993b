import { billingMonth } from '../../reconciliation/_internal/billingMonth.ts';
import type { FileDecimal } from '../../reconciliation/_internal/fileDecimal.ts';
import type { StreamCommand } from '../Command.ts';
import { instantFlag } from '../instantFlag.ts';
import { localeOf } from '../localeOf.ts';
import { type ReconcilePeriod, reconcileFiles } from '../reconcile/reconcileFiles.ts';
import { UsageError } from '../UsageError.ts';

/** A flag's text value, `undefined` when absent. */
function text(values: Readonly<Record<string, unknown>>, flag: string): string | undefined {
  const value = values[flag];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${flag}: expected a file`);
  return value;
}

/**
 * `--period YYYY-MM`: the billing month, as its first and last days (UTC day numbers).
 *
 * @param value - The flag's value, when given.
 * @returns The month's days, or `undefined` without the flag.
 * @throws UsageError naming `--period` for anything but a month of the years 2000 to 2099.
 */
function periodOf(value: unknown): ReconcilePeriod | undefined {
  if (value === undefined) return undefined;
  const month = billingMonth(value);
  if (month === undefined)
    throw new UsageError(
      `--period: expected the billing month as YYYY-MM (2026-10), got ${JSON.stringify(value)}`,
    );
  return month;
}

/**
 * `--min-at-stake AMOUNT`: the least money at stake a listed finding puts there, read exactly.
 *
 * @param value - The flag's value, when given.
 * @returns The amount as a decimal, or `undefined` without the flag.
 * @throws UsageError naming `--min-at-stake` for anything but a number ≥ 0 (`5`, `0.50`).
 */
function amountOf(value: unknown): FileDecimal | undefined {
  if (value === undefined) return undefined;
  const match = typeof value === 'string' ? /^(\d{1,15})(?:\.(\d{1,6}))?$/.exec(value) : null;
  if (match === null)
    throw new UsageError(
      `--min-at-stake: expected an amount ≥ 0 in the invoice's currency (5, 0.50), got ${JSON.stringify(value)}`,
    );
  const decimals = match[2] ?? '';
  return { units: Number(`${match[1]}${decimals}`), scale: decimals.length };
}

/**
 * `subscription-rules reconcile --file recon.csv --subscriptions resources.json [--period YYYY-MM]
 * [--prices prices.csv] [--json | --csv] [--out FILE] [--min-at-stake AMOUNT] [--at INSTANT]
 * [--explain ID]` (REC-3): what the rules say each subscription was billed over the billing month
 * (or the file's days), against what the file bills, with what can be done about each finding.
 * Exit code 0 when everything matched, 1 for findings, 2 for a bad command line or a file that is
 * not what its flag says, 3 for an internal failure.
 */
export const reconcileCommand: StreamCommand = {
  summary: 'Check a New Commerce reconciliation file (CSV or gzip) against the rules (REC-3)',
  usage:
    'subscription-rules reconcile --file <recon.csv> --subscriptions <resources.json | folder>... [--period YYYY-MM] [--prices <prices.csv>] [--json | --csv] [--out <file>] [--min-at-stake AMOUNT] [--at INSTANT] [--explain SUBSCRIPTION_ID] [--debug]',
  values: [
    "--file           the invoice's New Commerce reconciliation file as Partner Center exports it, CSV or gzip",
    '--subscriptions  the subscriptions as the API returns them, fetched after the file: a JSON array, { "value": [...] }, { "items": [...] } or JSON lines; give it again for more files, or a folder',
    "--period         the billing month, YYYY-MM: every charge starting in it is expected; without it, the file's own first and last days (the summary says so)",
    "--prices         a price list: UnitPrice, Currency and SubscriptionId, or ProductId and SkuId (Partner Center's own, filtered to the market); without it, the file's own UnitPrice",
    '--json, --csv    write what differs, is missing, unexpected or refused, every issue and what can be done about each; --csv for a spreadsheet (UTF-8 with a byte-order mark)',
    '--out            the file for --json or --csv; the summary then stays on standard output',
    '--min-at-stake   list only findings putting at least this much at stake; every count and total still includes the others',
    '--at             the instant remedies are worked out at ("reduce now … until"); default: now',
    "--explain        print one subscription's replay side by side: resource, events, expected and billed lines, arithmetic",
    'exit code        0 everything matched, 1 findings, 2 a bad command line or file, 3 an internal failure (--debug: its stack trace)',
  ],
  examples: [
    'subscription-rules reconcile --file recon.csv --subscriptions resources.json --period 2026-10',
    'subscription-rules reconcile --file recon.csv.gz --subscriptions resources/ --prices prices.csv --csv --out findings.csv',
    'subscription-rules reconcile --file recon.csv --subscriptions resources.json --explain e2b1a7d4-6f7c-4b55-b0f1-7d4c2b8e9a10',
  ],
  options: {
    file: { type: 'string' },
    subscriptions: { type: 'string', multiple: true },
    period: { type: 'string' },
    'min-at-stake': { type: 'string' },
    at: { type: 'string' },
    explain: { type: 'string' },
    prices: { type: 'string' },
    csv: { type: 'boolean' },
    out: { type: 'string' },
  },
  stream(values, streams) {
    const options = localeOf(values);
    const file = text(values, 'file');
    const given = values.subscriptions;
    const subscriptions = Array.isArray(given) ? given.map(String) : [];
    if (file === undefined) throw new UsageError('--file: required (the reconciliation file)');
    if (subscriptions.length === 0)
      throw new UsageError(
        '--subscriptions: required (the subscriptions, as the API returns them)',
      );
    if (subscriptions.includes(''))
      throw new UsageError('--subscriptions: expected a file or a folder');
    if (values.json === true && values.csv === true)
      throw new UsageError('--csv: cannot be used with --json; choose one');
    const format = values.json === true ? 'json' : values.csv === true ? 'csv' : undefined;
    const explain = values.explain;
    if (explain !== undefined && (typeof explain !== 'string' || explain === ''))
      throw new UsageError('--explain: expected a subscription id');
    if (explain !== undefined && format !== undefined)
      throw new UsageError(`--explain: prints one subscription for people; leave out --${format}`);
    const out = text(values, 'out');
    if (out !== undefined && format === undefined)
      throw new UsageError('--out: says where --json or --csv goes; add one of them');
    return reconcileFiles(
      {
        file,
        subscriptions,
        prices: text(values, 'prices'),
        format,
        out,
        options,
        period: periodOf(values.period),
        minAtStake: amountOf(values['min-at-stake']),
        at: typeof values.at === 'string' ? Date.parse(instantFlag('at', values.at)) : undefined,
        explain,
      },
      streams,
    );
  },
};
