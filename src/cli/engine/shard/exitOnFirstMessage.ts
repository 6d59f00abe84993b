import { parentPort } from 'node:worker_threads';
import { fillHeap } from '../../fillHeap.ts';

/**
 * Tests only: with `SUBSCRIPTION_RULES_WORKER_EXIT` set, a worker thread stops on its first
 * message — with that exit code, as a worker killed mid-run would (REC-3: the run then exits 3
 * naming it, its spill folder gone), or, set to `heap`, by holding ever more until its heap runs
 * out, as a worker whose share outgrows the heap `--memory` gives it would (USG-7: the run then
 * says it is out of memory in one line, exit 3). Without it, nothing.
 */
export function exitOnFirstMessage(): void {
  const exit = process.env.SUBSCRIPTION_RULES_WORKER_EXIT;
  if (exit === undefined || exit === '') return;
  parentPort?.once('message', () => (exit === 'heap' ? fillHeap() : process.exit(Number(exit))));
}
