/**
 * The values a command line gives some of its flags, read before the command parses it (the
 * process's bounds are chosen before a second process starts): `--flag value` or `--flag=value`,
 * the last one given winning, none read past `--`. A flag given with nothing after it has
 * `undefined`; a flag not given is absent. The command itself says what does not read.
 *
 * @param args - The command line, without `node` and the script (its command first).
 * @param flags - The flags wanted, each with its dashes (`--memory`).
 * @returns Each flag given, with its value.
 */
export function flagValues(
  args: readonly string[],
  flags: readonly string[],
): Map<string, string | undefined> {
  const values = new Map<string, string | undefined>();
  for (let i = 1; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') break;
    for (const flag of flags)
      if (arg === flag) values.set(flag, args[i + 1]);
      else if (arg.startsWith(`${flag}=`)) values.set(flag, arg.slice(flag.length + 1));
  }
  return values;
}
