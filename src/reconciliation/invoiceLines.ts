import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import type { NewCommerceEffect } from '../lifecycle/newCommerce/resultTypes.ts';
import { readChargeTypes } from './_internal/chargeTypes.ts';
import { linesOfEffects } from './_internal/linesOfEffects.ts';
import { ownerOf, readOptions } from './_internal/readLineOptions.ts';
import { writeLine } from './_internal/writeLine.ts';
import type { InvoiceLine, InvoiceLinesOptions } from './types.ts';

/**
 * The lines Partner Center's New Commerce invoice reconciliation file should hold for a
 * subscription's charge and credit effects (REC-1, REC-4), in its column names and forms, one per
 * effect that moves money, in the effects' order:
 *
 * - `ChargeType`: `purchase`, `trial-conversion` and `term-change` → `new`; `cycle` →
 *   `cycleCharge`; `renewal` → `renew`; `add-quantity` and a partial upgrade's target →
 *   `addQuantity`; a full upgrade's (`full: true`) → `convert`; `remove-quantity` and
 *   `upgrade-source` → `removeQuantity`; `cancel` and `term-change-source` → `cancelImmediate`;
 *   `options.chargeTypes` renames any of them.
 * - `ChargeStartDate`: the billing period's first day; the day of `at` for seats added (CHG-2), the
 *   day after it for an upgrade's target and for a credit (that day counts as used, NCE-5), the
 *   period's first day for a full credit (on the period's last day, where the rounding of NCE-5
 *   can still give back a few cents, that last day). `ChargeEndDate`: the period's last day,
 *   date(periodEnd) − 1.
 * - `BillableQuantity` the seats billed, `Quantity` the seats after the event (0 after a
 *   cancellation), `UnitPrice` the price per seat per period, `EffectiveUnitPrice` the amount per
 *   seat and `Subtotal` = EffectiveUnitPrice × BillableQuantity, in the currency's decimals
 *   (`31.20`; `3120` in a currency without them); a credit's `BillableQuantity` and `Subtotal`
 *   negative, its `EffectiveUnitPrice` positive (the credit per seat).
 * - `TermAndBillingCycle`: `Annual term, Monthly billing` (`Monthly`, `Annual`, `Triennial`;
 *   decided: `Biennial` for P2Y). A credit carries none of its own and takes the last charge's
 *   before it in `effects`, else has none. `OrderDate` is the day of `at`.
 * - A month of Extended Service Term with its base (EST-5): `UnitPrice` the base,
 *   `PriceAdjustmentDescription` `Extended Service Terms 3% Fee Applied` (or 23 %), on every month,
 *   one of a state read from a resource already in it (not knowing since when, EST-7) too.
 *
 * Decided: a scheduled cancellation and a credit of no money (`no-refund`, or 0) have no line; nor
 * has a credit marked `unpriced: true` (CHG-1: seats with no price, such as an Extended Service Term
 * with no base — money comes back, but no amount can be printed; its effect says so, and the
 * subscription's other lines are printed), so every effect the library returns has its lines. A
 * credit without money although it gives some back and not marked `unpriced` (an effect written
 * by hand) is a `RuleError` at `effects.<i>.credit`, as is one without its billing period.
 *
 * @param effects - Charge and credit effects of one subscription, as `purchaseCharges`,
 *   `transition`, `advance` and `chargesBetween` return them (or their JSON).
 * @param options - `subscriptionId` and `customerId` to write in every line; `chargeTypes`.
 * @returns The lines.
 * @throws `RuleError` naming the field at fault (`effects.3.amount`,
 *   `options.chargeTypes.cycle`): `INVALID_ARGUMENT`, `MISSING_FIELD`, `INVALID_AMOUNT`,
 *   `UNKNOWN_CURRENCY`, `CURRENCY_MISMATCH`, `INVALID_INSTANT`, `OUT_OF_ORDER`.
 * @example
 * ```ts
 * import { createSubscription, transition } from 'subscription-rules/new-commerce';
 * import { invoiceLines } from 'subscription-rules/reconciliation';
 * const bought = createSubscription({
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   quantity: 10, orderedAt: '2026-11-20T10:00:00Z', price: { amount: 1250, currency: 'USD' },
 * });
 * const added = transition(bought, { type: 'change-quantity', at: '2026-12-05T00:00:00Z', quantity: 15 });
 * added.ok && invoiceLines(added.effects, { subscriptionId: 'S1' });
 * //=> [{ SubscriptionId: 'S1', OrderDate: '2026-12-05', ChargeType: 'addQuantity',
 * //      ChargeStartDate: '2026-12-05', ChargeEndDate: '2026-12-19', UnitPrice: '12.50',
 * //      EffectiveUnitPrice: '6.24', Quantity: '15', BillableQuantity: '5', Subtotal: '31.20',
 * //      Currency: 'USD', TermAndBillingCycle: 'Annual term, Monthly billing' }]
 * ```
 * @category Reconciliation
 */
export function invoiceLines(
  effects: readonly NewCommerceEffect[],
  options?: InvoiceLinesOptions,
): InvoiceLine[] {
  if (!Array.isArray(effects))
    fail(
      effects === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      'effects',
      'expected a list',
      effects,
    );
  const read = readOptions(options, ['subscriptionId', 'customerId', 'chargeTypes']);
  const types = readChargeTypes(read.chargeTypes, 'options.chargeTypes');
  return linesOfEffects(effects, 'effects', types, ownerOf(read)).map(writeLine);
}
