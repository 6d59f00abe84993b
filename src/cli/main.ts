import { parseArgs } from 'node:util';
import { type AnyLocale, formatMessage, RuleError, RuleErrorCode } from '../index.ts';
import { BudgetError } from './BudgetError.ts';
import type { Command } from './Command.ts';
import { cotermCommand } from './commands/coterm.ts';
import { demoCommand } from './commands/demo.ts';
import { forecastCommand } from './commands/forecast.ts';
import { inspectCommand } from './commands/inspect.ts';
import { marketCommand } from './commands/market.ts';
import { orderCommand } from './commands/order.ts';
import { policiesCommand } from './commands/policies.ts';
import { quoteCommand } from './commands/quote.ts';
import { reconcileCommand } from './commands/reconcile.ts';
import { refundCommand } from './commands/refund.ts';
import { renewalsCommand } from './commands/renewals.ts';
import { resaleCommand } from './commands/resale.ts';
import { reservationCommand } from './commands/reservation.ts';
import { suspensionCommand } from './commands/suspension.ts';
import { tieOutCommand } from './commands/tieOut.ts';
import { timelineCommand } from './commands/timeline.ts';
import { usageCommand } from './commands/usage.ts';
import { warehouseCommand } from './commands/warehouse.ts';
import { INSTANT_FLAGS, instantFlag } from './instantFlag.ts';
import { localeOf } from './localeOf.ts';
import { readJsonInput } from './readJsonInput.ts';
import { suggest } from './suggest.ts';
import { suggestMarket } from './suggestMarket.ts';
import { MAX_WIDTH } from './table.ts';
import { UsageError } from './UsageError.ts';
import { usageOf } from './usageOf.ts';
import { version } from './version.ts';
import { workerBudget } from './workerBudget.ts';

const commands: Readonly<Record<string, Command>> = {
  demo: demoCommand,
  market: marketCommand,
  policies: policiesCommand,
  suspension: suspensionCommand,
  timeline: timelineCommand,
  coterm: cotermCommand,
  refund: refundCommand,
  quote: quoteCommand,
  inspect: inspectCommand,
  reservation: reservationCommand,
  order: orderCommand,
  reconcile: reconcileCommand,
  'tie-out': tieOutCommand,
  usage: usageCommand,
  resale: resaleCommand,
  warehouse: warehouseCommand,
  renewals: renewalsCommand,
  forecast: forecastCommand,
};

function help(): string {
  const names = Object.keys(commands);
  const width = Math.max(...names.map((name) => name.length));
  return [
    'Usage: subscription-rules <command> [options]',
    '',
    'Commands:',
    ...names.map((name) => `  ${name.padEnd(width)}  ${commands[name]?.summary ?? ''}`),
    '',
    'Every command takes --json (print the library result as JSON) and --help; refund, suspension,',
    'market, quote and timeline also take their whole input as JSON: --input file.json, or --input -.',
    'Exit codes: 0 done, 2 bad input (one line naming the field), 3 out of --memory (one line',
    'naming what to give) or an internal failure (one line; --debug adds its stack trace);',
    'reconcile exits 1 when the file differs from the rules, tie-out when an invoice does not tie',
    'out to its lines, usage and resale when they find anything, order when the order is refused.',
    '--locale en|ko|zh-Hans|zh-Hant writes decisions, refusals, actions and notes in that language.',
    "--version (-V) prints the version; `subscription-rules <command> --help` a command's flags.",
  ].join('\n');
}

/**
 * A line cut at spaces to at most {@link MAX_WIDTH} columns, going on indented under its start;
 * with `shell`, each cut line ends in ` \\` so a wrapped example still pastes as one command.
 */
function wrap(line: string, shell = false): string[] {
  const lead = ' '.repeat(Math.min(8, (/^ */.exec(line)?.[0].length ?? 0) + 4));
  const lines: string[] = [];
  let rest = line;
  const width = shell ? MAX_WIDTH - 2 : MAX_WIDTH;
  while ([...rest].length > width) {
    const cut = rest.lastIndexOf(' ', width);
    if (cut <= lead.length) break;
    lines.push(shell ? `${rest.slice(0, cut)} \\` : rest.slice(0, cut));
    rest = lead + rest.slice(cut + 1);
  }
  lines.push(rest);
  return lines;
}

/**
 * The exit code of a failure, and its one line on standard error: 2 for bad input, 3 for a failure
 * of the tool itself (never 1, which `reconcile` keeps for differences found), its stack trace
 * only with `--debug`.
 */
function failed(
  thrown: unknown,
  argv: readonly string[],
  locale: AnyLocale | undefined,
  err: (text: string) => void,
  debug: boolean,
): number {
  // a worker thread out of its heap is the run out of its budget, whichever command ran it
  const error = workerBudget(thrown, argv);
  if (error instanceof RuleError || error instanceof UsageError) {
    const text = error instanceof RuleError ? formatMessage(error, locale) : error.message;
    // a market not found, by the library or a flag: the name it is closest to
    const market =
      (error instanceof RuleError && error.code === RuleErrorCode.UNKNOWN_MARKET) ||
      /market code or name, got "[^"]*"$/.test(text)
        ? /got "([^"]*)"$/.exec(text)?.[1]
        : undefined;
    err(`error: ${text}${market === undefined ? '' : suggestMarket(market)}`);
    return 2;
  }
  if (error instanceof BudgetError) {
    err(BudgetError.line(error.message));
    return 3;
  }
  const text = error instanceof Error ? error.message : String(error);
  err(
    `error: internal failure: ${text.split('\n')[0]}${debug ? '' : ' (run again with --debug for its stack trace)'}`,
  );
  if (debug && error instanceof Error && error.stack !== undefined) err(error.stack);
  return 3;
}

/**
 * Runs the command-line tool on `argv` (without `node` and the script), writing to the given
 * streams, and returns the exit code: 0 done, 2 bad input, 3 out of `--memory` or an internal failure (`reconcile`: 1
 * when the file differs from the rules). A streaming command (`reconcile`) returns a promise of it; with
 * `progress`, it draws a progress bar there (standard error, when it is a terminal); with
 * `drained`, a long report waits there for standard output to take its lines.
 */
export function main(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
  progress?: (text: string) => void,
  drained?: () => Promise<void>,
): number | Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    out(version());
    return 0;
  }
  // The language of the error printed for bad input: --locale's, once it is known to be one.
  let locale: AnyLocale | undefined;
  const debug = rest.includes('--debug');
  try {
    const command = commands[name];
    if (command === undefined || !Object.hasOwn(commands, name)) {
      throw new UsageError(
        `unknown command ${JSON.stringify(name)}${suggest(name, Object.keys(commands))} (try --help)`,
      );
    }
    const options = {
      ...command.options,
      ...(command.fromInput === undefined ? {} : { input: { type: 'string' as const } }),
      json: { type: 'boolean' as const },
      locale: { type: 'string' as const },
      debug: { type: 'boolean' as const },
      help: { type: 'boolean' as const, short: 'h' },
    };
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: [...rest],
        allowPositionals: true,
        strict: true,
        options,
        tokens: true,
      });
    } catch (error) {
      throw usageOf(error, Object.keys(options));
    }
    // a flag of one value given twice would be settled silently by the last one: say so, in
    // every command (`quote --price 10 --price 12` is a question, not an answer)
    const seen = new Set<string>();
    for (const token of parsed.tokens ?? []) {
      if (token.kind !== 'option') continue;
      const option = (options as Record<string, { type: string; multiple?: boolean }>)[token.name];
      if (option?.type !== 'string' || option.multiple === true) continue;
      if (seen.has(token.name))
        throw new UsageError(`--${token.name}: given more than once; give it once`);
      seen.add(token.name);
    }
    if (parsed.values.help === true) {
      const input =
        command.inputShape === undefined
          ? ''
          : `\n       subscription-rules ${name} --input <file.json | -> [--json]\n  --input holds ${command.inputShape}`;
      const values =
        command.values === undefined
          ? []
          : ['', 'Values:', ...command.values.map((line) => `  ${line}`)];
      const examples = [
        '',
        'Examples:',
        ...command.examples.flatMap((line) => wrap(`  ${line}`, true)),
      ];
      out(
        [`Usage: ${command.usage}${input}`, '', command.summary, ...values]
          .flatMap((text) => text.split('\n'))
          .flatMap((line) => (line.startsWith('  subscription-rules') ? [line] : wrap(line)))
          .concat(examples)
          .join('\n'),
      );
      return 0;
    }
    locale = localeOf(parsed.values).locale;
    // an instant flag says what to write when it is not one, before any command reads it
    for (const flag of INSTANT_FLAGS) {
      const text = parsed.values[flag];
      if (typeof text === 'string') instantFlag(flag, text);
    }
    const inputFile = parsed.values.input;
    const conflicting = Object.keys(parsed.values).find(
      (flag) =>
        flag !== 'input' &&
        flag !== 'json' &&
        flag !== 'help' &&
        flag !== 'locale' &&
        flag !== 'debug',
    );
    if (typeof inputFile === 'string' && conflicting !== undefined) {
      throw new UsageError(
        `--${conflicting}: cannot be used with --input, which holds the whole input`,
      );
    }
    if (typeof inputFile === 'string' && parsed.positionals.length > 0) {
      throw new UsageError(
        `--input: takes the whole input; unexpected argument ${JSON.stringify(parsed.positionals[0])}`,
      );
    }
    if (command.stream !== undefined) {
      if (parsed.positionals.length > 0)
        throw new UsageError(
          `${name}: unexpected argument ${JSON.stringify(parsed.positionals[0])} (try --help)`,
        );
      const known = locale;
      return command
        .stream(parsed.values, { out, err, progress, drained })
        .catch((error: unknown) => failed(error, argv, known, err, debug));
    }
    const result =
      typeof inputFile === 'string' && command.fromInput !== undefined
        ? command.fromInput(readJsonInput(inputFile), parsed.values)
        : command.run(parsed.positionals, parsed.values);
    out(parsed.values.json === true ? JSON.stringify(result.json, null, 2) : result.human);
    return result.exitCode ?? 0;
  } catch (error) {
    return failed(error, argv, locale, err, debug);
  }
}
