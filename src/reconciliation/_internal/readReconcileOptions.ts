import { type ChargeTypes, readChargeTypes } from './chargeTypes.ts';
import { optionalId, readOptions } from './readLineOptions.ts';
import type { ReconciliationTexts } from './texts/ReconciliationTexts.ts';
import { textsFor } from './texts/textsFor.ts';

const KEYS = ['subscriptionId', 'chargeTypes', 'locale'];

/** `reconcile`'s options, read. */
export interface ReadReconcileOptions {
  readonly types: ChargeTypes;
  readonly texts: ReconciliationTexts;
  readonly subscriptionId: string | undefined;
}

/**
 * Reads the options of `reconcile` and its pieces: `subscriptionId`, `chargeTypes`, `locale`.
 *
 * @param options - The caller's options.
 * @returns Them, checked.
 * @throws {@link RuleError} `INVALID_ARGUMENT` naming the option at fault.
 */
export function readReconcileOptions(options: unknown): ReadReconcileOptions {
  const read = readOptions(options, KEYS);
  return {
    types: readChargeTypes(read.chargeTypes, 'options.chargeTypes'),
    texts: textsFor(read.locale),
    subscriptionId: optionalId(read.subscriptionId, 'options.subscriptionId'),
  };
}
