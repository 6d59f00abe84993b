import { suggest } from './suggest.ts';
import { UsageError } from './UsageError.ts';

/**
 * One wording for every way `parseArgs` refuses a command line, so its own text (which talks
 * about `--` and positional arguments) never reaches the user: an unknown flag (with the closest
 * known one), a flag without its value, a value given to a switch, an unexpected argument.
 */
export function usageOf(error: unknown, flags: readonly string[]): UsageError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^\s'<]+)/.exec(message)?.[1] ?? '';
  const known = flags.map((name) => `--${name}`);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`unknown flag ${flag}${suggest(flag, known)} (try --help)`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (message.includes('argument missing')) return new UsageError(`${flag}: expected a value`);
      // a value that starts with a dash (-0.1) reads as a flag unless it is joined with =
      if (message.includes('ambiguous'))
        return new UsageError(
          `${flag}: its value starts with "-", so write it joined with =, as ${flag}=<value>`,
        );
      return new UsageError(`${flag}: takes no value`);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(
        `unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''} (try --help)`,
      );
    default:
      return new UsageError(`bad arguments (try --help)`);
  }
}
