import type { StreamCommand } from '../Command.ts';
import { ENGINE_OPTIONS, engineOf } from '../engineFlag.ts';
import { estBaseFlag } from '../estBaseFlag.ts';
import { fileFlag, formatFlag } from '../fileFlag.ts';
import { instantFlag } from '../instantFlag.ts';
import { localeOf } from '../localeOf.ts';
import { memoryOf } from '../memoryFlag.ts';
import { amountOf } from '../minAtStakeFlag.ts';
import { monthFlag } from '../monthFlag.ts';
import { PRICE_CHOICE_HELP, priceChoiceOf } from '../priceChoiceOf.ts';
import { PROMOTIONS_HELP, promotionsFlag } from '../promotions/promotionsFlag.ts';
import { reconcileFiles } from '../reconcile/reconcileFiles.ts';
import { UsageError } from '../UsageError.ts';
import { budgetAWorker, workersOf } from '../workersFlag.ts';

/**
 * `subscription-rules reconcile --file recon.csv --subscriptions resources.json [--period YYYY-MM]
 * [--prices prices.csv] [--est-base PRICE] [--promotions promotions.json] [--json | --csv] [--out FILE] [--min-at-stake AMOUNT] [--at INSTANT]
 * [--explain ID] [--workers N] [--memory SIZE] [--engine default|duckdb]` (REC-3): what the rules say each subscription was billed over the billing month
 * (or the file's days), against what the file bills, with what can be done about each finding.
 * Exit code 0 when everything matched, 1 for findings, 2 for a bad command line or a file that is
 * not what its flag says, 3 for an internal failure.
 */
export const reconcileCommand: StreamCommand = {
  summary: 'Check a New Commerce reconciliation file (CSV or gzip) against the rules (REC-3)',
  usage:
    'subscription-rules reconcile --file <recon.csv> --subscriptions <resources.json | folder>... [--period YYYY-MM] [--prices <prices.csv> [--market CODE] [--segment NAME]] [--est-base <price><code>[/P1Y]] [--promotions <promotions.json>] [--json | --csv] [--out <file>] [--min-at-stake AMOUNT] [--at INSTANT] [--explain SUBSCRIPTION_ID] [--workers N] [--memory SIZE] [--engine default|duckdb] [--debug]',
  values: [
    "--file           the invoice's New Commerce reconciliation file as Partner Center exports it, CSV or gzip",
    '--subscriptions  the subscriptions as the API returns them, fetched after the file: a JSON array, { "value": [...] }, { "items": [...] } or JSON lines; give it again for more files, or a folder',
    "--period         the billing month, YYYY-MM: every charge starting in it is expected; without it, the file's own first and last days (the summary says so)",
    "--prices         a price list: UnitPrice, Currency and SubscriptionId, or ProductId and SkuId (Partner Center's own as it is written); without it, the file's own UnitPrice",
    "--est-base       a subscription in its Extended Service Term is priced from its base: the monthly-term price of one seat for a month (4.00USD, +3 %), or for a SKU without a monthly plan its annual price and /P1Y (60.00USD/P1Y: 5.00, +23 %); with --prices the list's monthly-term row decides; without either such a subscription is not compared (an issue says so)",
    "--market         the market that prices every subscription (US, DE), overriding each one's own: its lines' CustomerCountry, or its customer's other lines' for a subscription with no line; needed only where neither says when --prices holds several markets",
    PRICE_CHOICE_HELP.segment,
    PROMOTIONS_HELP,
    '--json, --csv    write what differs, is missing, unexpected or refused, every issue and what can be done about each; --csv for a spreadsheet (UTF-8 with a byte-order mark)',
    '--out            the file for --json or --csv; the summary then stays on standard output',
    '--min-at-stake   list only findings putting at least this much at stake; every count and total still includes the others',
    '--at             the instant remedies are worked out at ("reduce now … until"); default: now',
    "--explain        print one subscription's replay side by side: resource, events, expected and billed lines, arithmetic",
    "--workers        how many threads reconcile the subscriptions, each subscription always on the same one; default: the machine's cores, at most one for each 256M of --memory (512M with --engine duckdb); a count given past that is warned of; the output is the same for any number",
    "--memory         how much memory the run may take (512M, 2G; default 512M): past half of it on one thread or shared by two workers (a quarter with three or more) the file's groups, and the rows after them, go to a folder under the system's temporary folder, by subscription, and are reconciled a part at a time",
    '--engine         what reads and groups the file: default, or duckdb (DuckDB, for files larger than memory: needs the optional package @duckdb/node-api); the findings are the same',
    'exit code        0 everything matched, 1 findings, 2 a bad command line or file, 3 out of --memory (one line naming what to give) or an internal failure (--debug: its stack trace)',
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
    'est-base': { type: 'string' },
    market: { type: 'string' },
    segment: { type: 'string' },
    promotions: { type: 'string' },
    csv: { type: 'boolean' },
    out: { type: 'string' },
    ...ENGINE_OPTIONS,
  },
  stream(values, streams) {
    const options = localeOf(values);
    const file = fileFlag(values, 'file');
    const given = values.subscriptions;
    const subscriptions = Array.isArray(given) ? given.map(String) : [];
    if (file === undefined) throw new UsageError('--file: required (the reconciliation file)');
    if (subscriptions.length === 0)
      throw new UsageError(
        '--subscriptions: required (the subscriptions, as the API returns them)',
      );
    if (subscriptions.includes(''))
      throw new UsageError('--subscriptions: expected a file or a folder');
    const format = formatFlag(values);
    const explain = values.explain;
    if (explain !== undefined && (typeof explain !== 'string' || explain === ''))
      throw new UsageError('--explain: expected a subscription id');
    if (explain !== undefined && format !== undefined)
      throw new UsageError(`--explain: prints one subscription for people; leave out --${format}`);
    const out = fileFlag(values, 'out');
    if (out !== undefined && format === undefined)
      throw new UsageError('--out: says where --json or --csv goes; add one of them');
    return reconcileFiles(
      {
        file,
        subscriptions,
        prices: fileFlag(values, 'prices'),
        ...(typeof values['est-base'] === 'string'
          ? { estBase: estBaseFlag(values['est-base']) }
          : {}),
        choice: priceChoiceOf(values),
        promotions: promotionsFlag(values),
        format,
        out,
        options,
        period: monthFlag('period', values.period),
        minAtStake: amountOf(values['min-at-stake']),
        at: typeof values.at === 'string' ? Date.parse(instantFlag('at', values.at)) : undefined,
        explain,
        // by default one worker for each 512M with DuckDB, whose buffers take their part of it
        workers: workersOf(
          values.workers,
          memoryOf(values.memory),
          budgetAWorker(engineOf(values.engine)),
        ),
        memory: memoryOf(values.memory),
        engine: engineOf(values.engine),
      },
      streams,
    );
  },
};
