import type { ResaleFxRate } from '../../resale/index.ts';
import type { StreamCommand } from '../Command.ts';
import { fileFlag, formatFlag } from '../fileFlag.ts';
import { localeOf } from '../localeOf.ts';
import { resaleFiles } from '../resale/resaleFiles.ts';
import { UsageError } from '../UsageError.ts';

/** A flag given any number of times, as a list of its values. */
function many(value: unknown, flag: string): string[] {
  const list = Array.isArray(value)
    ? value.map(String)
    : value === undefined
      ? []
      : [String(value)];
  if (list.includes('')) throw new UsageError(`--${flag}: expected a file`);
  return list;
}

/**
 * `--fx FROM:TO=RATE[@YYYY-MM]`, any number of times: the partner's own rates (RSL-2).
 *
 * @throws UsageError naming `--fx` for anything else.
 */
export function fxOf(value: unknown): ResaleFxRate[] {
  return many(value, 'fx').map((text) => {
    const match = /^([A-Za-z]{3}):([A-Za-z]{3})=(\d+(?:\.\d+)?)(?:@(\d{4}-\d{2}))?$/.exec(
      text.trim(),
    );
    if (match === null || Number(match[3]) <= 0)
      throw new UsageError(
        `--fx: expected FROM:TO=RATE or FROM:TO=RATE@YYYY-MM with a positive rate (USD:EUR=0.9237@2026-11), got ${JSON.stringify(text)}`,
      );
    const [, from, to, rate, month] = match as unknown as [
      string,
      string,
      string,
      string,
      string | undefined,
    ];
    return {
      from: from.toUpperCase() as ResaleFxRate['from'],
      to: to.toUpperCase() as ResaleFxRate['to'],
      rate,
      ...(month === undefined ? {} : { month }),
    };
  });
}

/**
 * `subscription-rules resale --cost recon.csv [--cost …] --billed psa.csv [--billed …] --map
 * map.json [--seats seats.json] [--period YYYY-MM] [--floor 10%] [--fx FROM:TO=RATE[@YYYY-MM]]
 * [--json | --csv] [--out FILE]` (RSL-9): each customer's month of cost, billed and margin, and
 * what leaks, with its money a month and its remedy. Exit code 0 when nothing is found, 1 for a
 * finding or an issue, 2 for a bad command line or file, 3 for an internal failure.
 */
export const resaleCommand: StreamCommand = {
  summary: 'Each customer billed against its cost: seats, prices, credits and margin (RSL)',
  usage:
    'subscription-rules resale --cost <recon.csv>... --billed <psa.csv>... --map <map.json> [--seats <seats.json>] [--period YYYY-MM] [--floor 10%] [--fx FROM:TO=RATE[@YYYY-MM]]... [--json | --csv] [--out <file>]',
  values: [
    "--cost           the New Commerce reconciliation file as Partner Center exports it (or a distributor's, its columns named in map.cost), CSV or gzip; give it again for more files",
    "--billed         the PSA's or accounting system's invoice export, CSV or gzip, read through map.billed; give it again for more files",
    '--map            a JSON file { billed, products, customers?, cost? }: the billed columns, the partner codes with ProductId, SkuId, term and billing, the customers (docs/resale.md)',
    "--seats          a JSON file [{ customerId, value }]: each tenant's GET /subscribedSkus body, for unused seats",
    '--period         the one month to judge (YYYY-MM); else every month in which a line starts',
    '--floor          the lowest margin on the selling price (10%, 12.5): a month under it is a finding',
    '--fx             an exchange rate of your own from the cost to the billed currency (USD:EUR=0.9237, or @2026-11 for one month); give it again for more',
    '--json, --csv    write every finding, customer-month, issue and note; --csv one row per finding (UTF-8 with a byte-order mark)',
    '--out            the file for --json or --csv; the report then stays on standard output',
    'exit code        0 nothing found, 1 a finding or an issue, 2 a bad command line or file, 3 an internal failure',
  ],
  examples: [
    'subscription-rules resale --cost recon.csv --billed xero.csv --map map.json',
    'subscription-rules resale --cost recon-2026-10.csv --cost recon-2026-11.csv --billed psa.csv --map map.json --seats seats.json --floor 10% --period 2026-11',
    'subscription-rules resale --cost recon.csv --billed psa.csv --map map.json --fx USD:EUR=0.9237 --csv --out leaks.csv',
  ],
  options: {
    cost: { type: 'string', multiple: true },
    billed: { type: 'string', multiple: true },
    map: { type: 'string' },
    seats: { type: 'string' },
    period: { type: 'string' },
    floor: { type: 'string' },
    fx: { type: 'string', multiple: true },
    csv: { type: 'boolean' },
    out: { type: 'string' },
  },
  stream(values, streams) {
    const options = localeOf(values);
    const cost = many(values.cost, 'cost');
    const billed = many(values.billed, 'billed');
    if (cost.length === 0) throw new UsageError('--cost: required (the reconciliation files)');
    if (billed.length === 0) throw new UsageError("--billed: required (the PSA's invoice export)");
    const map = fileFlag(values, 'map');
    if (map === undefined)
      throw new UsageError('--map: required (a JSON file { billed, products })');
    if (values.period !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(String(values.period)))
      throw new UsageError(
        `--period: expected a month as YYYY-MM (2026-11), got ${JSON.stringify(values.period)}`,
      );
    if (values.floor !== undefined && !/^\s*\d{1,2}(\.\d+)?\s*%?\s*$/.test(String(values.floor)))
      throw new UsageError(
        `--floor: expected a percentage from 0 up to 100 (10%, 12.5), got ${JSON.stringify(values.floor)}`,
      );
    const format = formatFlag(values);
    const out = fileFlag(values, 'out');
    if (out !== undefined && format === undefined)
      throw new UsageError('--out: says where --json or --csv goes; add one of them');
    return resaleFiles(
      {
        cost,
        billed,
        map,
        seats: fileFlag(values, 'seats'),
        period: values.period === undefined ? undefined : String(values.period),
        floor: values.floor === undefined ? undefined : String(values.floor),
        fx: fxOf(values.fx),
        format,
        out,
        options,
      },
      streams,
    );
  },
};
