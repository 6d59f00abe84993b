import { count, record, type Sink } from './guards.ts';

/** Checks a policy's `downloadLinks` (SW-1): `null`, or whole numbers ≥ 1. */
export function checkDownloadLinks(value: unknown, path: string, sink: Sink): void {
  if (value === null) return;
  const links = record(value, path, sink, ['validDays', 'maxDownloads']);
  if (links === undefined) return;
  count(links.validDays, `${path}.validDays`, 1, sink);
  count(links.maxDownloads, `${path}.maxDownloads`, 1, sink);
}
