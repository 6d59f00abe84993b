import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { nextDeadlineLegacy } from '../../lifecycle/legacy/nextDeadlineLegacy.ts';
import type { Subscription } from '../../lifecycle/legacy/types.ts';
import { inLocale } from '../_internal/inLocale.ts';
import { readResource } from '../_internal/readResource.ts';
import { withPrice } from '../_internal/withPrice.ts';
import type { PartnerCenterReading } from '../PartnerCenterReading.ts';
import type { PartnerCenterReadOptions } from '../PartnerCenterReadOptions.ts';
import { readLegacy } from './readLegacy.ts';

/**
 * Reads a legacy resource (PCR-1); a New Commerce one is a `RuleError` at `resource`.
 *
 * @param resource - The resource as the API returns it.
 * @param options - `asOf`, `locale`.
 * @returns `{ subscription, notes }`.
 */
export function fromPartnerCenterLegacy(
  resource: unknown,
  options: PartnerCenterReadOptions,
): PartnerCenterReading<Subscription> {
  const { basics, asOf } = readResource(resource, options);
  if (basics.program !== 'legacy')
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'resource',
      'expected {program} (this entry takes that program only)',
      basics.program,
      'legacy',
    );
  const subscription = withPrice(readLegacy(basics, asOf), options);
  // the lifecycle's own guard: a state it would refuse is a RuleError here, never returned
  nextDeadlineLegacy(subscription);
  return { subscription, notes: inLocale(basics.notes, options) };
}
