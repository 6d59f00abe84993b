import type { FileDecimal } from '../../reconciliation/_internal/fileDecimal.ts';
import type { StreamCommand } from '../Command.ts';
import { localeOf } from '../localeOf.ts';
import { type ReconcilePeriod, reconcileFiles } from '../reconcile/reconcileFiles.ts';
import { UsageError } from '../UsageError.ts';

const DAY = 86_400_000;

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
  const match = typeof value === 'string' ? /^(20\d\d)-(0[1-9]|1[0-2])$/.exec(value) : null;
  if (match === null)
    throw new UsageError(
      `--period: expected the billing month as YYYY-MM (2026-10), got ${JSON.stringify(value)}`,
    );
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  return {
    month: value as string,
    firstDay: Date.UTC(year, month, 1) / DAY,
    lastDay: Date.UTC(year, month + 1, 1) / DAY - 1,
  };
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
 * `subscription-rules reconcile --file recon.csv --subscriptions resources.json [--prices
 * prices.csv] [--json | --csv] [--out FILE]` (REC-3): what the rules say each subscription was
 * billed over the file's days, against what the file bills. Exit code 0 when everything matched,
 * 1 when anything differs, 2 for a bad command line or a file that is not what its flag says.
 */
export const reconcileCommand: StreamCommand = {
  summary: 'Check a New Commerce reconciliation file (CSV or gzip) against the rules (REC-3)',
  usage:
    'subscription-rules reconcile --file <recon.csv> --subscriptions <resources.json> [--prices <prices.csv>] [--json | --csv] [--out <file>]',
  values: [
    "--file           the invoice's New Commerce reconciliation file as Partner Center exports it, CSV or gzip",
    '--subscriptions  the subscriptions as the API returns them, fetched after the file: a JSON array, or { "value": [...] }',
    "--prices         a price list: UnitPrice, Currency and SubscriptionId, or ProductId and SkuId (Partner Center's own, filtered to the market); without it, the file's own UnitPrice",
    '--json, --csv    write what differs, is missing, unexpected or refused, and every issue, to standard output or --out',
    '--out            the file for --json or --csv; the summary then stays on standard output',
    'exit code        0 when everything matched, 1 when anything differs, 2 for a bad command line or file',
  ],
  examples: [
    'subscription-rules reconcile --file recon.csv --subscriptions resources.json',
    'subscription-rules reconcile --file recon.csv.gz --subscriptions resources.json --prices prices.csv --csv --out findings.csv',
  ],
  options: {
    file: { type: 'string' },
    subscriptions: { type: 'string', multiple: true },
    period: { type: 'string' },
    'min-at-stake': { type: 'string' },
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
      },
      streams,
    );
  },
};
