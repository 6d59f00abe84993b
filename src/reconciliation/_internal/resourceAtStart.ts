import { MS_PER_DAY as DAY } from '../../kernel/units.ts';
import {
  NEW_COMMERCE_TERM_MONTHS,
  type NewCommerceTerm,
} from '../../policy/vocabulary/newCommerceTerms.ts';
import { newCommerceTermEndAt } from '../../time/newCommerceTermEndAt.ts';
import type { FileChange } from './FileChange.ts';
import { instantMs } from './instantMs.ts';
import { isoText } from './isoInstants.ts';

/** A resource as it stood when the file's days began, or why it cannot be. */
export type ResourceAtStart =
  | { readonly resource: Readonly<Record<string, unknown>> }
  | { readonly problem: string };

/** Product types whose resources are New Commerce by their type alone (PCR-1). */
const NEW_COMMERCE_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'onlineservicesnce',
  'azure',
]);

/**
 * The resource as it stood at `asOfMs`, from the resource as fetched after the file's last day and
 * the changes the file records (REC-3): its seats without the file's additions and removals, a
 * subscription the file cancels still active, and the term that held `asOfMs` (Partner Center
 * states the current one: a subscription renewed since is read in its earlier term, anchored on
 * its start, TIME-4). What the resource states about the moment it was fetched is left out, so the
 * rules decide in its place: the seat batches and their reduction windows (`refundableQuantity`),
 * the next term's instructions, and the windows of a later term.
 *
 * @param resource - The resource as fetched.
 * @param changes - The file's changes for it.
 * @param asOfMs - When the replay starts.
 * @returns The resource to read, or a problem to report.
 */
export function resourceAtStart(
  resource: Readonly<Record<string, unknown>>,
  changes: readonly FileChange[],
  asOfMs: number,
): ResourceAtStart {
  // what the resource states about the moment it was fetched; and a later term's windows
  const left = ['refundableQuantity', 'scheduledNextTermInstructions'];
  const changed: Record<string, unknown> = {};
  let net = 0;
  for (const change of changes)
    net += change.kind === 'add' ? change.seats : change.kind === 'remove' ? -change.seats : 0;
  const quantity = resource.quantity;
  if (typeof quantity === 'number' && net !== 0) {
    if (quantity - net < 1)
      return {
        problem: `resource.quantity: ${quantity} seats less the file's net change of ${net > 0 ? '+' : ''}${net} leaves none before it`,
      };
    changed.quantity = quantity - net;
  }
  if (resource.status === 'deleted' && changes.some((change) => change.kind === 'cancel'))
    changed.status = 'active';
  const months = NEW_COMMERCE_TERM_MONTHS[resource.termDuration as NewCommerceTerm];
  const startMs = instantMs(resource.effectiveStartDate);
  const statedEnd = instantMs(resource.commitmentEndDate);
  if (months !== undefined && Number.isFinite(startMs) && Number.isFinite(statedEnd)) {
    let n = 1;
    let endMs = newCommerceTermEndAt(startMs, months, n);
    while (endMs <= asOfMs && n < 1200) endMs = newCommerceTermEndAt(startMs, months, ++n);
    // the stated last day's term ends after the one that held asOf: renewed since
    if (Math.floor(statedEnd / DAY) * DAY + DAY > endMs) {
      changed.commitmentEndDate = isoText(endMs - DAY);
      left.push('refundOptions');
      const type = (resource.productType as { id?: unknown } | null | undefined)?.id;
      if (typeof type === 'string' && NEW_COMMERCE_TYPES.has(type.toLowerCase()))
        left.push('cancellationAllowedUntilDate');
    }
  }
  // a new object built key by key (no `delete`, which leaves V8 a slow dictionary to read)
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(resource)) {
    if (key === '__proto__' || left.includes(key)) continue;
    copy[key] = Object.hasOwn(changed, key) ? changed[key] : resource[key];
  }
  for (const key of Object.keys(changed)) if (!Object.hasOwn(copy, key)) copy[key] = changed[key];
  return { resource: copy };
}
