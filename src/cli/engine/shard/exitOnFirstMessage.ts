import { parentPort } from 'node:worker_threads';

/**
 * Tests only: with `SUBSCRIPTION_RULES_WORKER_EXIT` set, a worker thread stops with that exit code
 * on its first message, as a worker killed mid-run would (REC-3: the run then exits 3 naming it,
 * its spill folder gone). Without it, nothing.
 */
export function exitOnFirstMessage(): void {
  const exit = process.env.SUBSCRIPTION_RULES_WORKER_EXIT;
  if (exit !== undefined && exit !== '')
    parentPort?.once('message', () => process.exit(Number(exit)));
}
