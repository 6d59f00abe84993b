import { MS_PER_DAY as DAY } from '../../kernel/units.ts';
import { isoText } from './isoInstants.ts';
import type { MonthTerm } from './termsOfMonth.ts';

/** What a resource states about the moment it was fetched: no earlier or later term had it. */
const OF_THE_FETCH: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'refundableQuantity',
  'scheduledNextTermInstructions',
  'cancellationAllowedUntilDate',
  'refundOptions',
]);

/**
 * A resource as it stood in one of the month's terms (REC-5): the resource itself for its own
 * term; for a term rebuilt back or advanced to, its dates (`effectiveStartDate`, the inclusive
 * `commitmentEndDate`), active, without what it states about the moment it was fetched (the
 * seat batches, the next term's instructions, the windows), so the rules decide in its place.
 *
 * @param resource - The resource, as fetched.
 * @param term - The term.
 * @returns The resource of that term.
 */
export function termResource(
  resource: Readonly<Record<string, unknown>>,
  term: MonthTerm,
): Readonly<Record<string, unknown>> {
  if (term.read === 'as-read') return resource;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(resource))
    if (key !== '__proto__' && !OF_THE_FETCH.has(key)) copy[key] = resource[key];
  copy.effectiveStartDate = isoText(term.startMs);
  copy.commitmentEndDate = isoText(Math.floor(term.endMs / DAY) * DAY - DAY);
  if (copy.status === 'deleted' || copy.status === 'expired') copy.status = 'active';
  return copy;
}
