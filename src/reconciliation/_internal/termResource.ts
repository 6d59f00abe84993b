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
 * seat batches, the next term's instructions, the windows), so the rules decide in its place;
 * the committed term an Extended Service Term began after, an annual term billed monthly under
 * the SKU's own name (EST-3).
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
  // the committed term before an Extended Service Term: an annual term billed monthly, under
  // the SKU's own name (EST-3)
  if (term.committed === true) {
    copy.termDuration = 'P1Y';
    copy.billingCycle = 'monthly';
    for (const key of ['offerName', 'friendlyName'])
      if (typeof copy[key] === 'string')
        copy[key] = (copy[key] as string).replace(/\s*extended\s*service\s*term/gi, '');
  }
  return copy;
}
