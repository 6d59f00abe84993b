import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import { inLocale } from '../_internal/inLocale.ts';
import { readResource } from '../_internal/readResource.ts';
import { withPrice } from '../_internal/withPrice.ts';
import type { PartnerCenterReading } from '../PartnerCenterReading.ts';
import type { PartnerCenterReadOptions } from '../PartnerCenterReadOptions.ts';
import { readNewCommerce } from './readNewCommerce.ts';

/**
 * Reads a New Commerce resource (PCR-1); a legacy one is a `RuleError` at `resource`.
 *
 * @param resource - The resource as the API returns it.
 * @param options - `asOf`, `locale`.
 * @returns `{ subscription, notes }`.
 */
export function fromPartnerCenterNewCommerce(
  resource: unknown,
  options: PartnerCenterReadOptions,
): PartnerCenterReading<NewCommerceSubscription> {
  const { basics, asOf } = readResource(resource, options);
  if (basics.program !== 'new-commerce')
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'resource',
      'expected {program} (this entry takes that program only)',
      basics.program,
      'new-commerce',
    );
  return {
    subscription: withPrice(readNewCommerce(basics, asOf), options),
    notes: inLocale(basics.notes, options),
  };
}
