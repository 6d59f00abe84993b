import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type {
  NewCommerceChargeEffect,
  NewCommerceCreditEffect,
  NewCommerceEffect,
} from '../../lifecycle/newCommerce/resultTypes.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { Money } from '../../pricing/money.ts';
import { partnerCenterCharge } from '../../pricing/partnerCenterCharge.ts';
import { upliftPercent } from '../../pricing/upliftPercent.ts';
import { readNewCommerceEffect } from '../readNewCommerceEffect.ts';
import type { InvoiceLineKind } from '../types.ts';
import type { BilledLine, EffectDetails } from './BilledLine.ts';
import type { ChargeTypes } from './chargeTypes.ts';
import { libraryDay } from './libraryDay.ts';
import { termAndBillingCycle } from './termAndBillingCycle.ts';

/** Who the lines are of (REC-1). */
export interface LineOwner {
  readonly subscriptionId: string | undefined;
  readonly customerId: string | undefined;
}

/** The first billed day of a charge (REC-4): the period's, the addition's, or the day after an upgrade. */
function chargeStart(effect: NewCommerceChargeEffect, atDay: number, startDay: number): number {
  if (effect.kind === 'add-quantity') return atDay;
  if (effect.kind === 'upgrade') return atDay + 1;
  return startDay;
}

/** What a file printing the change as two lines bills (REC-2): prorated(Q1, N) − prorated(Q0, N). */
function twoLine(effect: NewCommerceChargeEffect): EffectDetails['twoLine'] {
  const before = effect.seats - effect.quantity;
  if ((effect.kind !== 'add-quantity' && effect.kind !== 'upgrade') || before < 1) return undefined;
  const price = effect.unitPrice.amount;
  const after = partnerCenterCharge(price, effect.seats, effect.periodDays, effect.days);
  const old = partnerCenterCharge(price, before, effect.periodDays, effect.days);
  return { amount: after - old, after, before: old };
}

/**
 * The invoice line of one effect (REC-1, REC-4), in numbers, or `undefined` for an effect that
 * bills nothing: a scheduled cancellation, a credit of no money (`no-refund`, or a credit of 0).
 * Checked first ({@link readNewCommerceEffect}); a credit that gives money back without saying
 * how much (the subscription has no price) or without its billing period is a `RuleError`.
 *
 * @param value - The caller's effect.
 * @param path - Its dot path (`effects.3`).
 * @param types - The charge types in force.
 * @param owner - The subscription and customer the line is of.
 * @param term - The term and billing of the last charge before it (a credit carries none).
 * @returns The line, or `undefined`.
 */
export function lineOfEffect(
  value: unknown,
  path: string,
  types: ChargeTypes,
  owner: LineOwner,
  term: string | undefined,
): BilledLine | undefined {
  return lineOfReadEffect(readNewCommerceEffect(value, path), path, types, owner, term);
}

/**
 * {@link lineOfEffect} of an effect already known to be one: read by {@link readNewCommerceEffect},
 * or made by the library's own rules (a replay's), which are not checked again — the caller's
 * input is checked once, where it enters, and what the rules derive from it is theirs.
 *
 * @param effect - The effect.
 * @param path - Its dot path, for the errors of a credit without money or billing period.
 * @param types - The charge types in force.
 * @param owner - The subscription and customer the line is of.
 * @param term - The term and billing of the last charge before it.
 * @returns The line, or `undefined`.
 */
export function lineOfReadEffect(
  effect: NewCommerceEffect,
  path: string,
  types: ChargeTypes,
  owner: LineOwner,
  term: string | undefined,
): BilledLine | undefined {
  if (effect.type === 'cancellation-scheduled') return undefined;
  if (effect.type === 'charge') {
    const kind: InvoiceLineKind =
      effect.kind === 'upgrade' && effect.full === true ? 'upgrade-full' : effect.kind;
    // a month of Extended Service Term prints its base as UnitPrice and its fee (EST-5)
    const base = effect.kind === 'extended-service-term' ? effect.basePrice : undefined;
    const uplift = effect.uplift;
    return line(effect, kind, base ?? effect.unitPrice, effect.amount, path, types, owner, {
      term: termAndBillingCycle(effect.term, effect.billingFrequency),
      twoLine: twoLine(effect),
      // a promoted term prints the list's price as UnitPrice and its promotion (PL-5)
      ...(effect.promotionId === undefined || effect.listUnitPrice === undefined
        ? {}
        : { promotionId: effect.promotionId, listUnitPrice: effect.listUnitPrice }),
      // every month prints its fee, a state read in its Extended Service Term (not knowing since
      // when, EST-7) too; what it began from only where that is known
      ...(base === undefined || uplift === undefined
        ? {}
        : {
            priceAdjustment: `Extended Service Terms ${upliftPercent(uplift)}% Fee Applied`,
            ...(effect.since === undefined
              ? {}
              : {
                  est: {
                    since: libraryDay(effect.since, path, 'since'),
                    basePrice: base.amount,
                    uplift,
                  },
                }),
          }),
    });
  }
  // no money back, or money the library cannot price (CHG-1): no line
  if (effect.outcome === 'no-refund' || effect.credit?.amount === 0 || effect.unpriced === true)
    return undefined;
  return credit(effect, path, types, owner, term);
}

function credit(
  effect: NewCommerceCreditEffect,
  path: string,
  types: ChargeTypes,
  owner: LineOwner,
  term: string | undefined,
): BilledLine {
  if (effect.credit === undefined)
    fail(
      RuleErrorCode.MISSING_FIELD,
      `${path}.credit`,
      'expected the money a credit gives back: a subscription without a price has no invoice line',
      effect.credit,
    );
  if (effect.periodStart === undefined)
    fail(
      RuleErrorCode.MISSING_FIELD,
      `${path}.periodStart`,
      'expected the billing period a credit of seats in a term comes from',
      effect.periodStart,
    );
  if (effect.unitPrice === undefined)
    fail(RuleErrorCode.MISSING_FIELD, `${path}.unitPrice`, 'expected money', effect.unitPrice);
  if (effect.credit.amount % effect.quantity !== 0)
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      `${path}.credit.amount`,
      'expected a whole multiple of quantity ({quantity}): the line’s effective unit price',
      effect.credit.amount,
      effect.quantity,
    );
  return line(effect, effect.kind, effect.unitPrice, effect.credit, path, types, owner, {
    term,
    twoLine: undefined,
  });
}

function line(
  effect: NewCommerceChargeEffect | NewCommerceCreditEffect,
  kind: InvoiceLineKind,
  unitPrice: Money,
  amount: Money,
  path: string,
  types: ChargeTypes,
  owner: LineOwner,
  more: {
    readonly term: string | undefined;
    readonly twoLine: EffectDetails['twoLine'];
    readonly priceAdjustment?: string;
    readonly est?: EffectDetails['est'];
    readonly promotionId?: string;
    readonly listUnitPrice?: Money;
  },
): BilledLine {
  const isCredit = effect.type === 'credit';
  const atDay = libraryDay(effect.at, path, 'at');
  const periodStartDay = libraryDay(effect.periodStart, path, 'periodStart');
  const endDay = libraryDay(effect.periodEnd, path, 'periodEnd') - 1;
  // a credit (or an upgrade's target) on the period's last day has no day after it left, yet its
  // rounding can still move a few cents (NCE-5): its line is dated that last day
  const startDay = Math.min(
    endDay,
    isCredit
      ? effect.outcome === 'full-credit'
        ? periodStartDay
        : atDay + 1
      : chargeStart(effect, atDay, periodStartDay),
  );
  const exponent = currencyExponents[amount.currency];
  const sign = isCredit ? -1 : 1;
  return {
    kind,
    chargeType: types.names[kind],
    orderDay: atDay,
    startDay,
    endDay,
    currency: amount.currency,
    exponent,
    unitPrice: { units: (more.listUnitPrice ?? unitPrice).amount, scale: exponent },
    effectiveUnitPrice: { units: amount.amount / effect.quantity, scale: exponent },
    seats: { units: effect.seats, scale: 0 },
    billableQuantity: { units: sign * effect.quantity, scale: 0 },
    subtotal: { units: sign * amount.amount, scale: exponent },
    termAndBillingCycle: more.term,
    ...(more.priceAdjustment === undefined ? {} : { priceAdjustment: more.priceAdjustment }),
    ...(more.promotionId === undefined ? {} : { promotionId: more.promotionId }),
    subscriptionId: owner.subscriptionId,
    customerId: owner.customerId,
    rule: effect.rule,
    effect: {
      quantity: effect.quantity,
      seats: effect.seats,
      atDay,
      days: effect.days ?? endDay - startDay + 1,
      periodDays: effect.periodDays ?? endDay - periodStartDay + 1,
      unitPrice: unitPrice.amount,
      amount: amount.amount,
      outcome: isCredit ? (effect.outcome as 'full-credit' | 'prorated-credit') : undefined,
      twoLine: more.twoLine,
      ...(more.est === undefined ? {} : { est: more.est }),
    },
  };
}
