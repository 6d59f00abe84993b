import { count, record, report, type Sink } from './guards.ts';

/**
 * Checks a policy's `reservationRefunds` (RES-1): a limit in whole USD minor units ≥ 0 and a
 * window of whole UTC days ≥ 1. The limit is in USD because the rates that bring other currencies
 * to it are USD per unit.
 */
export function checkReservationRefunds(value: unknown, path: string, sink: Sink): void {
  const refunds = record(value, path, sink, ['limit', 'window']);
  if (refunds === undefined) return;
  const limit = record(refunds.limit, `${path}.limit`, sink, ['amount', 'currency']);
  if (limit !== undefined) {
    count(limit.amount, `${path}.limit.amount`, 0, sink);
    if (limit.currency !== 'USD')
      report(sink, `${path}.limit.currency`, 'expected USD', limit.currency);
  }
  const window = record(refunds.window, `${path}.window`, sink, ['days']);
  if (window !== undefined) count(window.days, `${path}.window.days`, 1, sink);
}
