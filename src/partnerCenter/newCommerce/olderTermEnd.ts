import { MS_PER_DAY } from '../../kernel/units.ts';
import { isUsageProduct } from '../../policy/vocabulary/usageProducts.ts';
import { startOfUtcDay } from '../../time/startOfUtcDay.ts';
import type { Basics } from '../_internal/basics.ts';
import { instant } from '../_internal/fields.ts';

/**
 * The end of the term a New Commerce resource describes, when that term ended at or before the
 * resource is read (PCR-1, decided 2026-11-27): a resource still active or suspended whose
 * `commitmentEndDate` (an inclusive date) is past was fetched before its term's end and is read
 * later. `null` for every other resource — a trial, a usage product, an ended one, a term still
 * running at `asOf`, or a date the reader refuses (its own reading names the field).
 *
 * @param b - The fields read, `asOfMs` the instant asked for.
 * @returns The term's end, epoch ms, or `null`.
 */
export function olderTermEnd(b: Basics): number | null {
  if (b.trial || isUsageProduct(b.product)) return null;
  if (b.status !== 'active' && b.status !== 'suspended') return null;
  let endMs: number;
  try {
    endMs =
      startOfUtcDay(instant(b.r.commitmentEndDate, 'resource.commitmentEndDate')) + MS_PER_DAY;
  } catch {
    return null;
  }
  return endMs <= b.asOfMs && endMs > b.orderedMs ? endMs : null;
}
