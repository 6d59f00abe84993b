import { memoryOf } from './memoryFlag.ts';

/** The smallest JavaScript heap `reconcile` is given, in MiB: the runtime's own needs. */
const LEAST_HEAP = 64;

/**
 * The JavaScript heap, in MiB, a `reconcile` command line runs in: half its `--memory` budget
 * (512M: 256), at least {@link LEAST_HEAP}. The budget is the whole run's, and Node's heap, left
 * to itself, grows to about twice what is live before it collects: a heap bounded at half the
 * budget is what keeps the process within it (the rest is the runtime, the buffers, the workers).
 * `undefined` for any other command, and for a `--memory` that does not read (the command says
 * why).
 *
 * @param args - The command line, without `node` and the script.
 * @returns The heap in MiB, or `undefined`.
 */
export function reconcileHeap(args: readonly string[]): number | undefined {
  if (args[0] !== 'reconcile') return undefined;
  let value: string | undefined;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') break;
    if (arg === '--memory') value = args[i + 1];
    else if (arg.startsWith('--memory=')) value = arg.slice('--memory='.length);
  }
  try {
    return Math.max(LEAST_HEAP, Math.floor(memoryOf(value) / 2 / 1024 ** 2));
  } catch {
    return undefined;
  }
}
