import type {
  NewCommerceChargeEffect,
  NewCommerceCreditEffect,
} from '../lifecycle/newCommerce/resultTypes.ts';
import { newCommerceChargeEffectSchema } from './newCommerceChargeEffectSchema.ts';
import { newCommerceCreditEffectSchema } from './newCommerceCreditEffectSchema.ts';
import type { ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';

/**
 * Validates untrusted JSON as a New Commerce `charge` or `credit` effect (ERR-2, CHG-1, REC-1),
 * by its `type`: {@link newCommerceChargeEffectSchema} or {@link newCommerceCreditEffectSchema},
 * without throwing — what a service stores of a transition's effects and hands to
 * `invoiceLines` later.
 *
 * @param input - Untrusted data.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with dot paths.
 * @example
 * ```ts
 * import { parseNewCommerceEffect } from 'subscription-rules/schemas';
 * parseNewCommerceEffect({ type: 'credit', kind: 'cancel', outcome: 'no-refund', at: '2026-12-01T00:00:00Z', quantity: 1, seats: 0, rule: 'NCE-4' }).ok;
 * //=> true
 * parseNewCommerceEffect({ type: 'refund' }).ok;
 * //=> false
 * ```
 * @category Schemas
 */
export function parseNewCommerceEffect(
  input: unknown,
): ParseResult<NewCommerceChargeEffect | NewCommerceCreditEffect> {
  const type = (input as { type?: unknown } | null | undefined)?.type;
  return type === 'credit'
    ? runParse(input, newCommerceCreditEffectSchema(), 'expected a charge or credit effect')
    : runParse(input, newCommerceChargeEffectSchema(), 'expected a charge or credit effect');
}
