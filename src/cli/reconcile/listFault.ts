import { csvHeader } from '../engine/duckdb/csvHeader.ts';
import { resourcesOf } from '../engine/scan/subscriptionFiles.ts';
import type { ReconcileFileJob } from './reconcileFileJob.ts';

/**
 * The one-thread reading of `--subscriptions`' fault (REC-3): what a thread reading the list in
 * order, item by item, says first — an item that is not JSON, or text around the items that is
 * none — whichever share found its fault first; a bad `--file` header before it (the file is read
 * first).
 *
 * @param file - `--file`.
 * @param resources - `--subscriptions`' files.
 * @param job - The run's job (its header reader).
 * @param found - What a share found first.
 * @returns Never: throws the fault one thread finds first, else `found`.
 * @throws {UsageError} Naming `--file` or `--subscriptions`.
 */
export async function listFault(
  file: string,
  resources: readonly string[],
  job: ReconcileFileJob,
  found: unknown,
): Promise<never> {
  job.header((await csvHeader(file, '--file')).names, file);
  for await (const _ of resourcesOf(resources));
  throw found;
}
