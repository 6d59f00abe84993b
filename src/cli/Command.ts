/** What a command prints: lines for people, and the library's result object for `--json`. */
export interface CommandOutput {
  readonly human: string;
  readonly json: unknown;
  /** The exit code when the command answered (`order`: 1 refused); 0 when absent. */
  readonly exitCode?: number;
}

/** Where a streaming command writes (REC-3). */
export interface CommandStreams {
  /** A line to standard output. */
  readonly out: (text: string) => void;
  /** A line to standard error. */
  readonly err: (text: string) => void;
  /** Raw text to standard error when it is a terminal (a progress bar); absent otherwise. */
  readonly progress?: ((text: string) => void) | undefined;
  /**
   * Waits until standard output has taken every line given so far (a pipe read slowly holds them
   * in memory until then); absent, each line is taken as it is given.
   */
  readonly drained?: (() => Promise<void>) | undefined;
}

/** What every sub-command of the command-line tool has. */
interface CommandBase {
  /** One line for the help text. */
  readonly summary: string;
  /** The usage line(s) for `--help`. */
  readonly usage: string;
  /** The options `node:util` `parseArgs` reads for this command, besides `--json` and `--help`. */
  readonly options: Readonly<Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>>;
  /**
   * Runs the command on its input given as JSON (`--input file.json`, or `--input -` for standard
   * input), validated by the schemas entry; absent for commands that take no input.
   */
  readonly fromInput?: (input: unknown, values: Readonly<Record<string, unknown>>) => CommandOutput;
  /** What the JSON of `--input` holds, for `--help`. */
  readonly inputShape?: string;
  /** The values a flag or argument takes, one line each (`--product  marketplace-saas, …`). */
  readonly values?: readonly string[];
  /** At least two command lines that work as they are, for `--help`. */
  readonly examples: readonly [string, string, ...string[]];
}

/** A sub-command that answers at once: `main` prints what it returns. */
export interface RunCommand extends CommandBase {
  /** Runs the command; throws `UsageError` or `RuleError` for bad input. */
  run(positionals: readonly string[], values: Readonly<Record<string, unknown>>): CommandOutput;
  readonly stream?: never;
}

/** A sub-command that streams its files and writes its own output (`reconcile`). */
export interface StreamCommand extends CommandBase {
  /** Runs the command: resolves to the exit code, rejects with `UsageError` or `RuleError`. */
  stream(values: Readonly<Record<string, unknown>>, streams: CommandStreams): Promise<number>;
  readonly run?: never;
}

/** One sub-command of the command-line tool. */
export type Command = RunCommand | StreamCommand;
