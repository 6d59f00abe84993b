import { SUSPENSION_REASONS } from '../vocabulary/suspensionReasons.ts';
import { count, list, oneOf, record, report, type Sink } from './guards.ts';

function reason(value: unknown, path: string, sink: Sink): void {
  oneOf(value, SUSPENSION_REASONS, path, sink);
}

/** Checks a policy's `suspension` (SUS-1, SUS-5): whole day counts and at least one known reason. */
export function checkSuspension(value: unknown, path: string, sink: Sink): void {
  const suspension = record(value, path, sink, ['baseDays', 'maxExtraDays', 'reasons']);
  if (suspension === undefined) return;
  count(suspension.baseDays, `${path}.baseDays`, 0, sink);
  count(suspension.maxExtraDays, `${path}.maxExtraDays`, 0, sink);
  const reasons = list(suspension.reasons, `${path}.reasons`, sink, reason);
  if (reasons?.length === 0)
    report(sink, `${path}.reasons`, 'expected at least one reason', reasons);
}
